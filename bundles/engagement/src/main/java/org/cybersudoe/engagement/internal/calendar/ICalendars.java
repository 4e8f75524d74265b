package org.cybersudoe.engagement.internal.calendar;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.engagement.Event;
import org.cybersudoe.engagement.EventFormat;
import org.cybersudoe.engagement.Venue;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateTime;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.validate.ValidationException;
import net.fortuna.ical4j.validate.ValidationResult;

/**
 * RFC 5545 documents of events: one event (the .ics download and the e-mail attachment) or a
 * feed of many. Immutable and safe to share between threads.
 */
public final class ICalendars {

    private static final String PRODUCT_ID = "-//CyberSudoe//Engagement//EN";
    private static final String EVENT_PATH = "/api/v1/engagement/events/";
    private static final int MAX_LINE_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private final String eventUrlPrefix;
    private final Clock clock;
    private final Object registryLock = new Object();
    /** Made at the first zone lookup, not with the object, so that iCal4j loads when a calendar is first written. */
    private TimeZoneRegistry registry;

    /**
     * @param publicBaseUrl the platform's public address, such as {@code https://events.example.org};
     *        each event's URL is {@code <base>/api/v1/engagement/events/<id>}
     */
    public ICalendars(String publicBaseUrl) {
        this(publicBaseUrl, Clock.systemUTC());
    }

    ICalendars(String publicBaseUrl, Clock clock) {
        Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
        String base = publicBaseUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        URI parsed;
        try {
            parsed = new URI(base);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("publicBaseUrl is not a URI: " + publicBaseUrl, e);
        }
        if (!parsed.isAbsolute() || parsed.getHost() == null) {
            throw new IllegalArgumentException("publicBaseUrl must be absolute, such as https://events.example.org: " + publicBaseUrl);
        }
        this.eventUrlPrefix = base + EVENT_PATH;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** One event as a full calendar document (for .ics download and the e-mail attachment). */
    public String event(Event event, Language language) {
        Objects.requireNonNull(event, "event");
        return render(null, List.of(event), language);
    }

    /** A feed: many events, calendar name given (X-WR-CALNAME and NAME). */
    public String feed(String calendarName, List<Event> events, Language language) {
        if (calendarName == null || calendarName.isBlank()) {
            throw new IllegalArgumentException("calendarName is required");
        }
        Objects.requireNonNull(events, "events");
        events.forEach(e -> Objects.requireNonNull(e, "events must not contain null"));
        return render(calendarName, events, language);
    }

    private String render(String calendarName, List<Event> events, Language language) {
        Objects.requireNonNull(language, "language");
        return withIcal4jLoader(() -> {
            Calendar calendar = new Calendar();
            calendar.getProperties().add(new ProdId(PRODUCT_ID));
            calendar.getProperties().add(Version.VERSION_2_0);
            calendar.getProperties().add(CalScale.GREGORIAN);
            calendar.getProperties().add(Method.PUBLISH);
            if (calendarName != null) {
                String name = clean(calendarName.strip());
                // NAME is RFC 7986; many clients still read only the older X-WR- form.
                calendar.getProperties().add(new XProperty("X-WR-CALNAME", name));
                calendar.getProperties().add(new Name(name));
            }

            Map<ZoneId, TimeZone> zones = new LinkedHashMap<>();
            for (Event event : events) {
                ZoneId zone = event.start().getZone();
                if (!zones.containsKey(zone)) {
                    zones.put(zone, timeZone(zone));
                }
            }
            zones.values().stream().filter(Objects::nonNull).forEach(tz -> calendar.getComponents().add(tz.getVTimeZone()));

            // With a METHOD, DTSTAMP is when this document was made, not when the event last changed.
            Instant stamp = clock.instant();
            for (Event event : events) {
                calendar.getComponents().add(vevent(event, language, zones.get(event.start().getZone()), stamp));
            }
            // RFC 5545 wants at least one component, but a partner without published events still
            // has a feed to subscribe to, and calendar clients take an empty one.
            return fold((events.isEmpty() ? calendar : validated(calendar)).toString());
        });
    }

    private VEvent vevent(Event event, Language language, TimeZone zone, Instant stamp) {
        VEvent vevent = new VEvent(false);
        var properties = vevent.getProperties();
        properties.add(new Uid(event.uid()));
        properties.add(new DtStamp(utc(stamp)));
        properties.add(new DtStart(at(event.start(), zone)));
        if (event.end() != null) {
            properties.add(new DtEnd(at(event.end(), zone)));
        }
        text(event.title(), language, event.language()).ifPresent(t -> properties.add(new Summary(t.parameters(), t.value())));
        text(event.description(), language, event.language())
                .ifPresent(t -> properties.add(new Description(t.parameters(), t.value())));
        location(event).ifPresent(l -> properties.add(new Location(l)));
        properties.add(new Url(url(event)));
        properties.add(status(event));
        properties.add(new Sequence(event.sequence()));
        if (event.updatedAt() != null) {
            properties.add(new LastModified(utc(event.updatedAt())));
        }
        if (!event.themes().isEmpty()) {
            properties.add(new Categories(new TextList(event.themes().stream().sorted().map(ICalendars::clean).toArray(String[]::new))));
        }
        return vevent;
    }

    /**
     * The zone as iCal4j knows it, null when it does not (the event then falls back to UTC times).
     * iCal4j keeps one VTIMEZONE per zone for the whole JVM and works its transitions out lazily
     * into unsynchronised fields, so lookups take turns and offsets are computed on a private copy.
     * Called only while rendering, with iCal4j's class loader as the context loader.
     */
    private TimeZone timeZone(ZoneId zone) {
        VTimeZone shared;
        synchronized (registryLock) {
            if (registry == null) {
                registry = TimeZoneRegistryFactory.getInstance().createRegistry();
            }
            try {
                TimeZone known = registry.getTimeZone(zone.getId());
                shared = known == null ? null : known.getVTimeZone();
            } catch (RuntimeException unknown) {
                shared = null;
            }
        }
        if (shared == null) {
            return null;
        }
        try {
            return new TimeZone((VTimeZone) shared.copy());
        } catch (ParseException | IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot copy the iCal4j definition of " + zone.getId(), e);
        }
    }

    private static DateTime at(ZonedDateTime time, TimeZone zone) {
        DateTime value = new DateTime(time.toInstant().toEpochMilli());
        if (zone == null) {
            value.setUtc(true);
        } else {
            value.setTimeZone(zone);
        }
        return value;
    }

    private static DateTime utc(Instant instant) {
        DateTime value = new DateTime(instant.toEpochMilli());
        value.setUtc(true);
        return value;
    }

    private record Text(String value, Language language) {
        ParameterList parameters() {
            ParameterList parameters = new ParameterList();
            parameters.add(new net.fortuna.ical4j.model.parameter.Language(language.code()));
            return parameters;
        }
    }

    /** The reader's language when the event offers it, else the event's own, else whichever there is. */
    private static Optional<Text> text(LocalizedText text, Language wanted, Language own) {
        if (text == null) {
            return Optional.empty();
        }
        for (Language candidate : own == null ? List.of(wanted) : List.of(wanted, own)) {
            Optional<String> exact = text.exact(candidate);
            if (exact.isPresent()) {
                return Optional.of(new Text(clean(exact.get()), candidate));
            }
        }
        for (Language candidate : wanted.fallbackOrder()) {
            Optional<String> exact = text.exact(candidate);
            if (exact.isPresent()) {
                return Optional.of(new Text(clean(exact.get()), candidate));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> location(Event event) {
        if (event.format() == EventFormat.ONLINE) {
            return Optional.ofNullable(event.onlineLink()).filter(l -> !l.isBlank()).map(l -> clean(l.strip()));
        }
        Venue venue = event.venue();
        if (venue == null) {
            return Optional.empty();
        }
        StringBuilder joined = new StringBuilder();
        for (String part : new String[] {venue.name(), venue.address(), venue.city()}) {
            if (part != null && !part.isBlank()) {
                joined.append(joined.length() == 0 ? "" : ", ").append(part.strip());
            }
        }
        return joined.length() == 0 ? Optional.empty() : Optional.of(clean(joined.toString()));
    }

    private URI url(Event event) {
        if (event.format() == EventFormat.ONLINE && event.onlineLink() != null && !event.onlineLink().isBlank()) {
            try {
                URI link = new URI(event.onlineLink().strip());
                if (link.isAbsolute()) {
                    return link;
                }
            } catch (URISyntaxException notALink) {
                // the event's own page still leads to the link
            }
        }
        return URI.create(eventUrlPrefix + event.id());
    }

    private static Status status(Event event) {
        return switch (event.status()) {
            case PLANNED -> Status.VEVENT_TENTATIVE;
            case OPEN, FULL, HELD -> Status.VEVENT_CONFIRMED;
            case CANCELLED -> Status.VEVENT_CANCELLED;
        };
    }

    private static Calendar validated(Calendar calendar) {
        ValidationResult result;
        try {
            result = calendar.validate();
        } catch (ValidationException e) {
            throw new IllegalStateException("invalid iCalendar document: " + e.getMessage(), e);
        }
        // CalendarOutputter only logs what validation finds; a document clients may reject must not leave.
        if (result.hasErrors()) {
            throw new IllegalStateException("invalid iCalendar document: " + result);
        }
        return calendar;
    }

    /**
     * Folds content lines at 75 octets of UTF-8 without splitting a character (RFC 5545, 3.1).
     * iCal4j's own FoldingWriter counts UTF-16 units, so French, Spanish and Portuguese text
     * would give longer lines, and it may cut a surrogate pair in two.
     */
    private static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 32);
        for (String line : unfolded.split(CRLF)) {
            int octets = 0;
            for (int i = 0; i < line.length();) {
                int codePoint = line.codePointAt(i);
                int size = utf8Length(codePoint);
                if (octets + size > MAX_LINE_OCTETS) {
                    out.append(CRLF).append(' ');
                    octets = 1;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append(CRLF);
        }
        return out.toString();
    }

    private static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    /**
     * RFC 5545 text may hold no control character but HTAB; line breaks, whatever their form,
     * become the one newline iCal4j escapes as {@code \n}, so a stray CR cannot end a content line.
     */
    private static String clean(String text) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(lines.length());
        lines.codePoints()
                .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * iCal4j asks the thread's context class loader first, and only then its own, for its settings
     * (ical4j.properties), zone aliases and zone definitions. Under Karaf the TCCL is whatever the
     * calling thread carries (the web container's, a scheduler's, none), so what iCal4j reads would
     * change with the caller. Pinned to this bundle's loader, it reads the ical4j.properties this
     * bundle ships, if any, and finds its zone data through its own fallback, since the zoneinfo
     * files are private to the iCal4j bundle. The caller's loader is put back afterwards.
     */
    private static <T> T withIcal4jLoader(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ICalendars.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
