package org.cybersudoe.network.internal;

import org.cybersudoe.persistence.EntityCollections;
import org.cybersudoe.persistence.Jpql;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import javax.persistence.LockModeType;

import org.cybersudoe.core.error.ConflictException;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.network.Attendance;
import org.cybersudoe.network.AttendanceEntry;
import org.cybersudoe.network.AttendanceStatus;
import org.cybersudoe.network.Decision;
import org.cybersudoe.network.Meeting;
import org.cybersudoe.network.MeetingDraft;
import org.cybersudoe.network.MeetingKind;
import org.cybersudoe.network.MeetingQuery;
import org.cybersudoe.network.MeetingService;
import org.cybersudoe.network.PressReleaseReminder;
import org.cybersudoe.network.ReminderState;
import org.cybersudoe.network.internal.jpa.CommitteeEntity;
import org.cybersudoe.network.internal.jpa.DecisionEntity;
import org.cybersudoe.network.internal.jpa.LocalizedColumns;
import org.cybersudoe.network.internal.jpa.MeetingEntity;
import org.cybersudoe.network.internal.jpa.PersonEntity;
import org.cybersudoe.network.internal.jpa.StructureEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

@Component(service = MeetingService.class, configurationPid = NetworkConfig.PID)
@Designate(ocd = NetworkConfig.class)
public class MeetingServiceImpl implements MeetingService {

    private static final Map<String, String> SORT = Map.of("start", "m.startUtc", "committee", "m.committee.code",
            "kind", "m.kind");

    private final NetworkDatabase db;
    private volatile int leadDays;

    @Activate
    public MeetingServiceImpl(@Reference NetworkDatabase db, NetworkConfig config) {
        this.db = db;
        modified(config);
    }

    @Modified
    void modified(NetworkConfig config) {
        this.leadDays = Math.max(0, config.pressReleaseLeadDays());
    }

    @Override
    public Page<Meeting> list(Caller caller, MeetingQuery query, PageRequest page) {
        caller.requireNetworkRead();
        MeetingQuery q = query == null ? MeetingQuery.all() : query;
        // Day bounds are widened by a day to cover every zone, then filtered on the local date.
        return db.tx(em -> new Jpql("MeetingEntity", "m")
                .where("m.committee.code = :committee", "committee", Checks.clean(q.committeeCode()))
                .where("m.kind = :kind", "kind", q.kind() == null ? null : q.kind().name())
                .where("m.startLocal >= :from", "from", q.from() == null ? null : q.from().atStartOfDay())
                .where("m.startLocal < :to", "to", q.to() == null ? null : q.to().plusDays(1).atStartOfDay())
                .page(em, MeetingEntity.class, page, SORT, "m.startUtc ASC, m.id ASC")
                .map(m -> map(em, m)));
    }

    @Override
    public Meeting get(Caller caller, long id) {
        caller.requireNetworkRead();
        return db.tx(em -> map(em, find(em, id)));
    }

    @Override
    public Meeting schedule(Caller caller, MeetingDraft draft) {
        caller.requireNetworkRead();
        MeetingDraft d = withDefaults(caller, draft);
        validate(d);
        caller.requireChange(d.hostPartner());
        return db.tx(em -> {
            MeetingEntity m = new MeetingEntity();
            apply(em, m, d);
            checkFree(em, m);
            em.persist(m);
            em.flush();
            return map(em, m);
        });
    }

    @Override
    public Meeting update(Caller caller, long id, long expectedVersion, MeetingDraft draft) {
        caller.requireNetworkRead();
        return db.tx(em -> {
            MeetingEntity m = find(em, id);
            caller.requireChange(m.host.code);
            MeetingDraft d = draft != null && draft.hostPartner() == null ? new MeetingDraft(draft.committeeCode(),
                    draft.kind(), draft.title(), draft.start(), draft.timeZone(), draft.durationMinutes(), m.host.code,
                    draft.city(), draft.venue(), draft.country(), draft.link(), draft.agenda()) : draft;
            validate(d);
            caller.requireChange(d.hostPartner());
            Meeting before = map(em, m);
            apply(em, m, d);
            if (before.version() != expectedVersion && !map(em, m).equals(before)) {
                throw StructureServiceImpl.stale("error.conflict.stale.meeting", id, before.version());
            }
            checkFree(em, m);
            em.flush();
            return map(em, m);
        });
    }

    @Override
    public Meeting recordAttendance(Caller caller, long id, List<AttendanceEntry> entries) {
        caller.requireNetworkRead();
        Validator v = new Validator().required("entries", entries);
        if (entries != null) {
            for (int i = 0; i < entries.size(); i++) {
                AttendanceEntry e = entries.get(i);
                v.check(e != null && e.personId() > 0, "entries[" + i + "].personId", "required", "is required");
                v.check(e != null && e.status() != null, "entries[" + i + "].status", "required",
                        () -> NetworkTexts.MESSAGES.text("error.field.attendance-status"));
            }
        }
        v.throwIfInvalid();
        return db.tx(em -> {
            MeetingEntity m = find(em, id);
            caller.requireChange(m.host.code);
            Validator unknown = new Validator();
            for (int i = 0; i < entries.size(); i++) {
                long personId = entries.get(i).personId();
                unknown.check(em.find(PersonEntity.class, personId) != null, "entries[" + i + "].personId", "unknown",
                        () -> NetworkTexts.MESSAGES.text("error.field.no-person", personId));
            }
            unknown.throwIfInvalid();
            entries.forEach(e -> m.attendance.put(e.personId(), e.status().name()));
            em.flush();
            return map(em, m);
        });
    }

    @Override
    public Meeting setMinutes(Caller caller, long id, long expectedVersion, String minutes) {
        caller.requireNetworkRead();
        new Validator().required("minutes", minutes).maxLength("minutes", minutes, 200_000).throwIfInvalid();
        return db.tx(em -> {
            MeetingEntity m = find(em, id);
            caller.requireChange(m.host.code);
            String text = minutes.strip();
            if (text.equals(m.minutes)) {
                // stale or not, the meeting already holds these minutes: a retry whose first answer was lost,
                // or the same minutes stored by someone else; nothing is overwritten and the version stays
                return map(em, m);
            }
            if (m.version != expectedVersion) {
                throw StructureServiceImpl.stale("error.conflict.stale.meeting", id, m.version);
            }
            m.minutes = text;
            em.flush();
            return map(em, m);
        });
    }

    @Override
    public Meeting addDecision(Caller caller, long id, String text, LocalDate decidedOn) {
        caller.requireNetworkRead();
        new Validator().required("text", text).maxLength("text", text, 20_000).throwIfInvalid();
        return db.tx(em -> {
            MeetingEntity m = find(em, id);
            caller.requireChange(m.host.code);
            DecisionEntity d = new DecisionEntity();
            d.meeting = m;
            d.number = m.decisions.stream().mapToInt(x -> x.number).max().orElse(0) + 1;
            d.text = text.strip();
            d.decidedOn = decidedOn == null ? m.startLocal.toLocalDate() : decidedOn;
            m.decisions.add(d);
            em.persist(d);
            // The decisions are part of the meeting as read, but rows of their own, which the meeting's version
            // does not count (its attendance and minutes, held by the meeting, raise it already). Without this, a
            // client polling the meeting with its ETag would be told nothing changed.
            em.lock(m, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
            return map(em, m);
        });
    }

    @Override
    public List<PressReleaseReminder> reminders(Caller caller, LocalDate asOf) {
        caller.requireNetworkRead();
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        int lead = leadDays;
        return db.tx(em -> em.createQuery("SELECT m FROM MeetingEntity m WHERE m.committee.code = :c AND m.kind = :k"
                + " AND m.startLocal >= :from ORDER BY m.startUtc", MeetingEntity.class)
                .setParameter("c", STEERING_COMMITTEE).setParameter("k", MeetingKind.SEMINAR.name())
                .setParameter("from", day.atStartOfDay()).getResultList().stream()
                .map(m -> reminder(m, day, lead))
                .sorted(Comparator.comparing(PressReleaseReminder::dueOn).thenComparing(PressReleaseReminder::meetingId))
                .toList());
    }

    @Override
    public PressReleaseReminder markPressReleaseSent(Caller caller, long meetingId, LocalDate sentOn) {
        caller.requireNetworkRead();
        return db.tx(em -> {
            MeetingEntity m = find(em, meetingId);
            if (!STEERING_COMMITTEE.equals(m.committee.code) || !MeetingKind.SEMINAR.name().equals(m.kind)) {
                throw new ValidationException("meetingId", "invalid-value",
                        NetworkTexts.MESSAGES.text("error.field.press-release-meeting"));
            }
            caller.requireChange(m.host.code);
            m.pressSentOn = sentOn == null ? LocalDate.now() : sentOn;
            m.pressSentBy = caller.login();
            em.flush();
            return reminder(m, m.pressSentOn, leadDays);
        });
    }

    static PressReleaseReminder reminder(MeetingEntity m, LocalDate day, int leadDays) {
        LocalDate meetingDate = m.startLocal.toLocalDate();
        LocalDate due = meetingDate.minusDays(leadDays);
        ReminderState state = m.pressSentOn != null ? ReminderState.DONE
                : day.isBefore(due) ? ReminderState.UPCOMING
                : day.isEqual(due) ? ReminderState.DUE : ReminderState.OVERDUE;
        return new PressReleaseReminder(m.id, m.committee.code, m.title.toText(), meetingDate, m.city, m.host.code,
                due, state, m.pressSentOn, m.pressSentBy);
    }

    static MeetingEntity find(EntityManager em, long id) {
        MeetingEntity m = em.find(MeetingEntity.class, id);
        if (m == null) {
            throw new NotFoundException(NetworkTexts.MESSAGES.text("error.not-found.meeting", id));
        }
        return m;
    }

    private static void checkFree(EntityManager em, MeetingEntity m) {
        // Not flushed first: on an update, flushing the moved meeting would hit the database's unique key
        // and answer a generic clash instead of naming the meeting already at that time.
        List<Long> clash = em.createQuery("SELECT x.id FROM MeetingEntity x WHERE x.committee = :c AND x.startUtc = :s",
                Long.class).setParameter("c", m.committee).setParameter("s", m.startUtc)
                .setFlushMode(FlushModeType.COMMIT).getResultList();
        Optional<Long> other = clash.stream().filter(x -> !x.equals(m.id)).findFirst();
        if (other.isPresent()) {
            throw new ConflictException("start",
                    NetworkTexts.MESSAGES.text("error.conflict.committee-busy", m.committee.code, other.get()));
        }
    }

    private static MeetingDraft withDefaults(Caller caller, MeetingDraft d) {
        if (d == null || d.hostPartner() != null) {
            return d;
        }
        return new MeetingDraft(d.committeeCode(), d.kind(), d.title(), d.start(), d.timeZone(), d.durationMinutes(),
                caller.partnerCode().orElse(null), d.city(), d.venue(), d.country(), d.link(), d.agenda());
    }

    /** Checks a draft, naming every offending field. */
    public static void checkDraft(MeetingDraft d) {
        validate(d);
    }

    static void validate(MeetingDraft d) {
        Validator v = new Validator();
        if (d == null) {
            v.required("body", null).throwIfInvalid();
        }
        v.required("committee", d.committeeCode()).required("kind", d.kind());
        Checks.localized(v, "title", d.title(), 300);
        v.required("start", d.start());
        Checks.timeZone(v, "timeZone", d.timeZone());
        v.checkIfPresent(d.durationMinutes(), x -> x >= 1 && x <= 24 * 60, "durationMinutes", "invalid-value",
                () -> NetworkTexts.MESSAGES.text("error.field.duration"));
        v.required("host", d.hostPartner());
        if (d.kind() == MeetingKind.SEMINAR) {
            v.required("city", d.city());
            Checks.country(v, "country", d.country(), true);
        } else if (d.kind() == MeetingKind.WEB_CONFERENCE) {
            v.required("link", d.link());
            Checks.country(v, "country", d.country(), false);
        }
        v.maxLength("city", d.city(), 120).maxLength("venue", d.venue(), 300);
        Checks.httpUrl(v, "link", Checks.clean(d.link()));
        for (int i = 0; i < d.agenda().size(); i++) {
            String item = d.agenda().get(i);
            v.required("agenda[" + i + "]", item).maxLength("agenda[" + i + "]", item, 1000);
        }
        v.throwIfInvalid();
    }

    /** Copies a validated draft; unknown committee or host are named as fields. */
    public static void apply(EntityManager em, MeetingEntity m, MeetingDraft d) {
        CommitteeEntity committee = CommitteeServiceImpl.findOptional(em, d.committeeCode());
        StructureEntity host = StructureServiceImpl.findOptional(em, d.hostPartner());
        new Validator()
                .check(committee != null, "committee", "unknown",
                        () -> NetworkTexts.MESSAGES.text("error.field.no-committee", d.committeeCode()))
                .check(host != null, "host", "unknown",
                        () -> NetworkTexts.MESSAGES.text("error.field.no-structure", d.hostPartner()))
                .throwIfInvalid();
        List<String> agenda = d.agenda().stream().map(String::strip).toList();
        if (!agenda.equals(m.agenda)) {
            EntityCollections.refillOrdered(em, m.agenda, agenda);
        }
        m.committee = committee;
        m.host = host;
        m.kind = d.kind().name();
        m.title = LocalizedColumns.of(d.title());
        m.startLocal = d.start().withSecond(0).withNano(0);
        m.timeZone = d.timeZone();
        m.startUtc = utc(m.startLocal, d.timeZone());
        m.durationMinutes = d.durationMinutes() != null ? d.durationMinutes()
                : d.kind() == MeetingKind.SEMINAR ? 120 : 90;
        m.city = Checks.clean(d.city());
        m.venue = Checks.clean(d.venue());
        m.country = Checks.clean(d.country());
        m.link = Checks.clean(d.link());
    }

    public static LocalDateTime utc(LocalDateTime local, String zone) {
        return local.atZone(ZoneId.of(zone)).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    static Meeting map(EntityManager em, MeetingEntity m) {
        List<Attendance> attendance = new ArrayList<>();
        Map<Long, PersonEntity> people = new HashMap<>();
        m.attendance.forEach((personId, status) -> {
            PersonEntity p = people.computeIfAbsent(personId, id -> em.find(PersonEntity.class, id));
            if (p != null) {
                attendance.add(new Attendance(p.id, p.displayName(), p.structure.code, AttendanceStatus.valueOf(status)));
            }
        });
        attendance.sort(Comparator.comparing(Attendance::structureCode).thenComparing(Attendance::personName));
        List<Decision> decisions = m.decisions.stream().sorted(Comparator.comparingInt(x -> x.number))
                .map(x -> new Decision(x.number, x.text, x.decidedOn)).toList();
        return new Meeting(m.id, m.committee.code, MeetingKind.valueOf(m.kind), m.title.toText(), m.startLocal,
                m.timeZone, m.durationMinutes, m.host.code, m.city, m.venue, m.country, m.link, List.copyOf(m.agenda),
                attendance, m.minutes, decisions, m.version);
    }
}
