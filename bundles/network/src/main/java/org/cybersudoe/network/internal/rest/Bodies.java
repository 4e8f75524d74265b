package org.cybersudoe.network.internal.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.network.Attendance;
import org.cybersudoe.network.AttendanceEntry;
import org.cybersudoe.network.AttendanceStatus;
import org.cybersudoe.network.BudgetCheck;
import org.cybersudoe.network.Committee;
import org.cybersudoe.network.CommitteeMember;
import org.cybersudoe.network.Decision;
import org.cybersudoe.network.DocumentInfo;
import org.cybersudoe.network.DocumentVersion;
import org.cybersudoe.network.Meeting;
import org.cybersudoe.network.MeetingDraft;
import org.cybersudoe.network.MeetingKind;
import org.cybersudoe.network.MembershipStatus;
import org.cybersudoe.network.Person;
import org.cybersudoe.network.PersonDraft;
import org.cybersudoe.network.PressReleaseReminder;
import org.cybersudoe.network.Programme;
import org.cybersudoe.network.StatusChange;
import org.cybersudoe.network.Structure;
import org.cybersudoe.network.StructureDraft;
import org.cybersudoe.network.WorkPackage;
import org.cybersudoe.network.internal.NetworkTexts;

/**
 * The JSON shapes of the network's REST resources, kept apart from the Java API so each can
 * evolve: localized texts are objects keyed by language code ({@code {"fr": "...", "en": "..."}}),
 * enumerations are lower-case codes ({@code partner}, {@code web-conference}, {@code present}).
 * Conversions name the offending field of a body in a ValidationException.
 */
public final class Bodies {

    private Bodies() {
    }

    // ---- structures

    public record StructureBody(String code, Map<String, String> name, String status, LocalDate statusSince,
            String country, List<String> nutsRegions, String nutsEdition, List<String> languages,
            List<String> workPackages, Boolean leadPartner, String website, Long version) {
    }

    public record StatusBody(String status, LocalDate effectiveOn, String note) {
    }

    public record StatusChangeBody(String status, LocalDate changedOn, String changedBy, String note, Instant recordedAt) {
    }

    static StructureBody body(Structure s) {
        return new StructureBody(s.code(), names(s.name()), s.status().code(), s.statusSince(), s.country(),
                s.nutsRegions(), s.nutsEdition(), codes(s.languages()), s.workPackages().stream().sorted().toList(),
                s.leadPartner(), s.website(), s.version());
    }

    static StatusChangeBody body(StatusChange c) {
        return new StatusChangeBody(c.status().code(), c.changedOn(), c.changedBy(), c.note(), c.recordedAt());
    }

    static StructureDraft draft(StructureBody b) {
        Validator v = new Validator().required("body", b);
        v.throwIfInvalid();
        MembershipStatus status = optionalEnum(v, "status", b.status(), MembershipStatus::fromCode,
                "error.field.membership-status");
        LocalizedText name = text(v, "name", b.name());
        Set<Language> languages = languages(v, "languages", b.languages());
        v.throwIfInvalid();
        return new StructureDraft(b.code(), name, status, b.statusSince(), b.country(), b.nutsRegions(),
                b.nutsEdition(), languages, b.workPackages() == null ? Set.of() : new HashSet<>(b.workPackages()),
                Boolean.TRUE.equals(b.leadPartner()), b.website());
    }

    // ---- people

    public record PersonBody(Long id, String firstName, String lastName, String structure, String function, String email,
            String phone, List<String> languages, Long version) {
    }

    static PersonBody body(Person p) {
        return new PersonBody(p.id(), p.firstName(), p.lastName(), p.structureCode(), p.function(), p.email(), p.phone(),
                codes(p.languages()), p.version());
    }

    static PersonDraft draft(PersonBody b) {
        Validator v = new Validator().required("body", b);
        v.throwIfInvalid();
        Set<Language> languages = languages(v, "languages", b.languages());
        v.throwIfInvalid();
        return new PersonDraft(b.firstName(), b.lastName(), b.structure(), b.function(), b.email(), b.phone(), languages);
    }

    // ---- committees

    public record MemberBody(long personId, String personName, String structure, String role) {
    }

    public record CommitteeBody(String code, Map<String, String> name, List<MemberBody> members) {
    }

    public record RoleBody(String role) {
    }

    static CommitteeBody body(Committee c) {
        return new CommitteeBody(c.code(), names(c.name()), c.members().stream().map(Bodies::body).toList());
    }

    static MemberBody body(CommitteeMember m) {
        return new MemberBody(m.personId(), m.personName(), m.structureCode(), m.role());
    }

    // ---- meetings

    public record AttendanceBody(long personId, String personName, String structure, String status) {
    }

    public record DecisionBody(int number, String text, LocalDate decidedOn) {
    }

    public record MeetingBody(Long id, String committee, String kind, Map<String, String> title, LocalDateTime start,
            String timeZone, OffsetDateTime startsAt, Integer durationMinutes, String host, String city, String venue,
            String country, String link, List<String> agenda, List<AttendanceBody> attendance, String minutes,
            List<DecisionBody> decisions, Long version) {
    }

    public record AttendanceEntryBody(Long personId, String status) {
    }

    public record AttendanceRecordBody(List<AttendanceEntryBody> entries) {
    }

    public record MinutesBody(String minutes, Long version) {
    }

    public record NewDecisionBody(String text, LocalDate decidedOn) {
    }

    static MeetingBody body(Meeting m) {
        return new MeetingBody(m.id(), m.committeeCode(), m.kind().code(), names(m.title()), m.start(), m.timeZone(),
                m.startInZone().toOffsetDateTime(), m.durationMinutes(), m.hostPartner(), m.city(), m.venue(),
                m.country(), m.link(), m.agenda(),
                m.attendance().stream().map(Bodies::body).toList(), m.minutes(),
                m.decisions().stream().map(Bodies::body).toList(), m.version());
    }

    static AttendanceBody body(Attendance a) {
        return new AttendanceBody(a.personId(), a.personName(), a.structureCode(), a.status().code());
    }

    static DecisionBody body(Decision d) {
        return new DecisionBody(d.number(), d.text(), d.decidedOn());
    }

    static MeetingDraft draft(MeetingBody b) {
        Validator v = new Validator().required("body", b);
        v.throwIfInvalid();
        MeetingKind kind = optionalEnum(v, "kind", b.kind(), MeetingKind::fromCode, "error.field.meeting-kind");
        LocalizedText title = text(v, "title", b.title());
        v.check(b.attendance() == null && b.decisions() == null && b.minutes() == null, "attendance", "invalid-value",
                () -> NetworkTexts.MESSAGES.text("error.field.meeting-records-apart"));
        v.throwIfInvalid();
        return new MeetingDraft(b.committee(), kind, title, b.start(), b.timeZone(), b.durationMinutes(), b.host(),
                b.city(), b.venue(), b.country(), b.link(), b.agenda());
    }

    static List<AttendanceEntry> entries(AttendanceRecordBody b) {
        Validator v = new Validator().required("entries", b == null ? null : b.entries());
        List<AttendanceEntry> out = new ArrayList<>();
        if (b != null && b.entries() != null) {
            for (int i = 0; i < b.entries().size(); i++) {
                AttendanceEntryBody e = b.entries().get(i);
                String field = "entries[" + i + "]";
                v.required(field + ".personId", e == null ? null : e.personId());
                AttendanceStatus status = e == null ? null
                        : optionalEnum(v, field + ".status", e.status(), AttendanceStatus::fromCode,
                                "error.field.attendance-status");
                v.required(field + ".status", e == null ? null : e.status());
                if (e != null && e.personId() != null && status != null) {
                    out.add(new AttendanceEntry(e.personId(), status));
                }
            }
        }
        v.throwIfInvalid();
        return out;
    }

    // ---- reminders

    public record ReminderBody(long meetingId, String committee, Map<String, String> meetingTitle, LocalDate meetingDate,
            String city, String host, LocalDate dueOn, String state, LocalDate sentOn, String sentBy) {
    }

    public record SentBody(LocalDate sentOn) {
    }

    static ReminderBody body(PressReleaseReminder r) {
        return new ReminderBody(r.meetingId(), r.committeeCode(), names(r.meetingTitle()), r.meetingDate(), r.city(),
                r.hostPartner(), r.dueOn(), r.state().name().toLowerCase(), r.sentOn(), r.sentBy());
    }

    // ---- documents

    public record VersionBody(long documentId, int version, String fileName, String contentType, long size,
            String sha256, String uploadedBy, Instant uploadedAt) {
    }

    public record DocumentBody(long id, String folderType, String folderCode, String title, String owner,
            int latestVersion, VersionBody latest, String createdBy, Instant createdAt) {
    }

    static VersionBody body(DocumentVersion v) {
        return new VersionBody(v.documentId(), v.version(), v.fileName(), v.contentType(), v.size(), v.sha256(),
                v.uploadedBy(), v.uploadedAt());
    }

    static DocumentBody body(DocumentInfo d) {
        return new DocumentBody(d.id(), d.folderType().code(), d.folderCode(), d.title(), d.ownerPartner(),
                d.latestVersion(), body(d.latest()), d.createdBy(), d.createdAt());
    }

    // ---- programme

    public record BudgetLineBody(String label, BigDecimal amount) {
    }

    public record WorkPackageBody(String code, Map<String, String> name, List<BudgetLineBody> budgetLines,
            BigDecimal budget, List<String> copilots) {
    }

    public record BudgetCheckBody(BigDecimal statedTotal, BigDecimal sumOfLines, BigDecimal difference,
            boolean consistent, String message) {
    }

    public record ProgrammeBody(String code, Map<String, String> name, LocalDate startsOn, LocalDate endsOn,
            String currency, String note, List<WorkPackageBody> workPackages, BudgetCheckBody budgetCheck) {
    }

    static WorkPackageBody body(WorkPackage w) {
        return new WorkPackageBody(w.code(), names(w.name()),
                w.budgetLines().stream().map(l -> new BudgetLineBody(l.label(), l.amount())).toList(), w.budget(),
                w.copilots());
    }

    static BudgetCheckBody body(BudgetCheck c) {
        return new BudgetCheckBody(c.statedTotal(), c.sumOfLines(), c.difference(), c.consistent(), c.message());
    }

    static ProgrammeBody body(Programme p) {
        return new ProgrammeBody(p.code(), names(p.name()), p.startsOn(), p.endsOn(), p.currency(), p.note(),
                p.workPackages().stream().map(Bodies::body).toList(), body(p.budgetCheck()));
    }

    // ---- shared conversions

    /** A localized text as {@code {"fr": "...", ...}}, languages in the platform's order. */
    static Map<String, String> names(LocalizedText text) {
        return text == null ? Map.of() : text.byCode();
    }


    static LocalizedText text(Validator v, String field, Map<String, String> byCode) {
        return LocalizedText.ofCodes(byCode, v, field);
    }

    static Set<Language> languages(Validator v, String field, List<String> codes) {
        Set<Language> out = new LinkedHashSet<>();
        if (codes != null) {
            for (int i = 0; i < codes.size(); i++) {
                String code = codes.get(i);
                Optional<Language> language = Language.fromCode(code).filter(l -> l.code().equals(code));
                v.check(language.isPresent(), field + "[" + i + "]", "invalid-value",
                        () -> NetworkTexts.MESSAGES.text("error.field.language"));
                language.ifPresent(out::add);
            }
        }
        return out;
    }

    static List<String> codes(Set<Language> languages) {
        return languages.stream().sorted().map(Language::code).toList();
    }

    /** {@code textKey} is the catalog's sentence listing the codes, such as {@code error.field.meeting-kind}. */
    static <E> E optionalEnum(Validator v, String field, String code, Function<String, Optional<E>> parse,
            String textKey) {
        if (code == null) {
            return null;
        }
        Optional<E> value = parse.apply(code);
        v.check(value.isPresent(), field, "invalid-value", () -> NetworkTexts.MESSAGES.text(textKey));
        return value.orElse(null);
    }
}
