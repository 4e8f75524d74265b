package org.cybersudoe.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import javax.mail.Multipart;
import javax.mail.internet.MimeMessage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cybersudoe.core.security.Role;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GT4's events and missions in the running distribution: an event created, opened and registered
 * to over REST and SOAP with the confirmation mailed through a real SMTP server, the public
 * calendars, attendance from the console, a mission reported and its PDF, the plans, and the demo
 * programme's generated activity.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class EngagementIT extends CyberSudoeTestSupport {

    static final String EVENTS = "/api/v1/engagement/events";

    @Before
    public void serverIsUp() {
        awaitHealthy();
    }

    private static String event(int capacity) {
        // today where it is held: participants check in from the event's day on
        String day = LocalDate.now(ZoneId.of("Europe/Lisbon")).toString();
        return "{\"partner\":\"ciebi\",\"themes\":[\"e-hr\"],\"language\":\"pt\",\"languages\":[\"pt\",\"en\"],"
                + "\"title\":{\"pt\":\"Recursos humanos digitais\",\"en\":\"Digital HR\"},"
                + "\"description\":{\"pt\":\"Uma manhã de trabalho.\",\"en\":\"A working morning.\"},"
                + "\"venue\":{\"name\":\"Centro de Inovação\",\"city\":\"Coimbra\",\"region\":\"PT16\"},"
                + "\"start\":\"" + day + "T00:30:00\",\"end\":\"" + day + "T23:30:00\",\"timeZone\":\"Europe/Lisbon\",\"capacity\":" + capacity + "}";
    }

    @Test
    public void anEventIsOpenedRegisteredToOverRestAndSoapAndTheConfirmationCarriesItsCalendar() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            TestUser staff = user("eng-ciebi-staff", Role.PARTNER_STAFF, "ciebi");
            TestUser other = user("eng-fib-staff", Role.PARTNER_STAFF, "fib");
            Answer bad = postJson(EVENTS, staff, event(0).replace("PT16", "ES41"));
            assertEquals(bad.toString(), 400, bad.status());
            assertTrue(bad.toString(), bad.problemFields().containsAll(java.util.List.of("capacity", "venue.region")));
            assertEquals(403, postJson(EVENTS, other, event(10)).status());
            Answer utc = postJson(EVENTS, staff, event(10).replace("T00:30:00\"", "T00:30:00Z\""));
            assertEquals("a wall-clock start with an offset is refused, not moved: " + utc, java.util.List.of("start"),
                    utc.problemFields());

            Answer created = postJson(EVENTS, staff, event(1));
            assertEquals(created.toString(), 201, created.status());
            long id = created.json().path("id").asLong();
            Answer opened = postJson(EVENTS + "/" + id + "/status", staff, "{\"status\":\"open\",\"version\":"
                    + created.json().path("version").asLong() + "}");
            assertEquals(opened.toString(), "open", opened.json().path("status").asText());

            // a company registers without credentials; the next one lands on the waiting list over SOAP
            Answer registered = send("POST", EVENTS + "/" + id + "/registrations", null, "application/json",
                    ("{\"companyName\":\"Olaria Mondego\",\"country\":\"PT\",\"contactName\":\"Inês Pereira\","
                            + "\"email\":\"ines@olaria.example\",\"language\":\"pt\"}").getBytes(StandardCharsets.UTF_8), null);
            assertEquals(registered.toString(), 201, registered.status());
            assertEquals(registered.toString(), "confirmed", registered.json().path("status").asText());
            assertTrue("no directory ids in a public answer: " + registered, registered.json().path("companyId").isNull()
                    && registered.json().path("contactId").isNull());
            long registrationId = registered.json().path("id").asLong();
            assertEquals("a registration is read where it was created", "ines@olaria.example",
                    get(EVENTS + "/" + id + "/registrations/" + registrationId, staff).json().path("email").asText());
            Answer probe = send("POST", EVENTS + "/" + id + "/registrations", null, "application/json",
                    ("{\"companyId\":1,\"contactName\":\"P\",\"email\":\"probe@elsewhere.example\",\"language\":\"pt\"}")
                            .getBytes(StandardCharsets.UTF_8), null);
            assertEquals("a directory id is not for anonymous callers: " + probe, java.util.List.of("companyId"), probe.problemFields());
            assertEquals("a registration of this event only, whatever the path says", 404,
                    postJson(EVENTS + "/" + (id + 100000) + "/registrations/" + registrationId + "/cancel", staff, "{}").status());
            // a cancellation link that matches nothing answers in the browser's language
            Answer forged = send("POST", "/api/v1/engagement/registrations/cancel?t=1.forged", null, null, null,
                    java.util.Map.of("Accept-Language", "es-ES,es;q=0.9"));
            assertEquals(forged.toString(), 404, forged.status());
            assertTrue(forged.toString(), forged.body().contains("<html lang=\"es\">")
                    && forged.body().contains("Este enlace de cancelación no es válido."));
            Answer soap = soap("/soap/engagement/events", staff, "<e:register xmlns:e=\"urn:cybersudoe:engagement:events:1\">"
                    + "<eventId>" + id + "</eventId><companyName>Quinta do Vale</companyName><country>PT</country>"
                    + "<contactName>Rui</contactName><email>rui@quinta.example</email><language>en</language></e:register>");
            assertTrue(soap.toString(), soap.body().contains("<status>waiting</status>") && soap.body().contains("<waitingPosition>1<"));
            assertEquals("full", get(EVENTS + "/" + id, null).json().path("status").asText());

            assertTrue("two messages", smtp.waitForIncomingEmail(30_000, 2));
            MimeMessage confirmation = null;
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().contains("ines@olaria.example")) {
                    confirmation = m;
                }
            }
            assertEquals("Inscrição confirmada: Recursos humanos digitais", confirmation.getSubject());
            // JavaMail finds its multipart handler through the context class loader: in OSGi, the mail bundle's own
            ClassLoader previous = Thread.currentThread().getContextClassLoader();
            String ics;
            try {
                Thread.currentThread().setContextClassLoader(javax.mail.Session.class.getClassLoader());
                Multipart parts = (Multipart) confirmation.getContent();
                ics = new String(parts.getBodyPart(1).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }
            assertTrue(ics, ics.contains("BEGIN:VCALENDAR") && ics.contains("TZID:Europe/Lisbon") && ics.contains("SUMMARY;LANGUAGE=pt:Recursos humanos digitais"));

            // the public feed of the partner holds it; the theme feed too
            Answer feed = get("/api/v1/engagement/calendars/partners/ciebi.ics?lang=en", null);
            assertEquals(feed.toString(), 200, feed.status());
            assertTrue(feed.contentType(), feed.contentType().startsWith("text/calendar"));
            assertTrue(feed.body().contains("SUMMARY;LANGUAGE=en:Digital HR"));

            // attendance from the console, refused to another partner's staff
            awaitCommand("engagement", "event-checkin");
            ShellResult refused = shell(other, "engagement:event-checkin " + id + " ines@olaria.example");
            assertTrue(refused.toString(), refused.failed() || refused.output().contains("only admins"));
            ShellResult checked = shell(staff, "engagement:event-checkin " + id + " ines@olaria.example");
            assertTrue(checked.toString(), checked.output().contains("checked in"));
            // a sign-in sheet over REST: a wrong line checks nobody in and is named in the caller's language
            Answer wrongSheet = send("POST", EVENTS + "/" + id + "/attendance.csv", staff, "text/csv",
                    "email\nines@olaria.example\nnadie@ninguna.example\n".getBytes(StandardCharsets.UTF_8),
                    java.util.Map.of("Accept-Language", "es"));
            assertEquals(wrongSheet.toString(), 400, wrongSheet.status());
            assertTrue(wrongSheet.toString(), wrongSheet.problemFields().contains("line 3: email")
                    && wrongSheet.body().contains("no existe ninguna inscripción de nadie@ninguna.example en este evento"));
            Answer sheet = send("POST", EVENTS + "/" + id + "/attendance.csv", staff, "text/csv",
                    "email\nINES@olaria.example\n".getBytes(StandardCharsets.UTF_8), null);
            assertEquals(sheet.toString(), 200, sheet.status());
            assertEquals(sheet.toString(), 1, sheet.json().path("alreadyCheckedIn").asInt());
            assertEquals(sheet.toString(), 0, sheet.json().path("checkedIn").asInt());
            JsonNode book = get(EVENTS + "/" + id + "/registrations", staff).json().path("items");
            assertTrue(book.toString(), book.get(0).hasNonNull("checkedInAt"));
            assertEquals(book.toString(), "waiting", book.get(1).path("status").asText());
        } finally {
            smtp.stop();
        }
    }

    @Test
    public void aMissionIsReportedSignedOffAndItsReportDownloadedAsPdf() throws Exception {
        TestUser staff = user("eng-cyber-staff", Role.PARTNER_STAFF, "cybermassif");
        TestUser partnerAdmin = user("eng-cyber-admin", Role.PARTNER_ADMIN, "cybermassif");
        Answer company = postJson("/api/v1/outreach/companies", staff, "{\"partner\":\"cybermassif\",\"name\":\"Coutellerie de Thiers\","
                + "\"country\":\"FR\",\"region\":\"FR72\"}");
        assertEquals(company.toString(), 201, company.status());
        long companyId = company.json().path("id").asLong();
        String day = LocalDate.now().minusDays(3).toString();
        Answer unknown = postJson("/api/v1/engagement/missions", staff, "{\"companyId\":99999999,\"partner\":\"cybermassif\","
                + "\"consultantDays\":1,\"themes\":[\"e-hr\"],\"language\":\"fr\"}");
        assertEquals(unknown.toString(), 400, unknown.status());
        assertEquals(unknown.toString(), java.util.List.of("companyId"), unknown.problemFields());
        Answer mission = postJson("/api/v1/engagement/missions", staff, "{\"companyId\":" + companyId + ",\"partner\":\"cybermassif\","
                + "\"consultant\":\"Élise Martin\",\"start\":\"" + day + "\",\"consultantDays\":1,\"themes\":[\"is-security\"],"
                + "\"language\":\"fr\"}");
        assertEquals(mission.toString(), 201, mission.status());
        String path = "/api/v1/engagement/missions/" + mission.json().path("id").asLong();
        Answer done = postJson(path + "/status", staff, "{\"status\":\"done\",\"version\":" + mission.json().path("version").asLong() + "}");
        assertEquals(done.toString(), "done", done.json().path("status").asText());
        Answer report = putJson(path + "/report", staff, "{\"situation\":\"Sauvegardes sur une clé USB.\",\"needs\":\"Protéger les "
                + "plans des clients.\",\"recommendations\":\"Sauvegarde chiffrée hors site.\",\"specification\":[\"Sauvegarde "
                + "quotidienne chiffrée\"]}");
        assertEquals(report.toString(), 200, report.status());
        String rewrite = "{\"situation\":\"Sauvegardes sur deux clés USB.\",\"needs\":\"Protéger les plans.\","
                + "\"recommendations\":\"Sauvegarde chiffrée hors site.\",\"specification\":[]";
        Answer blind = putJson(path + "/report", staff, rewrite + "}");
        assertEquals("a rewrite names the version it read: " + blind, 400, blind.status());
        assertEquals(blind.toString(), java.util.List.of("version"), blind.problemFields());
        Answer stale = putJson(path + "/report", staff, rewrite + ",\"version\":" + (report.json().path("version").asLong() - 1) + "}");
        assertEquals("a stale rewrite is refused: " + stale, 409, stale.status());
        assertEquals("neither changed the report", "Sauvegardes sur une clé USB.",
                get(path + "/report", staff).json().path("situation").asText());
        assertEquals(403, postJson(path + "/report/sign-off", staff, "{\"version\":" + report.json().path("version").asLong() + "}")
                .status());
        Answer signed = postJson(path + "/report/sign-off", partnerAdmin, "{\"version\":" + report.json().path("version").asLong() + "}");
        assertEquals(signed.toString(), "signed-off", signed.json().path("status").asText());
        assertEquals("reported", get(path, staff).json().path("status").asText());

        java.net.http.HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                url(path + "/report.pdf")).header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (staff.login() + ":" + staff.password()).getBytes(StandardCharsets.UTF_8))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text, text.contains("Coutellerie de Thiers") && text.contains("Sauvegarde chiffrée hors site."));
        }
        JsonNode history = get("/api/v1/engagement/companies/" + companyId + "/history", staff).json();
        assertEquals(history.toString(), 1, history.path("missions").size());
    }

    @Test
    public void partnerStaffCreateAnEventFromTheConsoleWithTheRestBodyInAFile() throws Exception {
        TestUser staff = user("eng-leitat-staff", Role.PARTNER_STAFF, "leitat");
        java.nio.file.Path file = java.nio.file.Files.createTempFile(karafExchange(), "event", ".json");
        java.nio.file.Files.writeString(file, event(12).replace("ciebi", "leitat").replace("PT16", "ES51")
                .replace("Europe/Lisbon", "Europe/Madrid").replace("Coimbra", "Barcelona"));
        awaitCommand("engagement", "event-create");
        ShellResult created = shell(staff, "engagement:event-create " + file);
        assertTrue(created.toString(), created.output().contains("created (planned)"));
        ShellResult listed = shell(staff, "engagement:event-list --partner leitat --status planned");
        assertTrue(listed.toString(), listed.output().contains("Recursos humanos digitais"));
    }

    @Test
    public void theDemoProgrammeAnswersWithItsGeneratedEventsMissionsAndPlans() {
        TestUser evaluator = user("eng-evaluator", Role.EVALUATOR, null);
        JsonNode plans = get("/api/v1/engagement/plans", evaluator).json();
        // the generator fills the partners one after the other, in the background after boot
        for (int i = 0; i < 240 && !allFilled(plans); i++) {
            sleep(500);
            plans = get("/api/v1/engagement/plans", evaluator).json();
        }
        assertEquals(plans.toString(), 9, plans.size());
        assertTrue(plans.toString(), allFilled(plans));
        for (JsonNode p : plans) {
            assertEquals(p.toString(), 20, p.path("eventsTarget").asInt());
            assertEquals(p.toString(), "FR".equals(p.path("country").asText()) ? 100 : 75, p.path("missionsTarget").asInt());
            assertTrue(p.toString(), p.path("eventsHeld").asInt() > 0 && p.path("missionsDone").asInt() > 0);
        }
        assertTrue(get(EVENTS + "?status=open", null).json().path("total").asInt() > 0);
        assertTrue(get("/api/v1/engagement/missions?status=reported", evaluator).json().path("total").asInt() > 0);
        assertEquals(401, get("/api/v1/engagement/missions", null).status());
        Answer network = get("/api/v1/engagement/calendars/network.ics", null);
        assertTrue(network.body().contains("BEGIN:VEVENT"));
    }

    private static boolean allFilled(JsonNode plans) {
        if (plans.size() == 0) {
            return false;
        }
        for (JsonNode p : plans) {
            if (p.path("missionsDone").asInt() == 0) {
                return false;
            }
        }
        return true;
    }
}
