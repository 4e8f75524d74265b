package org.cybersudoe.engagement.internal.events;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.Set;

import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.place.Places;
import org.cybersudoe.engagement.EventDraft;
import org.cybersudoe.engagement.Venue;
import org.cybersudoe.engagement.internal.EngagementTexts;
import org.cybersudoe.network.Structure;
import org.cybersudoe.network.StructureService;
import org.cybersudoe.toolbox.Theme;
import org.cybersudoe.toolbox.ThemeRegistry;

/** What an event draft must satisfy; every offending field is named before anything is written. */
final class EventChecks {

    static final int MAX_CAPACITY = 10_000;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final StructureService structures;
    private final ThemeRegistry themes;

    EventChecks(StructureService structures, ThemeRegistry themes) {
        this.structures = structures;
        this.themes = themes;
    }

    /**
     * Checks a draft; {@code confirmed} is the number of places already taken (0 for a new event).
     * Returns the partner's country.
     */
    Validator check(EventDraft d, int confirmed) {
        Validator v = new Validator();
        v.required("partner", d.partner());
        String country = null;
        if (d.partner() != null && !d.partner().isBlank()) {
            try {
                Structure s = structures.get(Caller.SYSTEM, d.partner());
                country = s.country();
            } catch (NotFoundException e) {
                v.check(false, "partner", "unknown", () -> EngagementTexts.MESSAGES.text("error.field.unknown-partner", d.partner()));
            }
        }
        v.check(!d.themes().isEmpty(), "themes", "required", () -> EngagementTexts.MESSAGES.text("error.field.themes-required"));
        for (String code : d.themes()) {
            boolean known = themes.find(Caller.SYSTEM, code).map(Theme::available).orElse(false);
            v.check(known, "themes", "unknown", () -> EngagementTexts.MESSAGES.text("error.field.unknown-theme", code));
        }
        v.required("language", d.language());
        v.check(d.languages().isEmpty() || d.language() == null || d.languages().contains(d.language()), "languages",
                "invalid-value", () -> EngagementTexts.MESSAGES.text("error.field.languages-include-language", d.language().code()));
        v.check(d.title() != null && d.language() != null && d.title().exact(d.language()).filter(t -> !t.isBlank()).isPresent(),
                "title", "required", () -> EngagementTexts.MESSAGES.text("error.field.title-in-language"));
        if (d.title() != null) {
            d.title().values().forEach((l, t) -> v.maxLength("title." + l.code(), t, 300));
        }
        boolean physical = d.venue() != null;
        boolean online = d.onlineLink() != null && !d.onlineLink().isBlank();
        v.check(physical != online, physical ? "onlineLink" : "venue", "invalid-value",
                () -> EngagementTexts.MESSAGES.text("error.field.venue-or-online"));
        if (physical) {
            checkVenue(v, d.venue(), country);
        }
        if (online) {
            v.check(isWebLink(d.onlineLink()), "onlineLink", "invalid-value",
                    () -> EngagementTexts.MESSAGES.text("error.field.web-link"));
            v.maxLength("onlineLink", d.onlineLink(), 500);
        }
        v.required("start", d.start());
        v.required("end", d.end());
        v.required("timeZone", d.timeZone());
        v.checkIfPresent(d.timeZone(), EventChecks::isZone, "timeZone", "invalid-value",
                () -> EngagementTexts.MESSAGES.text("error.field.time-zone"));
        ZoneId zone = d.timeZone() != null && isZone(d.timeZone()) ? ZoneId.of(d.timeZone()) : null;
        boolean startExists = zone == null || checkWallClock(v, "start", d.start(), zone);
        boolean endExists = zone == null || checkWallClock(v, "end", d.end(), zone);
        // compared as instants once resolved: the wall clocks alone can put an end before its start across a change of offset
        v.check(d.start() == null || d.end() == null || !startExists || !endExists
                || (zone == null ? d.end().isAfter(d.start()) : d.end().atZone(zone).isAfter(d.start().atZone(zone))), "end",
                "invalid-value", () -> EngagementTexts.MESSAGES.text("error.field.end-after-start"));
        v.required("capacity", d.capacity());
        v.checkIfPresent(d.capacity(), c -> c >= 1 && c <= MAX_CAPACITY, "capacity", "invalid-value",
                () -> EngagementTexts.MESSAGES.text("error.field.capacity-range", MAX_CAPACITY));
        // a capacity out of range is one error, not also a shortfall against the places taken
        v.checkIfPresent(d.capacity(), c -> c < 1 || c > MAX_CAPACITY || c >= confirmed, "capacity", "below-registrations",
                () -> EngagementTexts.MESSAGES.text("error.field.capacity-below-registrations", confirmed));
        return v;
    }

    /** Before opening: the title and description in every language the event offers. */
    static Validator publishable(Set<Language> languages, org.cybersudoe.core.i18n.LocalizedText title,
            org.cybersudoe.core.i18n.LocalizedText description) {
        Validator v = new Validator();
        for (Language l : languages) {
            v.check(title.exact(l).filter(t -> !t.isBlank()).isPresent(), "title." + l.code(), "required",
                    () -> EngagementTexts.MESSAGES.text("error.field.announced-title", l.code()));
            v.check(description.exact(l).filter(t -> !t.isBlank()).isPresent(), "description." + l.code(), "required",
                    () -> EngagementTexts.MESSAGES.text("error.field.announced-description", l.code()));
        }
        return v;
    }

    private static void checkVenue(Validator v, Venue venue, String country) {
        v.required("venue.name", venue.name());
        v.maxLength("venue.name", venue.name(), 200);
        v.maxLength("venue.address", venue.address(), 300);
        v.required("venue.city", venue.city());
        v.maxLength("venue.city", venue.city(), 100);
        v.required("venue.region", venue.region());
        if (venue.region() != null && !venue.region().isBlank()) {
            boolean nuts2 = Places.isNuts2(venue.region());
            v.check(nuts2, "venue.region", "invalid-value", () -> EngagementTexts.MESSAGES.text("error.field.nuts2"));
            if (country != null && nuts2) {
                v.check(Places.isNutsOf(venue.region(), country), "venue.region", "invalid-value",
                        () -> EngagementTexts.MESSAGES.text("error.field.region-country", country, Places.nutsPrefix(country)));
            }
        }
    }

    /**
     * A wall-clock time must name exactly one instant in the zone: a time the clocks skip (spring forward) would be moved,
     * and one they pass twice (fall back) would be one of two guesses, so both are refused, as offsets are. True when the
     * time names one instant (or is missing, which {@code required} reports).
     */
    private static boolean checkWallClock(Validator v, String field, LocalDateTime time, ZoneId zone) {
        if (time == null) {
            return true;
        }
        ZoneOffsetTransition change = zone.getRules().getTransition(time);
        if (change == null) {
            return true;
        }
        String from = CLOCK.format(change.getDateTimeBefore());
        String to = CLOCK.format(change.getDateTimeAfter());
        v.check(false, field, "invalid-value", () -> EngagementTexts.MESSAGES.text(
                change.isGap() ? "error.field.local-time-skipped" : "error.field.local-time-repeated", zone.getId(), from, to));
        return false;
    }

    private static boolean isZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    static boolean isWebLink(String link) {
        try {
            URI uri = URI.create(link.strip());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
