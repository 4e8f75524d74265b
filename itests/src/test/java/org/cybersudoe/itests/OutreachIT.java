package org.cybersudoe.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.mail.Message;
import javax.mail.internet.MimeMessage;

import org.cybersudoe.core.security.Role;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GT4's company directory in the real server: a spreadsheet export uploaded over REST (bad rows
 * reported by line and column, good rows in, the same file again changing nothing, another
 * partner refused), a regional CRM's batch over SOAP, and an import, export and erasure from the shell.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class OutreachIT extends CyberSudoeTestSupport {

    static final String IMPORTS = "/api/v1/outreach/imports";

    @Before
    public void serverIsUp() {
        awaitHealthy();
    }

    @Test
    public void aSpreadsheetExportUploadedTwiceFillsThePartnersDirectoryOnceAndAnotherPartnerIsRefused() {
        TestUser fibStaff = user("out-fib-staff", Role.PARTNER_STAFF, "fib");
        TestUser cyberStaff = user("out-cyber-staff", Role.PARTNER_STAFF, "cybermassif");
        // a Spanish spreadsheet's "CSV (delimitado por punto y coma)": Windows-1252, semicolons, day-first dates
        byte[] csv = String.join("\r\n", "Empresa;NIF;País;Región NUTS;CNAE;Tamaño;Persona contacto;Correo electrónico;Idioma;Consentimiento;Fecha consentimiento",
                "Conservas Ñandú S.L.;B12345674;ES;ES21;10.20;pequeña;Begoña Etxeberria;begona@conservas.example;es;consent;10/01/2024",
                "Sin Consentimiento S.A.;;ES;ES21;;;Iñaki;inaki@sin.example;es;;",
                "Talleres Vascos S.L.;;ES;ES21;25.62;micro;Jon;jon@talleres.example;;consent;2024-02-01", "")
                .getBytes(Charset.forName("windows-1252"));

        Answer refused = send("POST", IMPORTS + "?partner=fib&fileName=clientes.csv", cyberStaff, "text/csv", csv, null);
        assertEquals(refused.toString(), 403, refused.status());
        // (the demo programme fills fib's directory too, in the background: look for this file's companies only)
        assertEquals(0, get("/api/v1/outreach/companies?partner=fib&email=begona@conservas.example", fibStaff).json()
                .path("total").asInt());

        Answer first = send("POST", IMPORTS + "?partner=fib&fileName=clientes.csv", fibStaff, "text/csv", csv,
                java.util.Map.of("Accept-Language", "es"));
        assertEquals(first.toString(), 201, first.status());
        JsonNode report = first.json();
        assertEquals(report.toString(), "done", report.path("status").asText());
        assertEquals(report.toString(), "Terminada", report.path("statusLabel").asText());
        assertEquals(report.toString(), 2, report.path("contactsCreated").asInt());
        assertEquals(report.toString(), 1, report.path("rejected").asInt());
        JsonNode error = report.path("errors").get(0);
        assertEquals(report.toString(), 3, error.path("line").asInt());
        assertEquals(report.toString(), "Consentimiento", error.path("field").asText());
        assertEquals(report.toString(), "es obligatorio para un contacto nuevo", error.path("detail").asText());
        Answer inFrench = send("GET", IMPORTS + "/" + report.path("id").asLong(), fibStaff, null, null,
                java.util.Map.of("Accept-Language", "fr"));
        assertEquals(inFrench.toString(), "est obligatoire pour un nouveau contact",
                inFrench.json().path("errors").get(0).path("detail").asText());

        Answer found = get("/api/v1/outreach/companies?email=BEGONA@conservas.example", cyberStaff);
        assertEquals(found.toString(), 1, found.json().path("total").asInt());
        JsonNode company = found.json().path("items").get(0);
        assertEquals(found.toString(), "Conservas Ñandú S.L.", company.path("name").asText());
        assertEquals(found.toString(), "small", company.path("size").asText());

        Answer second = send("POST", IMPORTS + "?partner=fib&fileName=clientes.csv", fibStaff, "text/csv", csv, null);
        assertEquals(second.toString(), 2, second.json().path("unchanged").asInt());
        assertEquals(second.toString(), 0, second.json().path("contactsCreated").asInt() + second.json().path("companiesCreated").asInt());
        for (String address : java.util.List.of("begona@conservas.example", "jon@talleres.example")) {
            assertEquals(address, 1, get("/api/v1/outreach/companies?partner=fib&email=" + address, fibStaff).json()
                    .path("total").asInt());
        }
        assertEquals(1, get("/api/v1/outreach/companies?partner=fib&q=Conservas", fibStaff).json().path("total").asInt());

        Answer badHeader = send("POST", IMPORTS + "?partner=fib", fibStaff, "text/csv",
                "Empresa;País;Teléfono\nUno;ES;600\n".getBytes(StandardCharsets.UTF_8), null);
        assertEquals(badHeader.toString(), 400, badHeader.status());
        assertTrue(badHeader.toString(), badHeader.problemFields().contains("line 1: Teléfono"));
    }

    @Test
    public void aRegionalCrmSendsBatchesOverSoapAndFindsCompaniesByAddress() {
        TestUser staff = user("out-leitat-staff", Role.PARTNER_STAFF, "leitat");
        String batch = "<o:upsertCompanies xmlns:o=\"urn:cybersudoe:outreach:directory:1\"><partner>leitat</partner><source>crm</source>"
                + "<row><companyName>Robòtica Vallès SL</companyName><country>ES</country><region>ES51</region>"
                + "<email>info@robotica.example</email><language>es</language><consentBasis>consent</consentBasis>"
                + "<consentDate>2024-05-02</consentDate></row>"
                + "<row><companyName>Bad Region</companyName><country>ES</country><region>FR10</region>"
                + "<email>bad@region.example</email><consentBasis>consent</consentBasis><consentDate>2024-05-02</consentDate></row>"
                + "<row><companyName>Bad Date</companyName><country>ES</country><region>ES51</region>"
                + "<email>bad@date.example</email><consentBasis>consent</consentBasis><consentDate>yesterday</consentDate></row>"
                + "</o:upsertCompanies>";
        Answer first = soap("/soap/outreach/directory", staff, batch);
        assertEquals(first.toString(), 200, first.status());
        assertTrue(first.toString(), first.body().contains("<contactsCreated>1</contactsCreated>"));
        assertTrue(first.toString(), first.body().contains("<row>2</row><field>region</field>"));
        assertTrue("the field as the row's element names it: " + first, first.body().contains("<row>3</row><field>consentDate</field>"));
        Answer inPortuguese = send("POST", "/soap/outreach/directory", staff, "text/xml; charset=UTF-8",
                envelope(batch).getBytes(StandardCharsets.UTF_8), java.util.Map.of("SOAPAction", "\"\"", "Accept-Language", "pt"));
        assertTrue(inPortuguese.toString(), inPortuguese.body().contains(
                "<row>2</row><field>region</field><code>invalid-value</code><detail>deve ser uma região de ES (um código que comece por ES)</detail>"));
        Answer again = soap("/soap/outreach/directory", staff, batch);
        assertTrue(again.toString(), again.body().contains("<unchanged>1</unchanged>"));
        Answer find = soap("/soap/outreach/directory", staff, "<o:findCompanies xmlns:o=\"urn:cybersudoe:outreach:directory:1\">"
                + "<email>INFO@robotica.example</email></o:findCompanies>");
        assertTrue(find.toString(), find.body().contains("Robòtica Vallès SL"));
    }

    @Test
    public void theShellImportsWithProgressExportsAContactAndAnErasedAddressIsNotImportedAgain() throws IOException {
        TestUser staff = user("out-ciebi-staff", Role.PARTNER_STAFF, "ciebi");
        Path file = Files.createTempFile(karafExchange(), "contactos-", ".csv");
        Files.writeString(file, "\uFEFFcompany_name,national_id,country,region,contact_name,email,language,consent_basis,consent_date\n"
                + "Vinhos do Dão Lda,501442600,PT,PT16,Rui,rui@vinhos.example,pt,consent,2024-03-01\n"
                + "Queijos da Serra Lda,504615947,PT,PT16,Ana,ana@queijos.example,pt,consent,2024-03-02\n", StandardCharsets.UTF_8);
        awaitCommand("outreach", "company-import");
        ShellResult imported = shell(staff, "outreach:company-import ciebi " + file);
        assertTrue(imported.toString(), imported.output().contains("2/2 rows"));
        assertTrue(imported.toString(), imported.output().contains("contacts created:   2"));

        Answer company = get("/api/v1/outreach/companies?email=rui@vinhos.example", staff);
        long companyId = company.json().path("items").get(0).path("id").asLong();
        long contactId = get("/api/v1/outreach/companies/" + companyId + "/contacts", staff).json().get(0).path("id").asLong();
        ShellResult export = shell(staff, "outreach:contact-export " + contactId);
        assertTrue(export.toString(), export.output().contains("\"email\" : \"rui@vinhos.example\""));
        assertTrue(export.toString(), export.output().contains("Vinhos do Dão Lda"));

        TestUser other = user("out-fib-other", Role.PARTNER_STAFF, "fib");
        assertEquals(403, send("DELETE", "/api/v1/outreach/contacts/" + contactId, other, null, null, null).status());
        ShellResult erased = shell(staff, "outreach:contact-erase " + contactId);
        assertTrue(erased.toString(), erased.output().contains("erased"));
        assertEquals(404, get("/api/v1/outreach/contacts/" + contactId, staff).status());

        ShellResult again = shell(staff, "outreach:company-import ciebi " + file);
        assertTrue(again.toString(), again.text().contains("line 2, email: this address unsubscribed or was erased"));
        Files.deleteIfExists(file);
    }

    @Test
    public void aNewsletterGoesOutThroughTheConfiguredSmtpServerAndItsOneClickLinkUnsubscribes() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            TestUser staff = user("out-news-staff", Role.PARTNER_STAFF, "transferts-lr");
            byte[] csv = ("company_name,country,contact_name,email,language,consent_basis,consent_date\n"
                    + "Mas des Oliviers,FR,Inès,ines@oliviers.example,fr,informed,2024-01-10\n"
                    + "Atelier Garrigue,FR,Tom,tom@garrigue.example,en,consent,2024-01-10\n").getBytes(StandardCharsets.UTF_8);
            assertEquals(201, send("POST", IMPORTS + "?partner=transferts-lr", staff, "text/csv", csv, null).status());

            // the partner's staff write their footer from the shell; another partner's staff may not
            awaitCommand("outreach", "footer-set");
            ShellResult footer = shell(staff, "outreach:footer-set --fr 'Transferts LR\\nRue des Vignes, Montpellier' transferts-lr");
            assertTrue(footer.toString(), footer.output().contains("Rue des Vignes, Montpellier"));
            ShellResult refused = shell(user("out-news-other", Role.PARTNER_STAFF, "fib"), "outreach:footer-set --fr Autre transferts-lr");
            assertTrue(refused.toString(), refused.failed() || refused.output().contains("only admins"));
            ShellResult shown = shell(staff, "outreach:footer-show transferts-lr");
            assertTrue(shown.toString(), shown.output().contains("Rue des Vignes, Montpellier") && !shown.output().contains("Autre"));

            String issue = "{\"number\":17,\"subject\":{\"fr\":\"Lettre 17\",\"es\":\"Boletín 17\",\"pt\":\"Newsletter 17\","
                    + "\"en\":\"Newsletter 17\"},\"intro\":{\"fr\":\"Bonjour\",\"es\":\"Hola\",\"pt\":\"Olá\",\"en\":\"Hello\"},"
                    + "\"sections\":[]}";
            assertEquals("only the lead partner writes issues", 403, postJson("/api/v1/outreach/issues", staff, issue).status());
            String onTheme = issue.replace("\"number\":17", "\"number\":18").replace("\"sections\":[]",
                    "\"sections\":[{\"theme\":\"THEME\",\"title\":{\"en\":\"Back up\"},\"body\":{\"en\":\"Three copies.\"}}]");
            Answer unknownTheme = postJson("/api/v1/outreach/issues", admin(), onTheme.replace("THEME", "wine-tasting"));
            assertEquals(unknownTheme.toString(), 400, unknownTheme.status());
            assertTrue("the problem names the section's theme: " + unknownTheme, unknownTheme.body().contains("sections[0].theme"));
            Answer deployedTheme = postJson("/api/v1/outreach/issues", admin(), onTheme.replace("THEME", "is-security"));
            assertEquals("a section on a deployed theme is taken: " + deployedTheme, 201, deployedTheme.status());
            Answer created = postJson("/api/v1/outreach/issues", admin(), issue);
            assertEquals(created.toString(), 201, created.status());
            Answer campaign = postJson("/api/v1/outreach/campaigns", admin(), "{\"issueId\":" + created.json().path("id").asLong() + "}");
            assertEquals(campaign.toString(), 201, campaign.status());
            String path = "/api/v1/outreach/campaigns/" + campaign.json().path("id").asLong();
            JsonNode progress = get(path, staff).json();
            for (int i = 0; i < 120 && !"done".equals(progress.path("status").asText()); i++) {
                Thread.sleep(500);
                progress = get(path, staff).json();
            }
            assertEquals(progress.toString(), "done", progress.path("status").asText());
            assertEquals(progress.toString(), progress.path("recipients").asInt(), progress.path("sent").asInt());

            MimeMessage ines = null;
            int toInes = 0;
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if ("ines@oliviers.example".equals(m.getRecipients(Message.RecipientType.TO)[0].toString())) {
                    ines = m;
                    toInes++;
                }
            }
            assertEquals(1, toInes);
            assertEquals("Lettre 17", ines.getSubject());
            String signature = ines.getHeader("DKIM-Signature", null);
            assertTrue("signed with the configured key: " + signature, signature != null
                    && signature.replaceAll("\\s", "").contains("s=" + DKIM_SELECTOR + ";") && signature.contains("a=rsa-sha256"));
            assertTrue("the partner's footer is in the French message", GreenMailUtil.getBody(ines).contains("Rue des Vignes, Montpellier"));
            String link = ines.getHeader("List-Unsubscribe", null).replaceAll("^<([^>]+)>.*$", "$1");
            String query = link.substring(link.indexOf("/api/"));
            assertEquals(400, send("POST", query + "x", null, null, null, null).status());
            Answer page = get(query, null);
            assertEquals(page.toString(), 200, page.status());
            assertTrue(page.toString(), page.body().contains("ines@oliviers.example"));
            Answer oneClick = send("POST", query, null, "application/x-www-form-urlencoded",
                    "List-Unsubscribe=One-Click".getBytes(StandardCharsets.US_ASCII), null);
            assertEquals(oneClick.toString(), 200, oneClick.status());
            JsonNode company = get("/api/v1/outreach/companies?email=ines@oliviers.example", staff).json().path("items").get(0);
            JsonNode contact = get("/api/v1/outreach/companies/" + company.path("id").asLong() + "/contacts", staff).json().get(0);
            assertTrue(contact.toString(), contact.hasNonNull("unsubscribedAt"));
        } finally {
            smtp.stop();
        }
    }
}
