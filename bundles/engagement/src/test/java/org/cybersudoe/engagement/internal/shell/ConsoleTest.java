package org.cybersudoe.engagement.internal.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.cybersudoe.core.shell.ConsoleSessions;
import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.error.FieldError;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.shell.AreaCommand;
import org.cybersudoe.engagement.Event;
import org.cybersudoe.engagement.EventQuery;
import org.cybersudoe.engagement.EventStatus;
import org.cybersudoe.engagement.Mission;
import org.cybersudoe.engagement.MissionDraft;
import org.cybersudoe.engagement.MissionStatus;
import org.cybersudoe.engagement.ReportStatus;
import org.cybersudoe.engagement.internal.Area;
import org.cybersudoe.engagement.internal.Drafts;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The console commands that take files: events and reports written as the REST bodies are. */
public class ConsoleTest {

    private Area area;

    @Before
    public void open() {
        area = Area.fresh("console");
    }

    @After
    public void close() {
        area.close();
    }

    /** A file of the exchange folder, by the name a user would give. */
    private static String file(String name, String json) throws Exception {
        Files.writeString(ConsoleSessions.exchangeFolder().resolve(name), json, StandardCharsets.UTF_8);
        return name;
    }

    private static String event(int capacity) {
        String day = LocalDate.now().plusDays(20).toString();
        return "{\"partner\":\"fib\",\"themes\":[\"tourism\"],\"language\":\"es\",\n\"title\":{\"es\":\"Turismo digital\"},"
                + "\"onlineLink\":\"https://meet.example/turismo\",\"start\":\"" + day + "T10:00:00\",\"end\":\"" + day
                + "T12:00:00\",\"timeZone\":\"Europe/Madrid\",\"capacity\":" + capacity + "}";
    }

    @Test
    public void eventsAreCreatedAndReplacedFromFilesWithTheirMistakesNamed() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EventCreateCommand create = new EventCreateCommand();
        create.events = area.events;
        create.file = file("event.json", event(25));
        create.run(Area.FIB_STAFF, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8).contains("created (planned): Turismo digital"));
        Event e = area.events.events(Area.ADMIN, EventQuery.all(), new PageRequest(0, 10, List.of())).items().get(0);
        assertEquals(25, e.capacity());

        create.file = file("broken.json", "{\"partner\":\"fib\",\n\"capacity\": ten}");
        ValidationException broken = assertThrows(ValidationException.class, () -> create.run(Area.FIB_STAFF, System.out));
        assertTrue(broken.getMessage(), broken.getMessage().contains("line 2"));
        create.file = file("other.json", event(25));
        assertThrows(AccessDeniedException.class, () -> create.run(Area.CYBERMASSIF_STAFF, System.out));

        EventUpdateCommand update = new EventUpdateCommand();
        update.events = area.events;
        update.eventId = e.id();
        update.file = file("smaller.json", event(0));
        ValidationException bad = assertThrows(ValidationException.class, () -> update.run(Area.FIB_STAFF, System.out));
        assertEquals(List.of("capacity"), bad.fieldErrors().stream().map(FieldError::field).toList());
        update.file = file("bigger.json", event(40));
        update.run(Area.FIB_STAFF, System.out);
        assertEquals(40, area.events.event(Area.ADMIN, e.id()).capacity());
        assertEquals(1, area.count("eng_event"));
    }

    @Test
    public void aReportIsWrittenFromAFileAndSignedOffFromTheConsole() throws Exception {
        var registered = area.events.register(Area.ADMIN, area.events.changeStatus(Area.ADMIN,
                area.events.create(Area.ADMIN, org.cybersudoe.engagement.internal.Drafts.event(10, 10)).id(), 1,
                org.cybersudoe.engagement.EventStatus.OPEN).id(), org.cybersudoe.engagement.internal.Drafts.registrant(1, Language.FR));
        Mission m = area.missions.create(Area.CYBERMASSIF_STAFF, new MissionDraft(registered.companyId(), "cybermassif", "Élise",
                LocalDate.now().minusDays(1), null, BigDecimal.ONE, Set.of("e-hr"), Language.FR));
        m = area.missions.changeStatus(Area.CYBERMASSIF_STAFF, m.id(), m.version(), MissionStatus.DONE);
        ReportWriteCommand write = new ReportWriteCommand();
        write.missions = area.missions;
        write.missionId = m.id();
        write.file = file("report.json", "{\"situation\":\"Paie sur tableur.\",\"needs\":\"Un logiciel de paie.\","
                + "\"recommendations\":\"Comparer trois offres.\",\"specification\":[\"Export comptable\"]}");
        write.run(Area.CYBERMASSIF_STAFF, System.out);
        MissionSignoffCommand signoff = new MissionSignoffCommand();
        signoff.missions = area.missions;
        signoff.missionId = m.id();
        assertThrows(AccessDeniedException.class, () -> signoff.run(Area.CYBERMASSIF_STAFF, System.out));
        signoff.run(Area.CYBERMASSIF_ADMIN, System.out);
        assertEquals(ReportStatus.SIGNED_OFF, area.missions.report(Area.EVALUATOR, m.id()).orElseThrow().status());
        assertEquals(List.of("Export comptable"), area.missions.report(Area.EVALUATOR, m.id()).orElseThrow().specification());
    }

    /** Runs {@code command} as if in a console session whose LANG is {@code locale}. */
    private static void inLanguage(AreaCommand command, String locale) throws Exception {
        ConsoleSessions.speaking(command, locale);
    }

    private static String printed(EngagementCommand command, org.cybersudoe.core.security.Caller caller) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        command.run(caller, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void aSignInSheetsWrongLinesAreNamedInTheConsolesLanguage() throws Exception {
        Event open = area.events.changeStatus(Area.ADMIN, area.events.create(Area.ADMIN, Drafts.event(10, 10)).id(), 1,
                EventStatus.OPEN);
        area.events.register(Area.ANONYMOUS, open.id(), Drafts.registrant(1, Language.FR));
        EventCheckinCommand checkin = new EventCheckinCommand();
        checkin.events = area.events;
        checkin.eventId = open.id();
        checkin.participant = "person1@company1.example";
        // the console follows the service's rules: no check-in before the event's day
        assertThrows(org.cybersudoe.core.error.ConflictException.class, () -> printed(checkin, Area.CYBERMASSIF_STAFF));
        checkin.participant = null;
        startedAnHourAgo(open.id());
        checkin.sheet = file("sheet.csv", "email\nnobody@nowhere.example\n");
        assertEquals("Nobody checked in: the sheet has 1 error(s).\n"
                + "  line 2 (email): no registration of nobody@nowhere.example to this event\n", printed(checkin, Area.CYBERMASSIF_STAFF));
        inLanguage(checkin, "fr_FR.UTF-8");
        assertEquals("Aucune présence enregistrée : la feuille comporte 1 erreur(s).\n"
                + "  ligne 2 (email) : aucune inscription de nobody@nowhere.example à cet événement\n",
                printed(checkin, Area.CYBERMASSIF_STAFF));
        inLanguage(checkin, "es_ES.UTF-8");
        checkin.sheet = file("good.csv", "email\nperson1@company1.example\n");
        assertEquals("1 asistencia(s) registrada(s), 0 ya lo estaban (1 línea(s)).\n", printed(checkin, Area.CYBERMASSIF_STAFF));
        assertEquals("validar un informe requiere el rol admin o partner-admin (del socio de la misión)",
                checkin.refusalHint("sign-off").orElseThrow());
        assertTrue(checkin.refusalHint("no-such-type").isEmpty());
    }

    /** Moves an event's start an hour into the past, on the wall clock of its time zone too, as time would. */
    private void startedAnHourAgo(long eventId) {
        java.time.ZonedDateTime start = java.time.ZonedDateTime.now(java.time.ZoneId.of("Europe/Paris")).minusHours(1);
        area.db.tx(em -> em.createNativeQuery("UPDATE eng_event SET start_utc = ?, start_local = ? WHERE id = ?")
                .setParameter(1, start.withZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime())
                .setParameter(2, start.toLocalDateTime()).setParameter(3, eventId).executeUpdate());
    }

    @Test
    public void listsReadInTheConsolesLanguageAndKeepTheirEnglishOtherwise() throws Exception {
        area.events.create(Area.ADMIN, Drafts.event(10, 10));
        EventListCommand list = new EventListCommand();
        list.events = area.events;
        String english = printed(list, Area.ADMIN);
        assertTrue(english, english.startsWith("Id | Partner     | Start"));
        assertTrue(english, english.endsWith("1 of 1 event(s)\n"));
        inLanguage(list, "pt_PT.UTF-8");
        String portuguese = printed(list, Area.ADMIN);
        assertTrue(portuguese, portuguese.startsWith("Id | Parceiro    | Início"));
        assertTrue(portuguese, portuguese.endsWith("1 de 1 evento(s)\n"));
        list.status = "nonsense";
        ValidationException bad = assertThrows(ValidationException.class, () -> list.run(Area.ADMIN, System.out));
        assertEquals("planned, open, full, held ou cancelled",
                bad.fieldErrors().get(0).text().resolve(Language.PT).orElseThrow());
        assertEquals("planned, open, full, held or cancelled", bad.fieldErrors().get(0).detail());
    }
}
