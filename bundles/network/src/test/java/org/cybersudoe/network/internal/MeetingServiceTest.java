package org.cybersudoe.network.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.error.ConflictException;
import org.cybersudoe.core.error.FieldError;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.network.AttendanceEntry;
import org.cybersudoe.network.AttendanceStatus;
import org.cybersudoe.network.Meeting;
import org.cybersudoe.network.MeetingDraft;
import org.cybersudoe.network.MeetingKind;
import org.cybersudoe.network.MeetingQuery;
import org.cybersudoe.network.Person;
import org.cybersudoe.network.PressReleaseReminder;
import org.cybersudoe.network.ReminderState;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

public class MeetingServiceTest {

    private static TestDatabase database;
    private static MeetingServiceImpl meetings;
    private static Person fibRep;
    private static Person cmRep;

    @BeforeClass
    public static void open() {
        database = TestDatabase.fresh("meetings");
        StructureServiceImpl structures = new StructureServiceImpl(database.db);
        structures.create(Callers.ADMIN, Fixtures.structure("cybermassif", "FR", "FR72"));
        structures.create(Callers.ADMIN, Fixtures.structure("fib", "ES", "ES42"));
        Fixtures.committee(database.db, "steering", "Strategic steering committee");
        Fixtures.committee(database.db, "technical", "Technical committee");
        DirectoryServiceImpl directory = new DirectoryServiceImpl(database.db);
        fibRep = directory.create(Callers.ADMIN, Fixtures.person("Rosa", "Tec", "fib"));
        cmRep = directory.create(Callers.ADMIN, Fixtures.person("Paul", "Massif", "cybermassif"));
        meetings = new MeetingServiceImpl(database.db, TestDatabase.config(15, 1024));
    }

    @AfterClass
    public static void close() {
        database.close();
    }

    private static MeetingDraft seminar(String committee, LocalDateTime start, String host, String city) {
        return new MeetingDraft(committee, MeetingKind.SEMINAR, LocalizedText.of(Language.EN, "Seminar in " + city), start,
                "Europe/Madrid", null, host, city, "Palacio", "ES", null, List.of("Welcome", "Work plan"));
    }

    @Test
    public void hostSchedulesAndRunsItsMeeting() {
        Meeting m = meetings.schedule(Callers.FIB_STAFF,
                seminar("steering", LocalDateTime.of(2009, 11, 19, 9, 30), null, "Toledo"));
        assertEquals("fib", m.hostPartner());
        assertEquals(120, m.durationMinutes());
        assertEquals(LocalDateTime.of(2009, 11, 19, 8, 30), m.startInZone().withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime());

        meetings.recordAttendance(Callers.FIB_STAFF, m.id(), List.of(new AttendanceEntry(fibRep.id(), AttendanceStatus.PRESENT),
                new AttendanceEntry(cmRep.id(), AttendanceStatus.EXCUSED)));
        Meeting attended = meetings.recordAttendance(Callers.FIB_STAFF, m.id(),
                List.of(new AttendanceEntry(cmRep.id(), AttendanceStatus.ABSENT)));
        meetings.setMinutes(Callers.FIB_STAFF, m.id(), attended.version(), "The committee met in Toledo.");
        meetings.addDecision(Callers.FIB_STAFF, m.id(), "Adopt the work plan.", null);
        Meeting read = meetings.addDecision(Callers.ADMIN, m.id(), "Next meeting in Lisbon.", LocalDate.of(2009, 11, 20));

        assertEquals(read, meetings.get(Callers.EVALUATOR, m.id()));
        assertEquals(2, read.attendance().size());
        assertEquals(AttendanceStatus.ABSENT, read.attendance().stream()
                .filter(a -> a.personId() == cmRep.id()).findFirst().orElseThrow().status());
        assertEquals("The committee met in Toledo.", read.minutes());
        assertEquals(List.of(1, 2), read.decisions().stream().map(d -> d.number()).toList());
        assertEquals(LocalDate.of(2009, 11, 19), read.decisions().get(0).decidedOn());
        assertEquals(List.of("Welcome", "Work plan"), read.agenda());
    }

    @Test
    public void anUpdateThatChangesNothingKeepsTheVersion() {
        Meeting m = meetings.schedule(Callers.FIB_STAFF,
                seminar("steering", LocalDateTime.of(2010, 5, 6, 9, 30), null, "Logroño"));
        MeetingDraft same = new MeetingDraft(m.committeeCode(), m.kind(), m.title(), m.start(), m.timeZone(), m.durationMinutes(),
                m.hostPartner(), m.city(), m.venue(), m.country(), m.link(), m.agenda());

        Meeting after = meetings.update(Callers.FIB_STAFF, m.id(), m.version(), same);
        assertEquals(m, after);
        assertEquals(m, meetings.get(Callers.EVALUATOR, m.id()));

        Meeting reordered = meetings.update(Callers.FIB_STAFF, m.id(), m.version(), new MeetingDraft(m.committeeCode(), m.kind(),
                m.title(), m.start(), m.timeZone(), m.durationMinutes(), m.hostPartner(), m.city(), m.venue(), m.country(), m.link(),
                List.of("Work plan", "Welcome")));
        assertEquals("an agenda's order is its content", List.of("Work plan", "Welcome"), reordered.agenda());
        assertTrue(reordered.version() > m.version());
    }

    @Test
    public void minutesTakeTheVersionReadAndARetryIsAnsweredAsTheMeetingIs() {
        Meeting m = meetings.schedule(Callers.FIB_STAFF,
                seminar("technical", LocalDateTime.of(2010, 6, 3, 9, 30), null, "Cuenca"));
        Meeting written = meetings.setMinutes(Callers.FIB_STAFF, m.id(), m.version(), "  The committee met in Cuenca. ");
        assertEquals("The committee met in Cuenca.", written.minutes());
        assertTrue(written.version() > m.version());

        ConflictException stale = assertThrows(ConflictException.class,
                () -> meetings.setMinutes(Callers.ADMIN, m.id(), m.version(), "Someone else's minutes."));
        assertEquals("version", stale.fieldErrors().get(0).field());
        assertEquals("'meeting " + m.id() + "' was changed meanwhile (now at version " + written.version()
                + "); read it again and retry.", stale.getMessage());
        assertEquals("a stale write overwrites nothing", written, meetings.get(Callers.EVALUATOR, m.id()));

        assertEquals("the same minutes retried with the version they were sent with are answered as the meeting is",
                written, meetings.setMinutes(Callers.FIB_STAFF, m.id(), m.version(), "The committee met in Cuenca."));
        assertEquals(written.version(), meetings.get(Callers.EVALUATOR, m.id()).version());

        Meeting rewritten = meetings.setMinutes(Callers.FIB_ADMIN, m.id(), written.version(), "Corrected minutes.");
        assertEquals("Corrected minutes.", meetings.get(Callers.EVALUATOR, m.id()).minutes());
        assertTrue(rewritten.version() > written.version());
    }

    @Test
    public void attendanceAndDecisionsRaiseTheMeetingsVersion() {
        Meeting m = meetings.schedule(Callers.FIB_STAFF,
                seminar("technical", LocalDateTime.of(2010, 6, 10, 9, 30), null, "Teruel"));

        Meeting attended = meetings.recordAttendance(Callers.FIB_STAFF, m.id(),
                List.of(new AttendanceEntry(fibRep.id(), AttendanceStatus.PRESENT)));
        assertTrue("attendance is part of the meeting as read", attended.version() > m.version());
        assertEquals(attended, meetings.get(Callers.EVALUATOR, m.id()));
        Meeting same = meetings.recordAttendance(Callers.FIB_STAFF, m.id(),
                List.of(new AttendanceEntry(fibRep.id(), AttendanceStatus.PRESENT)));
        assertEquals("attendance recorded again as it is changes nothing", attended, same);
        Meeting excused = meetings.recordAttendance(Callers.FIB_STAFF, m.id(),
                List.of(new AttendanceEntry(fibRep.id(), AttendanceStatus.EXCUSED)));
        assertTrue(excused.version() > attended.version());

        Meeting decided = meetings.addDecision(Callers.FIB_STAFF, m.id(), "Approve the budget.", null);
        assertTrue("decisions are part of the meeting as read", decided.version() > excused.version());
        assertEquals(decided, meetings.get(Callers.EVALUATOR, m.id()));

        // what the client read before the decision is stale now
        assertThrows(ConflictException.class, () -> meetings.update(Callers.FIB_STAFF, m.id(), excused.version(),
                seminar("technical", LocalDateTime.of(2010, 6, 11, 9, 30), "fib", "Teruel")));
        assertThrows(ConflictException.class,
                () -> meetings.setMinutes(Callers.FIB_STAFF, m.id(), excused.version(), "Minutes of Teruel."));
        assertEquals(decided, meetings.get(Callers.EVALUATOR, m.id()));
    }

    @Test
    public void otherPartnersAndEvaluatorsCannotChangeAMeeting() {
        Meeting m = meetings.schedule(Callers.FIB_ADMIN,
                seminar("steering", LocalDateTime.of(2010, 10, 21, 9, 30), "fib", "Pamplona"));
        assertThrows(AccessDeniedException.class, () -> meetings.schedule(Callers.FIB_STAFF,
                seminar("steering", LocalDateTime.of(2010, 2, 1, 9, 30), "cybermassif", "Madrid")));
        assertThrows(AccessDeniedException.class, () -> meetings.update(Callers.CYBERMASSIF_STAFF, m.id(), m.version(),
                seminar("steering", LocalDateTime.of(2010, 10, 22, 9, 30), "fib", "Pamplona")));
        assertThrows(AccessDeniedException.class, () -> meetings.recordAttendance(Callers.LEITAT_STAFF, m.id(),
                List.of(new AttendanceEntry(fibRep.id(), AttendanceStatus.PRESENT))));
        assertThrows(AccessDeniedException.class, () -> meetings.setMinutes(Callers.EVALUATOR, m.id(), m.version(), "x"));
        assertThrows(AccessDeniedException.class, () -> meetings.addDecision(Callers.CYBERMASSIF_STAFF, m.id(), "x", null));
        Meeting unchanged = meetings.get(Callers.EVALUATOR, m.id());
        assertEquals(m.start(), unchanged.start());
        assertTrue(unchanged.attendance().isEmpty());
        assertNull(unchanged.minutes());

        Meeting moved = meetings.update(Callers.ADMIN, m.id(), m.version(),
                seminar("steering", LocalDateTime.of(2010, 10, 22, 9, 30), "fib", "Pamplona"));
        assertEquals(LocalDateTime.of(2010, 10, 22, 9, 30), moved.start());
        assertEquals("the same move retried with the version it was sent with is answered as the meeting is", moved,
                meetings.update(Callers.ADMIN, m.id(), m.version(),
                        seminar("steering", LocalDateTime.of(2010, 10, 22, 9, 30), "fib", "Pamplona")));
        ConflictException stale = assertThrows(ConflictException.class, () -> meetings.update(Callers.ADMIN, m.id(), m.version(),
                seminar("steering", LocalDateTime.of(2010, 10, 23, 9, 30), "fib", "Pamplona")));
        assertEquals("'meeting " + m.id() + "' was changed meanwhile (now at version " + moved.version()
                + "); read it again and retry.", stale.getMessage());
        assertEquals("La reunión " + m.id() + " se ha modificado mientras tanto (ahora está en la versión " + moved.version()
                + "); vuelva a leerla e inténtelo de nuevo.", stale.detail(Language.ES));
    }

    @Test
    public void invalidMeetingNamesFieldsAndWritesNothing() {
        Map<String, Long> before = database.counts();
        MeetingDraft bad = new MeetingDraft("steering", MeetingKind.WEB_CONFERENCE, null, null, "Mars/Olympus", 0, "fib",
                null, null, null, null, List.of(""));
        ValidationException e = assertThrows(ValidationException.class, () -> meetings.schedule(Callers.ADMIN, bad));
        List<String> fields = e.fieldErrors().stream().map(FieldError::field).toList();
        assertTrue(fields.toString(), fields.containsAll(List.of("title", "start", "timeZone", "durationMinutes", "link", "agenda[0]")));
        ValidationException unknown = assertThrows(ValidationException.class, () -> meetings.schedule(Callers.ADMIN,
                seminar("nope", LocalDateTime.of(2010, 3, 1, 9, 0), "fib", "Toledo")));
        assertEquals("committee", unknown.fieldErrors().get(0).field());
        assertEquals("no committee 'nope'", unknown.fieldErrors().get(0).detail());
        assertEquals("no existe ningún comité «nope»", unknown.fieldErrors().get(0).text().resolve(Language.ES).orElseThrow());
        ValidationException attendance = assertThrows(ValidationException.class, () -> meetings.recordAttendance(
                Callers.ADMIN, meetings.list(Callers.ADMIN, MeetingQuery.all(), PageRequest.first()).items().get(0).id(),
                List.of(new AttendanceEntry(fibRep.id(), AttendanceStatus.PRESENT), new AttendanceEntry(99999, AttendanceStatus.ABSENT))));
        assertEquals("entries[1].personId", attendance.fieldErrors().get(0).field());
        assertEquals("aucune personne 99999", attendance.fieldErrors().get(0).text().resolve(Language.FR).orElseThrow());
        assertEquals(before, database.counts());
    }

    @Test
    public void aCommitteeCannotMeetTwiceAtTheSameInstant() {
        Meeting burgos = meetings.schedule(Callers.ADMIN, seminar("technical", LocalDateTime.of(2011, 3, 8, 10, 0), "fib", "Burgos"));
        MeetingDraft sameInstantOtherZone = new MeetingDraft("technical", MeetingKind.WEB_CONFERENCE,
                LocalizedText.of(Language.EN, "Web conference"), LocalDateTime.of(2011, 3, 8, 9, 0), "Europe/Lisbon", 90,
                "cybermassif", null, null, null, "https://webconf.example/t", null);
        ConflictException clash = assertThrows(ConflictException.class, () -> meetings.schedule(Callers.ADMIN, sameInstantOtherZone));
        assertEquals("Committee 'technical' already meets at that time (meeting " + burgos.id() + ").", clash.getMessage());
        assertEquals("El comité «technical» ya se reúne a esa hora (reunión " + burgos.id() + ").", clash.detail(Language.ES));

        // moving another meeting onto that instant names the meeting already there, not the one moved
        Meeting later = meetings.schedule(Callers.ADMIN, seminar("technical", LocalDateTime.of(2011, 3, 9, 10, 0), "fib", "Soria"));
        ConflictException moved = assertThrows(ConflictException.class, () -> meetings.update(Callers.ADMIN, later.id(),
                later.version(), seminar("technical", LocalDateTime.of(2011, 3, 8, 10, 0), "fib", "Soria")));
        assertEquals("Committee 'technical' already meets at that time (meeting " + burgos.id() + ").", moved.getMessage());
    }

    @Test
    public void pressReleaseRemindersFallDueFifteenDaysBeforeSteeringSeminars() {
        Meeting lisbon = meetings.schedule(Callers.ADMIN, new MeetingDraft("steering", MeetingKind.SEMINAR,
                LocalizedText.of(Language.PT, "Reunião de Lisboa"), LocalDateTime.of(2030, 1, 21, 9, 30), "Europe/Lisbon",
                null, "cybermassif", "Lisboa", null, "PT", null, null));
        meetings.schedule(Callers.ADMIN, new MeetingDraft("technical", MeetingKind.SEMINAR,
                LocalizedText.of(Language.EN, "Technical only"), LocalDateTime.of(2030, 1, 22, 9, 30), "Europe/Lisbon",
                null, "cybermassif", "Lisboa", null, "PT", null, null));

        assertEquals(ReminderState.UPCOMING, reminder(LocalDate.of(2030, 1, 5), lisbon.id()).state());
        PressReleaseReminder due = reminder(LocalDate.of(2030, 1, 6), lisbon.id());
        assertEquals(LocalDate.of(2030, 1, 6), due.dueOn());
        assertEquals(ReminderState.DUE, due.state());
        assertEquals(ReminderState.OVERDUE, reminder(LocalDate.of(2030, 1, 10), lisbon.id()).state());
        assertTrue("technical meetings have no press release",
                meetings.reminders(Callers.EVALUATOR, LocalDate.of(2030, 1, 6)).stream()
                        .allMatch(r -> r.committeeCode().equals("steering")));
        assertTrue("meetings already held are not listed", meetings.reminders(Callers.EVALUATOR, LocalDate.of(2030, 1, 22))
                .stream().noneMatch(r -> r.meetingId() == lisbon.id()));

        assertThrows(AccessDeniedException.class,
                () -> meetings.markPressReleaseSent(Callers.FIB_STAFF, lisbon.id(), LocalDate.of(2030, 1, 7)));
        meetings.markPressReleaseSent(Callers.CYBERMASSIF_STAFF, lisbon.id(), LocalDate.of(2030, 1, 7));
        PressReleaseReminder done = reminder(LocalDate.of(2030, 1, 10), lisbon.id());
        assertEquals(ReminderState.DONE, done.state());
        assertEquals("carla", done.sentBy());

        // The lead time is configuration, changed at run time.
        meetings.modified(TestDatabase.config(30, 1024));
        try {
            assertEquals(LocalDate.of(2029, 12, 22), reminder(LocalDate.of(2030, 1, 10), lisbon.id()).dueOn());
        } finally {
            meetings.modified(TestDatabase.config(15, 1024));
        }
    }

    private static PressReleaseReminder reminder(LocalDate asOf, long meetingId) {
        return meetings.reminders(Callers.EVALUATOR, asOf).stream().filter(r -> r.meetingId() == meetingId).findFirst()
                .orElseThrow();
    }

    @Test
    public void listFiltersByCommitteeKindAndDates() {
        meetings.schedule(Callers.ADMIN, new MeetingDraft("technical", MeetingKind.WEB_CONFERENCE,
                LocalizedText.of(Language.EN, "Web conference"), LocalDateTime.of(2012, 5, 8, 10, 0), "Europe/Paris", 90,
                "cybermassif", null, null, null, "https://webconf.example/t", null));
        List<Meeting> may = meetings.list(Callers.EVALUATOR, new MeetingQuery("technical", MeetingKind.WEB_CONFERENCE,
                LocalDate.of(2012, 5, 1), LocalDate.of(2012, 5, 31)), PageRequest.first()).items();
        assertEquals(1, may.size());
        assertEquals("https://webconf.example/t", may.get(0).link());
    }
}
