package org.cybersudoe.network.internal.loader;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.persistence.EntityManager;

import org.cybersudoe.core.error.FieldError;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.network.MeetingDraft;
import org.cybersudoe.network.MeetingKind;
import org.cybersudoe.network.MembershipStatus;
import org.cybersudoe.network.PersonDraft;
import org.cybersudoe.network.StructureDraft;
import org.cybersudoe.network.internal.Checks;
import org.cybersudoe.network.internal.NetworkDatabase;
import org.cybersudoe.network.internal.jpa.BudgetLineColumns;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Loads one programme data file: reads and checks all of it first, then upserts it by
 * natural keys (programme, work package, structure and committee codes, person e-mail,
 * meeting committee + start) in one transaction. A file with any problem is refused whole:
 * nothing of it is written, and the {@link ValidationException} names every offending field.
 * Loading the same file again changes nothing.
 *
 * <p>A file is one JSON object with any of these sections, applied in this order:
 * {@code programme}, {@code structures}, {@code people}, {@code committees},
 * {@code meetings}, {@code recurrences} (monthly meetings expanded here, data not code).
 */
public final class ProgrammeLoader {

    private static final Set<String> SECTIONS = Set.of("programme", "structures", "people", "committees",
            "meetings", "recurrences");

    private final NetworkDatabase db;
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    public ProgrammeLoader(NetworkDatabase db) {
        this.db = db;
    }

    /** What a load wrote. */
    public record Result(String file, int created, int updated, int unchanged) {
        @Override
        public String toString() {
            return file + ": " + created + " created, " + updated + " updated, " + unchanged + " unchanged";
        }
    }

    /**
     * Loads a file as {@link Caller#SYSTEM}.
     *
     * @throws ValidationException naming the file and every offending field; nothing is written then
     */
    public Result load(String fileName, InputStream in) throws IOException {
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            throw new ValidationException("(file)", "malformed", fileName + " is not valid JSON: " + e.getOriginalMessage()
                    + " at line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()));
        }
        Validator errors = new Validator();
        ProgrammeData data = parse(root, errors);
        errors.throwIfInvalid();
        Counter counter = new Counter();
        db.tx(em -> {
            write(em, data, counter);
            return null;
        });
        return new Result(fileName, counter.created, counter.updated, counter.unchanged);
    }

    // ---- the file's model, checked before anything is written

    record WorkPackageData(String code, LocalizedText name, List<BudgetLineColumns> lines) {
    }

    record Programme(String code, LocalizedText name, LocalDate startsOn, LocalDate endsOn, BigDecimal statedTotal,
            String currency, String note, List<WorkPackageData> workPackages) {
    }

    record Member(String personEmail, String role, String field) {
    }

    record CommitteeData(String code, LocalizedText name, List<Member> members) {
    }

    record MeetingData(MeetingDraft draft, String field) {
    }

    record ProgrammeData(Programme programme, List<StructureDraft> structures, List<PersonDraft> people,
            List<CommitteeData> committees, List<MeetingData> meetings) {
    }

    private ProgrammeData parse(JsonNode root, Validator errors) {
        JsonFields file = new JsonFields(root, "", errors);
        Programme programme = null;
        JsonFields p = file.object("programme");
        if (p != null) {
            programme = programme(p);
        }
        List<StructureDraft> structures = new ArrayList<>();
        for (JsonFields s : file.objects("structures")) {
            structures.add(structure(s));
        }
        checkUnique(errors, "structures", structures.stream().map(StructureDraft::code).toList(), "code");
        List<PersonDraft> people = new ArrayList<>();
        for (JsonFields s : file.objects("people")) {
            people.add(person(s));
        }
        checkUnique(errors, "people", people.stream()
                .map(x -> x.email() == null ? null : x.email().toLowerCase(Locale.ROOT)).toList(), "email");
        List<CommitteeData> committees = new ArrayList<>();
        for (JsonFields c : file.objects("committees")) {
            committees.add(committee(c));
        }
        List<MeetingData> meetings = new ArrayList<>();
        for (JsonFields m : file.objects("meetings")) {
            MeetingDraft d = meeting(m, m.dateTime("start", true));
            meetings.add(new MeetingData(d, m.field("start")));
            m.done();
        }
        for (JsonFields r : file.objects("recurrences")) {
            meetings.addAll(recurrence(r));
        }
        file.done();
        if (root != null && root.isObject() && SECTIONS.stream().noneMatch(file::has)) {
            errors.check(false, "(file)", "required", "has none of the sections " + String.join(", ", SECTIONS));
        }
        return new ProgrammeData(programme, structures, people, committees, meetings);
    }

    private static Programme programme(JsonFields p) {
        Validator v = p.errors();
        String code = p.text("code", true);
        if (code != null) {
            Checks.code(v, p.field("code"), code);
        }
        LocalizedText name = p.localized("name", true);
        LocalDate startsOn = p.date("startsOn", true);
        LocalDate endsOn = p.date("endsOn", true);
        v.check(startsOn == null || endsOn == null || !endsOn.isBefore(startsOn), p.field("endsOn"), "invalid-value",
                "must not be before startsOn");
        BigDecimal stated = p.decimal("statedTotal", false);
        v.check(stated == null || stated.signum() >= 0, p.field("statedTotal"), "invalid-value", "must not be negative");
        String currency = p.text("currency", false);
        v.checkIfPresent(currency, c -> c.matches("[A-Z]{3}"), p.field("currency"), "invalid-value",
                "must be an ISO 4217 code such as EUR");
        String note = p.text("note", false);
        v.maxLength(p.field("note"), note, 2000);
        List<WorkPackageData> wps = new ArrayList<>();
        for (JsonFields w : p.objects("workPackages")) {
            String wpCode = w.text("code", true);
            v.checkIfPresent(wpCode, c -> Checks.WORK_PACKAGE.matcher(c).matches(), w.field("code"), "invalid-value",
                    "must be a work-package code such as GT1");
            LocalizedText wpName = w.localized("name", true);
            List<BudgetLineColumns> lines = new ArrayList<>();
            for (JsonFields l : w.objects("budgetLines")) {
                String label = l.text("label", true);
                v.maxLength(l.field("label"), label, 300);
                BigDecimal amount = l.decimal("amount", true);
                v.check(amount == null || (amount.signum() >= 0 && amount.scale() <= 2), l.field("amount"),
                        "invalid-value", "must be euros, not negative, at most 2 decimals");
                lines.add(new BudgetLineColumns(label, amount == null ? null : amount.setScale(2)));
                l.done();
            }
            w.done();
            wps.add(new WorkPackageData(wpCode, wpName, lines));
        }
        checkUnique(v, p.field("workPackages"), wps.stream().map(WorkPackageData::code).toList(), "code");
        p.done();
        return new Programme(code, name, startsOn, endsOn, stated, currency == null ? "EUR" : currency, note, wps);
    }

    private static StructureDraft structure(JsonFields s) {
        String statusText = s.text("status", true);
        MembershipStatus status = statusText == null ? null : MembershipStatus.fromCode(statusText).orElse(null);
        s.errors().check(statusText == null || status != null, s.field("status"), "invalid-value",
                "must be partner, associated or informed");
        StructureDraft d = new StructureDraft(s.text("code", true), s.localized("name", true), status,
                s.date("statusSince", false), s.text("country", true), s.texts("nutsRegions"), s.text("nutsEdition", false),
                s.languages("languages"), new HashSet<>(s.texts("workPackages")), s.bool("leadPartner"),
                s.text("website", false));
        s.done();
        nested(s, () -> org.cybersudoe.network.internal.StructureServiceImpl.checkDraft(d));
        return d;
    }

    private static PersonDraft person(JsonFields s) {
        PersonDraft d = new PersonDraft(s.text("firstName", true), s.text("lastName", true), s.text("structure", true),
                s.text("function", false), s.text("email", true), s.text("phone", false), s.languages("languages"));
        s.done();
        nested(s, () -> org.cybersudoe.network.internal.DirectoryServiceImpl.checkDraft(d));
        return d;
    }

    private static CommitteeData committee(JsonFields c) {
        String code = c.text("code", true);
        if (code != null) {
            Checks.code(c.errors(), c.field("code"), code);
        }
        LocalizedText name = c.localized("name", true);
        List<Member> members = new ArrayList<>();
        for (JsonFields m : c.objects("members")) {
            String email = m.text("person", true);
            String role = m.text("role", true);
            c.errors().maxLength(m.field("role"), role, 200);
            members.add(new Member(email, role, m.field("person")));
            m.done();
        }
        c.done();
        return new CommitteeData(code, name, members);
    }

    private static MeetingDraft meeting(JsonFields m, LocalDateTime start) {
        String kindText = m.text("kind", true);
        MeetingKind kind = kindText == null ? null : MeetingKind.fromCode(kindText).orElse(null);
        m.errors().check(kindText == null || kind != null, m.field("kind"), "invalid-value",
                "must be seminar or web-conference");
        MeetingDraft d = new MeetingDraft(m.text("committee", true), kind, m.localized("title", true), start,
                m.text("timeZone", true), m.integer("durationMinutes", false), m.text("host", true), m.text("city", false),
                m.text("venue", false), m.text("country", false), m.text("link", false), m.texts("agenda"));
        nested(m, () -> org.cybersudoe.network.internal.MeetingServiceImpl.checkDraft(d));
        return d;
    }

    /**
     * A monthly series: {@code from}/{@code until} months (YYYY-MM, inclusive),
     * {@code excludeMonths} (1-12), {@code weekday} and {@code weekOfMonth} (1-4, or -1 for
     * the last), {@code time} (HH:MM); the other fields are those of a meeting.
     */
    private static List<MeetingData> recurrence(JsonFields r) {
        Validator v = r.errors();
        YearMonth from = r.parse("from", true, YearMonth::parse, "a month such as 2009-07");
        YearMonth until = r.parse("until", true, YearMonth::parse, "a month such as 2011-12");
        List<Integer> excluded = r.integers("excludeMonths");
        for (int i = 0; i < excluded.size(); i++) {
            int n = excluded.get(i);
            v.check(n >= 1 && n <= 12, r.field("excludeMonths") + "[" + i + "]", "invalid-value", "months are 1 to 12");
        }
        DayOfWeek weekday = r.parse("weekday", true, t -> DayOfWeek.valueOf(t.toUpperCase(Locale.ROOT)),
                "a weekday such as TUESDAY");
        Integer week = r.integer("weekOfMonth", true);
        v.check(week == null || (week >= 1 && week <= 4) || week == -1, r.field("weekOfMonth"), "invalid-value",
                "must be 1 to 4, or -1 for the last");
        LocalTime time = r.parse("time", true, LocalTime::parse, "a time such as 10:00");
        v.check(from == null || until == null || !until.isBefore(from), r.field("until"), "invalid-value",
                "must not be before from");
        List<MeetingData> out = new ArrayList<>();
        MeetingDraft template = meeting(r, time == null ? null : LocalDate.of(2000, 1, 3).atTime(time));
        r.done();
        if (from == null || until == null || weekday == null || week == null || time == null || !until.isAfter(from.minusMonths(1))) {
            return out;
        }
        for (YearMonth month = from; !month.isAfter(until); month = month.plusMonths(1)) {
            if (excluded.contains(month.getMonthValue())) {
                continue;
            }
            LocalDate day = week == -1 ? month.atEndOfMonth().with(TemporalAdjusters.lastInMonth(weekday))
                    : month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(week, weekday));
            out.add(new MeetingData(new MeetingDraft(template.committeeCode(), template.kind(), template.title(),
                    day.atTime(time), template.timeZone(), template.durationMinutes(), template.hostPartner(),
                    template.city(), template.venue(), template.country(), template.link(), template.agenda()),
                    r.field("from")));
        }
        return out;
    }

    /** Runs a service's own checks on what the file gave, adding the fields not reported yet. */
    private static void nested(JsonFields s, Runnable check) {
        try {
            check.run();
        } catch (ValidationException e) {
            Set<String> reported = new HashSet<>();
            s.errors().errors().forEach(fe -> reported.add(fe.field()));
            for (FieldError fe : e.fieldErrors()) {
                String field = s.field(fe.field());
                if (reported.add(field)) {
                    s.errors().check(false, field, fe.code(), fe.detail());
                }
            }
        }
    }

    private static void checkUnique(Validator v, String field, List<String> keys, String keyName) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            if (k != null && !seen.add(k)) {
                v.check(false, field + "[" + i + "]." + keyName, "duplicate", "'" + k + "' appears twice in the file");
            }
        }
    }

    // ---- writing, in one transaction

    private static final class Counter {
        int created;
        int updated;
        int unchanged;

        void count(boolean isNew, boolean changed) {
            if (isNew) {
                created++;
            } else if (changed) {
                updated++;
            } else {
                unchanged++;
            }
        }
    }

    private void write(EntityManager em, ProgrammeData data, Counter counter) {
        Caller system = Caller.SYSTEM;
        if (data.programme() != null) {
            Upserts.programme(em, data.programme(), counter::count);
        }
        for (StructureDraft s : data.structures()) {
            Upserts.structure(em, s, system, counter::count);
        }
        Validator refs = new Validator();
        for (int i = 0; i < data.people().size(); i++) {
            Upserts.person(em, data.people().get(i), "people[" + i + "].structure", refs, counter::count);
        }
        refs.throwIfInvalid();
        for (CommitteeData c : data.committees()) {
            Upserts.committee(em, c, refs, counter::count);
        }
        refs.throwIfInvalid();
        for (MeetingData m : data.meetings()) {
            Upserts.meeting(em, m, refs, counter::count);
        }
        refs.throwIfInvalid();
    }
}
