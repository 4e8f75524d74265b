package org.cybersudoe.engagement.internal.events;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.engagement.Event;
import org.cybersudoe.engagement.EventDraft;
import org.cybersudoe.engagement.EventFormat;
import org.cybersudoe.engagement.EventStatus;
import org.cybersudoe.engagement.Registration;
import org.cybersudoe.engagement.RegistrationStatus;
import org.cybersudoe.engagement.Venue;
import org.cybersudoe.engagement.internal.jpa.EventEntity;
import org.cybersudoe.engagement.internal.jpa.RegistrationEntity;

/** Entities to API records and back, with the counts an event shows. */
public final class EventRows {

    private EventRows() {
    }

    /** Places on the waiting list and companies checked in, per event, in two grouped queries. */
    public record Counts(Map<Long, Integer> waiting, Map<Long, Integer> attended) {

        public static Counts of(EntityManager em, List<Long> eventIds) {
            if (eventIds.isEmpty()) {
                return new Counts(Map.of(), Map.of());
            }
            Map<Long, Integer> waiting = em.createQuery("SELECT r.eventId, COUNT(r) FROM RegistrationEntity r WHERE r.eventId IN "
                    + ":ids AND r.status = 'waiting' GROUP BY r.eventId", Object[].class).setParameter("ids", eventIds)
                    .getResultList().stream().collect(Collectors.toMap(a -> (Long) a[0], a -> ((Number) a[1]).intValue()));
            Map<Long, Integer> attended = em.createQuery("SELECT r.eventId, COUNT(DISTINCT r.companyId) FROM RegistrationEntity r "
                    + "WHERE r.eventId IN :ids AND r.checkedInAt IS NOT NULL GROUP BY r.eventId", Object[].class)
                    .setParameter("ids", eventIds).getResultList().stream()
                    .collect(Collectors.toMap(a -> (Long) a[0], a -> ((Number) a[1]).intValue()));
            return new Counts(waiting, attended);
        }
    }

    public static Event event(EventEntity e, Counts counts, int minimumCompanies) {
        ZoneId zone = ZoneId.of(e.timeZone);
        EventStatus stored = EventStatus.fromCode(e.status).orElseThrow();
        EventStatus shown = stored == EventStatus.OPEN && e.confirmed >= e.capacity ? EventStatus.FULL : stored;
        int attended = counts.attended().getOrDefault(e.id, 0);
        Venue venue = "physical".equals(e.format) ? new Venue(e.venueName, e.address, e.city, e.region) : null;
        return new Event(e.id, e.uid, e.partner, Set.copyOf(e.themes), Language.fromCode(e.language).orElseThrow(),
                languages(e.languages), title(e), description(e), EventFormat.valueOf(e.format.toUpperCase()), venue,
                e.onlineLink, e.startLocal.atZone(zone), e.endLocal.atZone(zone), e.capacity, e.confirmed,
                counts.waiting().getOrDefault(e.id, 0), attended, shown, stored == EventStatus.HELD && attended < minimumCompanies,
                e.sequence, e.updatedAt.toInstant(ZoneOffset.UTC), e.version);
    }

    /**
     * The event as the public sees it: an online event's join link goes only to its registrants
     * (in their mail), so that a published event cannot be joined without registering.
     */
    public static Event publicView(Event e) {
        if (e.onlineLink() == null) {
            return e;
        }
        return new Event(e.id(), e.uid(), e.partner(), e.themes(), e.language(), e.languages(), e.title(), e.description(),
                e.format(), e.venue(), null, e.start(), e.end(), e.capacity(), e.confirmed(), e.waiting(), e.companiesAttended(),
                e.status(), e.underAttended(), e.sequence(), e.updatedAt(), e.version());
    }

    /** Copies the draft's data; the caller sets ids, status, counters and versions. */
    public static void apply(EventDraft d, EventEntity e) {
        e.partner = d.partner();
        e.language = d.language().code();
        Set<Language> offered = d.languages().isEmpty() ? EnumSet.of(d.language()) : EnumSet.copyOf(d.languages());
        e.languages = offered.stream().map(Language::code).collect(Collectors.joining(","));
        LocalizedText title = d.title();
        LocalizedText description = d.description() == null ? new LocalizedText(Map.of()) : d.description();
        e.titleFr = title.exact(Language.FR).orElse(null);
        e.titleEs = title.exact(Language.ES).orElse(null);
        e.titlePt = title.exact(Language.PT).orElse(null);
        e.titleEn = title.exact(Language.EN).orElse(null);
        e.descriptionFr = description.exact(Language.FR).orElse(null);
        e.descriptionEs = description.exact(Language.ES).orElse(null);
        e.descriptionPt = description.exact(Language.PT).orElse(null);
        e.descriptionEn = description.exact(Language.EN).orElse(null);
        if (d.venue() != null) {
            e.format = "physical";
            e.venueName = d.venue().name().strip();
            e.address = d.venue().address();
            e.city = d.venue().city().strip();
            e.region = d.venue().region();
            e.onlineLink = null;
        } else {
            e.format = "online";
            e.venueName = null;
            e.address = null;
            e.city = null;
            e.region = null;
            e.onlineLink = d.onlineLink().strip();
        }
        ZoneId zone = ZoneId.of(d.timeZone());
        e.timeZone = zone.getId();
        e.startLocal = d.start();
        e.endLocal = d.end();
        e.startUtc = LocalDateTime.ofInstant(d.start().atZone(zone).toInstant(), ZoneOffset.UTC);
        e.endUtc = LocalDateTime.ofInstant(d.end().atZone(zone).toInstant(), ZoneOffset.UTC);
        e.capacity = d.capacity();
        e.themes.clear();
        e.themes.addAll(d.themes());
    }

    /** What a draft sets, to tell an update that changes something from one that sends the same again. */
    static List<Object> content(EventEntity e) {
        return Arrays.asList(e.partner, e.language, e.languages, e.titleFr, e.titleEs, e.titlePt, e.titleEn, e.descriptionFr,
                e.descriptionEs, e.descriptionPt, e.descriptionEn, e.format, e.venueName, e.address, e.city, e.region,
                e.onlineLink, e.timeZone, e.startLocal, e.endLocal, e.startUtc, e.endUtc, e.capacity, Set.copyOf(e.themes));
    }

    /** What attendees would see change: when, where, or how to join. */
    static String whenAndWhere(EventEntity e) {
        return e.startUtc + "|" + e.endUtc + "|" + e.venueName + "|" + e.address + "|" + e.city + "|" + e.onlineLink;
    }

    public static LocalizedText title(EventEntity e) {
        return text(e.titleFr, e.titleEs, e.titlePt, e.titleEn);
    }

    public static LocalizedText description(EventEntity e) {
        return text(e.descriptionFr, e.descriptionEs, e.descriptionPt, e.descriptionEn);
    }

    private static LocalizedText text(String fr, String es, String pt, String en) {
        Map<Language, String> m = new EnumMap<>(Language.class);
        put(m, Language.FR, fr);
        put(m, Language.ES, es);
        put(m, Language.PT, pt);
        put(m, Language.EN, en);
        return new LocalizedText(m);
    }

    private static void put(Map<Language, String> m, Language l, String s) {
        if (s != null) {
            m.put(l, s);
        }
    }

    static Set<Language> languages(String codes) {
        return Arrays.stream(codes.split(",")).map(c -> Language.fromCode(c).orElseThrow())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Language.class)));
    }

    /** 1 for the next to get a place; null unless the registration waits. */
    public static Integer waitingPosition(EntityManager em, RegistrationEntity r) {
        if (!r.status.equals("waiting")) {
            return null;
        }
        long ahead = em.createQuery("SELECT COUNT(w) FROM RegistrationEntity w WHERE w.eventId = :e AND w.status = 'waiting' "
                + "AND (w.registeredAt < :at OR (w.registeredAt = :at AND w.id < :id))", Long.class).setParameter("e", r.eventId)
                .setParameter("at", r.registeredAt).setParameter("id", r.id).getSingleResult();
        return (int) ahead + 1;
    }

    public static Registration registration(RegistrationEntity r, Integer waitingPosition) {
        return new Registration(r.id, r.eventId, r.companyId, r.contactId, r.companyName, r.country, r.contactName, r.email,
                Language.fromCode(r.language).orElseThrow(), RegistrationStatus.fromCode(r.status).orElseThrow(),
                waitingPosition, instant(r.registeredAt), instant(r.checkedInAt));
    }

    static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
