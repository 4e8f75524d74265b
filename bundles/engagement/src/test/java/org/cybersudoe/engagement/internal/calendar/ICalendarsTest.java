package org.cybersudoe.engagement.internal.calendar;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.engagement.Event;
import org.cybersudoe.engagement.EventFormat;
import org.cybersudoe.engagement.EventStatus;
import org.cybersudoe.engagement.Venue;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;

public class ICalendarsTest {

    private static final String UPDATES = "net.fortuna.ical4j.timezone.update.enabled";
    private static final Instant NOW = Instant.parse("2025-02-01T08:00:00Z");
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

    private static String previousUpdates;

    private final ICalendars calendars = new ICalendars("https://events.example.org/", Clock.fixed(NOW, ZoneOffset.UTC));

    // By default iCal4j fetches newer zone definitions from tzurl.org: the test must not depend on the network.
    @BeforeClass
    public static void offline() {
        previousUpdates = System.setProperty(UPDATES, "false");
    }

    @AfterClass
    public static void restore() {
        if (previousUpdates == null) {
            System.clearProperty(UPDATES);
        } else {
            System.setProperty(UPDATES, previousUpdates);
        }
    }

    @Test
    public void anEventIsAPublishedCalendarWithItsUidAndTheTitleInTheAskedLanguage() throws Exception {
        Event event = event(7, "evt-7@cybersudoe.eu", Language.PT, title(Language.FR, "Cybersécurité des PME", Language.PT, "Cibersegurança das PME"),
                ZonedDateTime.of(2025, 3, 12, 9, 30, 0, 0, MADRID), EventStatus.OPEN);

        String text = calendars.event(event, Language.FR);
        Calendar calendar = parse(text);

        assertEquals("-//CyberSudoe//Engagement//EN", calendar.getProductId().getValue());
        assertEquals("2.0", calendar.getVersion().getValue());
        assertEquals("GREGORIAN", calendar.getCalendarScale().getValue());
        assertEquals("PUBLISH", calendar.getMethod().getValue());
        VEvent vevent = only(calendar);
        assertEquals("evt-7@cybersudoe.eu", vevent.getUid().getValue());
        assertEquals("Cybersécurité des PME", vevent.getSummary().getValue());
        assertEquals("fr", vevent.getSummary().getParameter(Parameter.LANGUAGE).getValue());
        assertEquals(NOW.toEpochMilli(), vevent.getDateStamp().getDate().getTime());
        assertEquals("STATUS:CONFIRMED", line(text, "STATUS"));
        assertEquals("SEQUENCE:0", line(text, "SEQUENCE"));
        assertEquals("LAST-MODIFIED:20250110T101500Z", line(text, "LAST-MODIFIED"));
        assertEquals("CATEGORIES:is-security,retail", line(text, "CATEGORIES"));
    }

    @Test
    public void theTitleFallsBackToTheEventsLanguageThenToAnyWhenTheAskedOneIsNotOffered() throws Exception {
        Event ownLanguage = event(8, "evt-8@cybersudoe.eu", Language.PT,
                title(Language.EN, "SME cybersecurity", Language.PT, "Cibersegurança das PME"), ZonedDateTime.of(2025, 3, 12, 9, 30, 0, 0, MADRID),
                EventStatus.OPEN);
        VEvent vevent = only(parse(calendars.event(ownLanguage, Language.ES)));
        assertEquals("Cibersegurança das PME", vevent.getSummary().getValue());
        assertEquals("pt", vevent.getSummary().getParameter(Parameter.LANGUAGE).getValue());

        Event otherLanguage = event(9, "evt-9@cybersudoe.eu", Language.PT, title(Language.FR, "Cybersécurité des PME", null, null),
                ZonedDateTime.of(2025, 3, 12, 9, 30, 0, 0, MADRID), EventStatus.OPEN);
        vevent = only(parse(calendars.event(otherLanguage, Language.ES)));
        assertEquals("Cybersécurité des PME", vevent.getSummary().getValue());
        assertEquals("fr", vevent.getSummary().getParameter(Parameter.LANGUAGE).getValue());
    }

    @Test
    public void startAndEndKeepTheEventsOwnZoneWithItsDefinition() throws Exception {
        // 09:30 in both cities, an hour apart in winter and again in summer.
        for (ZonedDateTime start : List.of(ZonedDateTime.of(2025, 1, 20, 9, 30, 0, 0, MADRID), ZonedDateTime.of(2025, 1, 20, 9, 30, 0, 0, LISBON),
                ZonedDateTime.of(2025, 7, 14, 9, 30, 0, 0, MADRID), ZonedDateTime.of(2025, 7, 14, 9, 30, 0, 0, LISBON))) {
            Event event = event(10, "evt-10@cybersudoe.eu", Language.ES, title(Language.ES, "Jornada", null, null), start, EventStatus.OPEN);
            String text = calendars.event(event, Language.ES);
            Calendar calendar = parse(text);
            VEvent vevent = only(calendar);
            String zone = start.getZone().getId();

            DtStart dtStart = vevent.getStartDate();
            assertEquals(zone, dtStart.getParameter(Parameter.TZID).getValue());
            assertEquals("DTSTART;TZID=" + zone + ":" + (start.getMonthValue() == 1 ? "20250120" : "20250714") + "T093000", line(text, "DTSTART"));
            assertEquals(start.toInstant().toEpochMilli(), dtStart.getDate().getTime());
            assertEquals(start.plusHours(2).toInstant().toEpochMilli(), vevent.getEndDate().getDate().getTime());
            assertEquals(List.of(zone), zoneIds(calendar));
        }
    }

    @Test
    public void aZoneICal4jDoesNotKnowFallsBackToUtcTimes() throws Exception {
        ZonedDateTime start = ZonedDateTime.of(2025, 5, 6, 10, 0, 0, 0, ZoneOffset.ofHours(3));
        Event event = event(11, "evt-11@cybersudoe.eu", Language.EN, title(Language.EN, "Workshop", null, null), start, EventStatus.OPEN);

        String text = calendars.event(event, Language.EN);
        Calendar calendar = parse(text);

        assertEquals("DTSTART:20250506T070000Z", line(text, "DTSTART"));
        assertEquals("DTEND:20250506T090000Z", line(text, "DTEND"));
        assertEquals(start.toInstant().toEpochMilli(), only(calendar).getStartDate().getDate().getTime());
        assertTrue(zoneIds(calendar).isEmpty());
    }

    @Test
    public void aCancelledEventSaysSoWithItsSequence() throws Exception {
        Event event = with(event(12, "evt-12@cybersudoe.eu", Language.FR, title(Language.FR, "Atelier", null, null),
                ZonedDateTime.of(2025, 4, 2, 14, 0, 0, 0, MADRID), EventStatus.CANCELLED), 3);

        VEvent vevent = only(parse(calendars.event(event, Language.FR)));

        assertEquals("CANCELLED", vevent.getStatus().getValue());
        assertEquals(3, vevent.getSequence().getSequenceNo());
    }

    @Test
    public void plannedEventsAreTentativeAndHeldOnesConfirmed() throws Exception {
        ZonedDateTime start = ZonedDateTime.of(2025, 4, 2, 14, 0, 0, 0, MADRID);
        assertEquals("TENTATIVE", only(parse(calendars.event(event(13, "a@x", Language.FR, title(Language.FR, "A", null, null), start,
                EventStatus.PLANNED), Language.FR))).getStatus().getValue());
        assertEquals("CONFIRMED", only(parse(calendars.event(event(14, "b@x", Language.FR, title(Language.FR, "B", null, null), start,
                EventStatus.HELD), Language.FR))).getStatus().getValue());
    }

    @Test
    public void aFeedHasEveryEventAndOneDefinitionPerZone() throws Exception {
        List<Event> events = List.of(
                event(20, "evt-20@cybersudoe.eu", Language.ES, title(Language.ES, "Madrid 1", null, null), ZonedDateTime.of(2025, 3, 3, 9, 0, 0, 0, MADRID), EventStatus.OPEN),
                event(21, "evt-21@cybersudoe.eu", Language.PT, title(Language.PT, "Lisboa", null, null), ZonedDateTime.of(2025, 3, 4, 9, 0, 0, 0, LISBON), EventStatus.FULL),
                event(22, "evt-22@cybersudoe.eu", Language.ES, title(Language.ES, "Madrid 2", null, null), ZonedDateTime.of(2025, 8, 5, 9, 0, 0, 0, MADRID), EventStatus.HELD));

        String text = calendars.feed("Eventos CyberSudoe, España", events, Language.ES);
        Calendar calendar = parse(text);

        List<String> uids = calendar.getComponents(Component.VEVENT).stream().map(c -> ((VEvent) c).getUid().getValue()).collect(Collectors.toList());
        assertEquals(List.of("evt-20@cybersudoe.eu", "evt-21@cybersudoe.eu", "evt-22@cybersudoe.eu"), uids);
        assertEquals(Set.of("Europe/Madrid", "Europe/Lisbon"), Set.copyOf(zoneIds(calendar)));
        assertEquals(2, zoneIds(calendar).size());
        assertEquals("Eventos CyberSudoe, España", calendar.getProperty("X-WR-CALNAME").getValue());
        assertEquals("Eventos CyberSudoe, España", calendar.getProperty(Property.NAME).getValue());
        for (Event event : events) {
            VEvent vevent = (VEvent) calendar.getComponents(Component.VEVENT).stream()
                    .filter(c -> ((VEvent) c).getUid().getValue().equals(event.uid())).findFirst().orElseThrow();
            assertEquals(event.start().toInstant().toEpochMilli(), vevent.getStartDate().getDate().getTime());
        }
    }

    @Test
    public void aFeedWithoutEventsIsStillACalendar() throws Exception {
        String text = calendars.feed("Nada", List.of(), Language.ES);

        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        assertTrue(calendar.getComponents().isEmpty());
        assertEquals("Nada", calendar.getProperty("X-WR-CALNAME").getValue());
        assertTrue(text.startsWith("BEGIN:VCALENDAR\r\n") && text.endsWith("END:VCALENDAR\r\n"));
    }

    @Test
    public void specialCharactersAreEscapedAndReadBackUnchanged() throws Exception {
        String description = "Sala 2, piso 1; traga o portátil\nPasta C:\\cursos\\ciber, versão 2";
        Event event = described(event(30, "evt-30@cybersudoe.eu", Language.PT, title(Language.PT, "Formação; parte 1, \\ introdução", null, null),
                ZonedDateTime.of(2025, 6, 10, 10, 0, 0, 0, LISBON), EventStatus.OPEN), description);

        String text = calendars.event(event, Language.PT);
        VEvent vevent = only(parse(text));

        assertEquals("DESCRIPTION;LANGUAGE=pt:Sala 2\\, piso 1\\; traga o portátil\\nPasta C:\\\\cursos\\\\ciber\\, versão 2",
                line(text, "DESCRIPTION"));
        assertEquals(description, vevent.getDescription().getValue());
        assertEquals("Formação; parte 1, \\ introdução", vevent.getSummary().getValue());
    }

    @Test
    public void aBackslashBeforeALineBreakAndStrayCarriageReturnsStayText() {
        Event event = described(event(31, "evt-31@cybersudoe.eu", Language.PT, title(Language.PT, "T", null, null),
                ZonedDateTime.of(2025, 6, 10, 10, 0, 0, 0, LISBON), EventStatus.OPEN), "fim\\\r\nnovo\rúltimo");

        String text = calendars.event(event, Language.PT);

        assertEquals("DESCRIPTION;LANGUAGE=pt:fim\\\\\\nnovo\\núltimo", line(text, "DESCRIPTION"));
    }

    @Test
    public void portugueseTextSurvivesUtf8AndLinesStayWithin75Octets() throws Exception {
        String title = "Ação de sensibilização: cibersegurança, proteção de dados e gestão de incidentes nas PME da região Norte";
        StringBuilder description = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            description.append("Informações sobre a formação nº ").append(i).append(": ações, certificações e inscrições 🔒 — ");
        }
        Event event = described(event(40, "evt-40@cybersudoe.eu", Language.PT, title(Language.PT, title, null, null),
                ZonedDateTime.of(2025, 10, 1, 9, 0, 0, 0, LISBON), EventStatus.OPEN), description.toString().strip());

        String text = calendars.event(event, Language.PT);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        assertTrue("only CRLF line ends", text.replace("\r\n", "").indexOf('\n') < 0 && text.replace("\r\n", "").indexOf('\r') < 0);
        assertTrue(text.endsWith("\r\n"));
        int folded = 0;
        for (String line : text.split("\r\n")) {
            int octets = line.getBytes(StandardCharsets.UTF_8).length;
            assertTrue("line of " + octets + " octets: " + line, octets <= 75);
            folded += line.startsWith(" ") ? 1 : 0;
        }
        assertTrue("long texts are folded", folded > 5);

        VEvent vevent = only(new CalendarBuilder().build(new ByteArrayInputStream(bytes)));
        assertEquals(title, vevent.getSummary().getValue());
        assertEquals(description.toString().strip(), vevent.getDescription().getValue());
    }

    @Test
    public void physicalEventsGiveTheirVenueAndPageOnlineOnesTheirLink() throws Exception {
        ZonedDateTime start = ZonedDateTime.of(2025, 4, 2, 14, 0, 0, 0, MADRID);
        Event physical = placed(event(50, "evt-50@cybersudoe.eu", Language.ES, title(Language.ES, "Taller", null, null), start, EventStatus.OPEN),
                EventFormat.PHYSICAL, new Venue("Cámara de Comercio", null, "Zaragoza", "ES24"), null);
        VEvent vevent = only(parse(calendars.event(physical, Language.ES)));
        assertEquals("Cámara de Comercio, Zaragoza", vevent.getLocation().getValue());
        assertEquals("https://events.example.org/api/v1/engagement/events/50", vevent.getUrl().getValue());

        Event online = placed(event(51, "evt-51@cybersudoe.eu", Language.ES, title(Language.ES, "Webinar", null, null), start, EventStatus.OPEN),
                EventFormat.ONLINE, null, "https://meet.example.org/cyber?room=7");
        vevent = only(parse(calendars.event(online, Language.ES)));
        assertEquals("https://meet.example.org/cyber?room=7", vevent.getLocation().getValue());
        assertEquals("https://meet.example.org/cyber?room=7", vevent.getUrl().getValue());
    }

    @Test
    public void theCallersContextClassLoaderIsPutBack() {
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        ClassLoader callers = new URLClassLoader(new URL[0], null);
        thread.setContextClassLoader(callers);
        try {
            calendars.event(event(60, "evt-60@cybersudoe.eu", Language.ES, title(Language.ES, "X", null, null),
                    ZonedDateTime.of(2025, 4, 2, 14, 0, 0, 0, MADRID), EventStatus.OPEN), Language.ES);
            assertSame(callers, thread.getContextClassLoader());
        } finally {
            thread.setContextClassLoader(original);
        }
    }

    @Test
    public void concurrentRenderingGivesTheSameDocument() throws Exception {
        // Zones no other test uses, so their definitions are first loaded here, by several threads at once.
        List<Event> events = new ArrayList<>();
        String[] zones = {"Atlantic/Canary", "Europe/Andorra", "Atlantic/Madeira", "Atlantic/Azores", "Europe/Paris"};
        for (int i = 0; i < zones.length; i++) {
            events.add(event(70 + i, "evt-" + (70 + i) + "@cybersudoe.eu", Language.FR, title(Language.FR, "Session " + i, null, null),
                    ZonedDateTime.of(2025, 3 + i, 30, 1, 30, 0, 0, ZoneId.of(zones[i])), EventStatus.OPEN));
        }
        ICalendars shared = new ICalendars("https://events.example.org", Clock.fixed(NOW, ZoneOffset.UTC));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> work = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                work.add(() -> shared.feed("Tous", events, Language.FR));
            }
            List<Future<String>> results = pool.invokeAll(work);
            String expected = new ICalendars("https://events.example.org", Clock.fixed(NOW, ZoneOffset.UTC)).feed("Tous", events, Language.FR);
            for (Future<String> result : results) {
                assertEquals(expected, result.get());
            }
            Calendar calendar = parse(expected);
            for (Event event : events) {
                VEvent vevent = (VEvent) calendar.getComponents(Component.VEVENT).stream()
                        .filter(c -> ((VEvent) c).getUid().getValue().equals(event.uid())).findFirst().orElseThrow();
                assertEquals(event.start().toInstant().toEpochMilli(), vevent.getStartDate().getDate().getTime());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void theBaseUrlMustBeAbsolute() {
        try {
            new ICalendars("events.example.org");
            fail("a relative base URL was taken");
        } catch (IllegalArgumentException expected) {
            assertNotNull(expected.getMessage());
        }
    }

    // --- helpers

    private static Calendar parse(String text) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        assertFalse(calendar.validate().toString(), calendar.validate().hasErrors());
        return calendar;
    }

    private static VEvent only(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT).stream().map(VEvent.class::cast).collect(Collectors.toList());
        assertEquals(1, events.size());
        return events.get(0);
    }

    private static List<String> zoneIds(Calendar calendar) {
        return calendar.getComponents(Component.VTIMEZONE).stream().map(c -> ((VTimeZone) c).getTimeZoneId().getValue())
                .collect(Collectors.toList());
    }

    /** The content line of a property of the (first) VEVENT, unfolded, as written. */
    private static String line(String text, String name) {
        String unfolded = text.replace("\r\n ", "");
        for (String line : unfolded.substring(unfolded.indexOf("BEGIN:VEVENT\r\n")).split("\r\n")) {
            if (line.startsWith(name + ":") || line.startsWith(name + ";")) {
                return line;
            }
        }
        fail("no " + name + " line in\n" + text);
        return null;
    }

    private static LocalizedText title(Language first, String firstText, Language second, String secondText) {
        Map<Language, String> values = new EnumMap<>(Language.class);
        values.put(first, firstText);
        if (second != null) {
            values.put(second, secondText);
        }
        return new LocalizedText(values);
    }

    /** A physical event in Madrid's chamber of commerce, two hours long. */
    private static Event event(long id, String uid, Language language, LocalizedText title, ZonedDateTime start, EventStatus status) {
        return new Event(id, uid, "es-aragon", Set.of("retail", "is-security"), language, Set.of(language), title,
                LocalizedText.of(language, "Descrição"), EventFormat.PHYSICAL, new Venue("Sala", "Calle Mayor 1", "Zaragoza", "ES24"), null,
                start, start.plusHours(2), 30, 4, 0, 0, status, false, 0, Instant.parse("2025-01-10T10:15:00Z"), 1);
    }

    private static Event with(Event e, int sequence) {
        return new Event(e.id(), e.uid(), e.partner(), e.themes(), e.language(), e.languages(), e.title(), e.description(), e.format(),
                e.venue(), e.onlineLink(), e.start(), e.end(), e.capacity(), e.confirmed(), e.waiting(), e.companiesAttended(), e.status(),
                e.underAttended(), sequence, e.updatedAt(), e.version());
    }

    private static Event described(Event e, String description) {
        return new Event(e.id(), e.uid(), e.partner(), e.themes(), e.language(), e.languages(), e.title(),
                LocalizedText.of(e.language(), description), e.format(), e.venue(), e.onlineLink(), e.start(), e.end(), e.capacity(),
                e.confirmed(), e.waiting(), e.companiesAttended(), e.status(), e.underAttended(), e.sequence(), e.updatedAt(), e.version());
    }

    private static Event placed(Event e, EventFormat format, Venue venue, String onlineLink) {
        return new Event(e.id(), e.uid(), e.partner(), e.themes(), e.language(), e.languages(), e.title(), e.description(), format, venue,
                onlineLink, e.start(), e.end(), e.capacity(), e.confirmed(), e.waiting(), e.companiesAttended(), e.status(),
                e.underAttended(), e.sequence(), e.updatedAt(), e.version());
    }
}
