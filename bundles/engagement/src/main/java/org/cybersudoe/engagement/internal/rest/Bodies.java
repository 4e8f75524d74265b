package org.cybersudoe.engagement.internal.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.engagement.CompanyHistory;
import org.cybersudoe.engagement.Event;
import org.cybersudoe.engagement.EventDraft;
import org.cybersudoe.engagement.Mission;
import org.cybersudoe.engagement.MissionDraft;
import org.cybersudoe.engagement.MissionReport;
import org.cybersudoe.engagement.Registration;
import org.cybersudoe.engagement.RegistrationRequest;
import org.cybersudoe.engagement.ReportDraft;
import org.cybersudoe.engagement.SignInReport;
import org.cybersudoe.engagement.Venue;
import org.cybersudoe.engagement.internal.EngagementTexts;

/** The JSON shapes of the engagement area: codes for enumerations, {@code {"fr": ..}} maps for texts. */
public final class Bodies {

    private Bodies() {
    }

    public record EventBody(Long id, String uid, String partner, List<String> themes, String language, List<String> languages,
            Map<String, String> title, Map<String, String> description, String format, Venue venue, String onlineLink,
            LocalDateTime start, LocalDateTime end, String timeZone, OffsetDateTime startsAt, OffsetDateTime endsAt,
            Integer capacity, Integer confirmed, Integer waiting, Integer companiesAttended, String status, Boolean underAttended,
            Integer sequence, Instant updatedAt, Long version) {
    }

    public record StatusBody(String status, Long version) {
    }

    public record RegistrationBody(Long id, Long eventId, Long companyId, Long contactId, String companyName, String country,
            String nationalId, String region, String contactName, String email, String language, String status,
            Integer waitingPosition, Instant registeredAt, Instant checkedInAt) {
    }

    public record CheckInBody(Long registrationId, String email) {
    }

    public record MissionBody(Long id, Long companyId, String companyName, String partner, String consultant, LocalDate start,
            LocalDate end, BigDecimal consultantDays, List<String> themes, String language, String status, String reportStatus,
            Instant updatedAt, Long version) {
    }

    public record ReportBody(Long missionId, String language, String situation, String needs, String recommendations,
            List<String> specification, String status, String writtenBy, Instant updatedAt, String signedOffBy, Instant signedOffAt,
            Long version) {
    }

    public record HistoryBody(long companyId, List<AttendedBody> events, List<MissionBody> missions) {
    }

    public record AttendedBody(EventBody event, RegistrationBody registration) {
    }

    /** An accepted sign-in sheet: a sheet with wrong lines is answered as a validation problem instead. */
    public record SignInBody(int lines, int checkedIn, int alreadyCheckedIn) {
    }

    static EventBody body(Event e) {
        return new EventBody(e.id(), e.uid(), e.partner(), e.themes().stream().sorted().toList(), e.language().code(),
                codes(e.languages()), e.title().byCode(), e.description().byCode(), e.format().name().toLowerCase(), e.venue(),
                e.onlineLink(), e.start().toLocalDateTime(), e.end().toLocalDateTime(), e.start().getZone().getId(),
                e.start().toOffsetDateTime(), e.end().toOffsetDateTime(), e.capacity(), e.confirmed(), e.waiting(),
                e.companiesAttended(), e.status().code(), e.underAttended(), e.sequence(), e.updatedAt(), e.version());
    }

    public static EventDraft draft(EventBody b) {
        Validator v = new Validator().required("body", b);
        v.throwIfInvalid();
        Language language = language(v, "language", b.language());
        Set<Language> languages = EnumSet.noneOf(Language.class);
        if (b.languages() != null) {
            for (String code : b.languages()) {
                Language l = language(v, "languages", code);
                if (l != null) {
                    languages.add(l);
                }
            }
        }
        LocalizedText title = LocalizedText.ofCodes(b.title(), v, "title");
        LocalizedText description = LocalizedText.ofCodes(b.description() == null ? Map.of() : b.description(), v, "description");
        v.throwIfInvalid();
        return new EventDraft(b.partner(), b.themes() == null ? Set.of() : Set.copyOf(b.themes()), language, languages, title,
                description, b.venue(), b.onlineLink(), b.start(), b.end(), b.timeZone(), b.capacity());
    }

    static RegistrationBody body(Registration r) {
        return new RegistrationBody(r.id(), r.eventId(), r.companyId(), r.contactId(), r.companyName(), r.country(), null, null,
                r.contactName(), r.email(), r.language().code(), r.status().code(), r.waitingPosition(), r.registeredAt(),
                r.checkedInAt());
    }

    /** The answer to a registration without credentials: what the registrant sent, and where they stand. */
    static RegistrationBody publicBody(Registration r, RegistrationRequest sent) {
        return new RegistrationBody(r.id(), r.eventId(), null, null, sent.companyName(), sent.country(), sent.nationalId(),
                sent.region(), sent.contactName(), sent.email(), r.language().code(), r.status().code(), r.waitingPosition(),
                null, null);
    }

    static RegistrationRequest request(RegistrationBody b) {
        Validator v = new Validator().required("body", b);
        v.throwIfInvalid();
        Language language = b.language() == null ? null : language(v, "language", b.language());
        v.throwIfInvalid();
        return new RegistrationRequest(b.companyId(), b.companyName(), b.country(), b.nationalId(), b.region(), b.contactName(),
                b.email(), language);
    }

    static MissionBody body(Mission m) {
        return new MissionBody(m.id(), m.companyId(), m.companyName(), m.partner(), m.consultant(), m.start(), m.end(),
                m.consultantDays(), m.themes().stream().sorted().toList(), m.language().code(), m.status().code(),
                m.reportStatus() == null ? null : m.reportStatus().code(), m.updatedAt(), m.version());
    }

    static MissionDraft draft(MissionBody b) {
        Validator v = new Validator().required("body", b);
        v.throwIfInvalid();
        Language language = b.language() == null ? null : language(v, "language", b.language());
        v.throwIfInvalid();
        return new MissionDraft(b.companyId(), b.partner(), b.consultant(), b.start(), b.end(), b.consultantDays(),
                b.themes() == null ? Set.of() : Set.copyOf(b.themes()), language);
    }

    static ReportBody body(MissionReport r) {
        return new ReportBody(r.missionId(), r.language().code(), r.situation(), r.needs(), r.recommendations(), r.specification(),
                r.status().code(), r.writtenBy(), r.updatedAt(), r.signedOffBy(), r.signedOffAt(), r.version());
    }

    public static ReportDraft draft(ReportBody b) {
        Validator v = new Validator().required("body", b);
        v.throwIfInvalid();
        return new ReportDraft(b.situation(), b.needs(), b.recommendations(), b.specification());
    }

    static HistoryBody body(CompanyHistory h) {
        return new HistoryBody(h.companyId(), h.events().stream().map(a -> new AttendedBody(body(a.event()), body(a.registration())))
                .toList(), h.missions().stream().map(Bodies::body).toList());
    }

    static SignInBody body(SignInReport r) {
        return new SignInBody(r.lines(), r.checkedIn(), r.alreadyCheckedIn());
    }

    private static Language language(Validator v, String field, String code) {
        if (code == null) {
            return null;
        }
        var l = Language.fromCode(code).filter(x -> x.code().equals(code));
        v.check(l.isPresent(), field, "invalid-value", () -> EngagementTexts.MESSAGES.text("error.field.language-codes"));
        return l.orElse(null);
    }

    private static List<String> codes(Set<Language> languages) {
        return languages.stream().sorted().map(Language::code).toList();
    }
}
