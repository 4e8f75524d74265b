package org.cybersudoe.engagement.internal.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.LockModeType;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.error.ConflictException;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.engagement.Event;
import org.cybersudoe.engagement.EventDraft;
import org.cybersudoe.engagement.EventQuery;
import org.cybersudoe.engagement.EventService;
import org.cybersudoe.engagement.EventStatus;
import org.cybersudoe.engagement.LineError;
import org.cybersudoe.engagement.Registration;
import org.cybersudoe.engagement.RegistrationRequest;
import org.cybersudoe.engagement.RegistrationStatus;
import org.cybersudoe.engagement.SignInReport;
import org.cybersudoe.engagement.internal.EngagementConfig;
import org.cybersudoe.engagement.internal.EngagementDatabase;
import org.cybersudoe.engagement.internal.EngagementTexts;
import org.cybersudoe.engagement.internal.jpa.EventEntity;
import org.cybersudoe.engagement.internal.jpa.RegistrationEntity;
import org.cybersudoe.engagement.internal.mail.MailKind;
import org.cybersudoe.engagement.internal.mail.Outbox;
import org.cybersudoe.engagement.internal.mail.OutboxWakeup;
import org.cybersudoe.network.StructureService;
import org.cybersudoe.outreach.DirectoryService;
import org.cybersudoe.persistence.Jpql;
import org.cybersudoe.toolbox.ThemeRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Events and their registration book. Every change to an event's places (register, cancel,
 * capacity) first takes the event row's write lock with an UPDATE, then reads and changes the
 * places: the changes of one event are thus serialised in the database, whichever node makes them,
 * and the last place cannot be given twice (the table's check constraint is the second guard).
 */
@Component(service = {EventService.class, EventServiceImpl.class}, configurationPid = EngagementConfig.PID)
@Designate(ocd = EngagementConfig.class)
public class EventServiceImpl implements EventService {

    private static final Map<String, String> SORT = Map.of("id", "e.id", "start", "e.startUtc", "partner", "e.partner",
            "status", "e.status");
    private static final Set<String> PUBLIC = Set.of("open", "held", "cancelled");
    private static final int MAX_SHEET_LINES = 5_000;

    private final EngagementDatabase db;
    private final EventChecks checks;
    private final Registrants registrants;
    private final OutboxWakeup wakeup;
    private final SecureRandom random = new SecureRandom();
    private volatile EngagementConfig config;

    @Activate
    public EventServiceImpl(@Reference EngagementDatabase db, @Reference StructureService structures,
            @Reference ThemeRegistry themes, @Reference DirectoryService directory, @Reference OutboxWakeup wakeup,
            EngagementConfig config) {
        this.db = db;
        this.checks = new EventChecks(structures, themes);
        this.registrants = new Registrants(directory);
        this.wakeup = wakeup;
        this.config = config;
    }

    @Modified
    void modified(EngagementConfig changed) {
        this.config = changed;
    }

    public int minimumCompanies() {
        return config.minimumCompanies();
    }

    @Override
    public Page<Event> events(Caller caller, EventQuery q, PageRequest page) {
        return db.tx(em -> {
            Jpql jpql = new Jpql("EventEntity", "e")
                    .where("e.partner = :partner", "partner", blank(q.partner()))
                    .where(":theme MEMBER OF e.themes", "theme", blank(q.theme()))
                    .where("e.startUtc >= :from", "from", q.from() == null ? null : q.from().atStartOfDay())
                    .where("e.startUtc < :to", "to", q.to() == null ? null : q.to().plusDays(1).atStartOfDay());
            if (q.status() == EventStatus.FULL) {
                jpql.where("e.status = :status", "status", "open").where("e.confirmed >= e.capacity AND 1 = :one", "one", 1);
            } else if (q.status() != null) {
                jpql.where("e.status = :status", "status", q.status().code());
            }
            if (!caller.canReadNetwork()) {
                jpql.where("e.status IN :public", "public", List.copyOf(PUBLIC));
            }
            Page<EventEntity> found = jpql.page(em, EventEntity.class, page, SORT, "e.startUtc ASC, e.id ASC");
            EventRows.Counts counts = EventRows.Counts.of(em, found.items().stream().map(e -> e.id).toList());
            return found.map(e -> shownTo(caller, EventRows.event(e, counts, minimumCompanies())));
        });
    }

    @Override
    public Event event(Caller caller, long id) {
        return db.tx(em -> {
            EventEntity e = visible(caller, em, id);
            return shownTo(caller, EventRows.event(e, EventRows.Counts.of(em, List.of(id)), minimumCompanies()));
        });
    }

    @Override
    public Event create(Caller caller, EventDraft draft) {
        // the body first: a missing partner is a field to name, not a partner whose scope is refused
        checks.check(draft, 0).throwIfInvalid();
        caller.requireChange(draft.partner());
        return db.tx(em -> {
            EventEntity e = new EventEntity();
            EventRows.apply(draft, e);
            e.uid = UUID.randomUUID() + "@cybersudoe";
            e.status = EventStatus.PLANNED.code();
            e.confirmed = 0;
            e.sequence = 0;
            e.createdAt = now();
            e.updatedAt = e.createdAt;
            e.version = 1;
            em.persist(e);
            em.flush();
            return EventRows.event(e, EventRows.Counts.of(em, List.of()), minimumCompanies());
        });
    }

    @Override
    public Event update(Caller caller, long id, long expectedVersion, EventDraft draft) {
        Event updated = db.tx(em -> {
            lockPlaces(em, id);
            EventEntity e = owned(caller, em, id);
            if (!e.status.equals("planned") && !e.status.equals("open")) {
                throw new ConflictException("status", EngagementTexts.MESSAGES.text("error.event.frozen", e.status));
            }
            checks.check(draft, e.confirmed).throwIfInvalid();
            caller.requireChange(draft.partner());
            String before = EventRows.whenAndWhere(e);
            List<Object> contentBefore = EventRows.content(e);
            EventRows.apply(draft, e);
            boolean published = e.status.equals("open");
            if (published) {
                EventChecks.publishable(EventRows.languages(e.languages), EventRows.title(e), EventRows.description(e))
                        .throwIfInvalid();
            }
            // the same content sent again is no change: a client still holding this version must not get a conflict,
            // nor a retry whose first answer was lost, with the version it was first sent with, nor subscribed
            // calendars a new sequence
            if (!contentBefore.equals(EventRows.content(e))) {
                requireVersion(e.version, expectedVersion);
                if (published) {
                    e.sequence++;
                }
                e.updatedAt = now();
                e.version++;
            }
            if (published && !before.equals(EventRows.whenAndWhere(e))) {
                for (RegistrationEntity r : active(em, id)) {
                    Outbox.owe(em, MailKind.EVENT_CHANGED, r.id);
                }
            }
            em.flush();
            promote(em, e.id, e.capacity);
            em.refresh(e);
            return EventRows.event(e, EventRows.Counts.of(em, List.of(id)), minimumCompanies());
        });
        wakeup.wake();
        return updated;
    }

    @Override
    public Event changeStatus(Caller caller, long id, long expectedVersion, EventStatus target) {
        Event changed = db.tx(em -> {
            lockPlaces(em, id);
            EventEntity e = owned(caller, em, id);
            requireVersion(e.version, expectedVersion);
            String from = e.status;
            switch (target) {
                case OPEN -> {
                    requireFrom(from, target, "planned");
                    EventChecks.publishable(EventRows.languages(e.languages), EventRows.title(e), EventRows.description(e))
                            .throwIfInvalid();
                }
                case HELD -> {
                    requireFrom(from, target, "open");
                    if (e.startUtc.isAfter(now())) {
                        throw new ValidationException("status", "not-yet",
                                EngagementTexts.MESSAGES.text("error.field.not-yet-held", e.startLocal, e.timeZone));
                    }
                }
                case CANCELLED -> {
                    requireFrom(from, target, "planned", "open");
                    for (RegistrationEntity r : active(em, id)) {
                        Outbox.owe(em, MailKind.EVENT_CANCELLED, r.id);
                    }
                }
                default -> throw new ValidationException("status", "invalid-value",
                        EngagementTexts.MESSAGES.text("error.field.event-status-target"));
            }
            e.status = target.code();
            e.sequence++;
            e.updatedAt = now();
            e.version++;
            em.flush();
            return EventRows.event(e, EventRows.Counts.of(em, List.of(id)), minimumCompanies());
        });
        wakeup.wake();
        return changed;
    }

    /** A registration, and whether this call made it: the same address registered again makes nothing new. */
    public record Enrolment(Registration registration, boolean created) {
    }

    @Override
    public Registration register(Caller caller, long eventId, RegistrationRequest request) {
        return enrol(caller, eventId, request).registration();
    }

    /** {@link #register}, telling a new registration from the one the address already held. */
    public Enrolment enrol(Caller caller, long eventId, RegistrationRequest request) {
        Validator v = new Validator();
        String address = request.email() == null ? null : request.email().strip();
        v.required("email", address).email("email", address).maxLength("email", address, 254);
        v.required("language", request.language());
        v.maxLength("contactName", request.contactName(), 200);
        // a directory id is for the network's staff: anyone else would learn company names one id at a time
        v.check(request.companyId() == null || caller.canReadNetwork(), "companyId", "not-allowed",
                () -> EngagementTexts.MESSAGES.text("error.field.company-id-not-allowed"));
        if (request.companyId() == null) {
            v.required("companyName", request.companyName()).maxLength("companyName", request.companyName(), 200);
            v.required("country", request.country());
        }
        v.throwIfInvalid();
        EventEntity target = db.tx(em -> em.find(EventEntity.class, eventId));
        if (target == null || (!caller.canReadNetwork() && !PUBLIC.contains(target.status))) {
            throw new NotFoundException(EngagementTexts.MESSAGES.text("error.not-found.event", eventId));
        }
        boolean staff = caller.canChangePartnerRecords(target.partner);
        // a platform account registers as its partner, within its scope; the public registers itself and needs no account
        if (caller.canReadNetwork() && !staff) {
            throw new AccessDeniedException("partner.scope",
                    EngagementTexts.MESSAGES.text("error.denied.registration-scope", caller.login(), target.partner));
        }
        if (!target.status.equals("open") && !(staff && target.status.equals("planned"))) {
            throw new ConflictException("status",
                    EngagementTexts.MESSAGES.text("error.event.closed-to-registration", eventId, target.status));
        }
        Registrants.Found who = registrants.resolve(caller, request, target.partner, eventId);
        String emailKey = Keys.email(request.email());
        Enrolment done = db.tx(em -> {
            lockPlaces(em, eventId);
            EventEntity e = em.find(EventEntity.class, eventId);
            em.refresh(e);
            if (!e.status.equals("open") && !(staff && e.status.equals("planned"))) {
                throw new ConflictException("status",
                        EngagementTexts.MESSAGES.text("error.event.closed-to-registration", eventId, e.status));
            }
            List<RegistrationEntity> existing = em.createQuery("SELECT r FROM RegistrationEntity r WHERE r.eventId = :e "
                    + "AND r.emailKey = :k", RegistrationEntity.class).setParameter("e", eventId).setParameter("k", emailKey)
                    .getResultList();
            RegistrationEntity r;
            if (!existing.isEmpty() && !existing.get(0).status.equals("cancelled")) {
                return new Enrolment(withPosition(em, existing.get(0)), false);
            } else if (!existing.isEmpty()) {
                r = existing.get(0);
                r.cancelledAt = null;
                r.checkedInAt = null;
            } else {
                r = new RegistrationEntity();
                r.eventId = eventId;
                r.emailKey = emailKey;
            }
            r.companyId = who.company().id();
            r.companyName = who.company().name();
            r.country = who.company().country();
            r.contactId = who.contactId();
            r.contactName = who.contactName();
            r.email = address;
            r.language = request.language().code();
            r.cancelSecret = Keys.secret(random);
            r.registeredAt = now();
            boolean place = e.confirmed < e.capacity;
            r.status = place ? "confirmed" : "waiting";
            if (r.id == null) {
                em.persist(r);
            }
            if (place) {
                setConfirmed(em, eventId, e.confirmed + 1);
            }
            em.flush();
            Outbox.owe(em, place ? MailKind.CONFIRMED : MailKind.WAITING, r.id);
            return new Enrolment(withPosition(em, r), true);
        });
        wakeup.wake();
        return done;
    }

    @Override
    public List<Registration> registrations(Caller caller, long eventId) {
        caller.requireNetworkRead();
        return db.tx(em -> {
            visible(caller, em, eventId);
            List<RegistrationEntity> all = em.createQuery("SELECT r FROM RegistrationEntity r WHERE r.eventId = :e ORDER BY "
                    + "r.registeredAt, r.id", RegistrationEntity.class).setParameter("e", eventId).getResultList();
            List<Registration> out = new ArrayList<>();
            all.stream().filter(r -> r.status.equals("confirmed")).forEach(r -> out.add(EventRows.registration(r, null)));
            int position = 0;
            for (RegistrationEntity r : all) {
                if (r.status.equals("waiting")) {
                    out.add(EventRows.registration(r, ++position));
                }
            }
            all.stream().filter(r -> r.status.equals("cancelled")).forEach(r -> out.add(EventRows.registration(r, null)));
            return out;
        });
    }

    @Override
    public Registration cancel(Caller caller, long eventId, long registrationId) {
        db.tx(em -> {
            RegistrationEntity r = em.find(RegistrationEntity.class, registrationId);
            if (r == null || r.eventId != eventId) {
                throw new NotFoundException(EngagementTexts.MESSAGES.text("error.not-found.registration", registrationId));
            }
            return r.eventId;
        });
        Registration done = db.tx(em -> {
            lockPlaces(em, eventId);
            owned(caller, em, eventId);
            return cancelLocked(em, em.find(RegistrationEntity.class, registrationId));
        });
        wakeup.wake();
        return done;
    }

    @Override
    public Registration cancelByToken(String token) {
        RegistrationEntity found = byToken(token);
        Registration done = db.tx(em -> {
            lockPlaces(em, found.eventId);
            return cancelLocked(em, em.find(RegistrationEntity.class, found.id));
        });
        wakeup.wake();
        return done;
    }

    @Override
    public Registration registrationByToken(String token) {
        RegistrationEntity r = byToken(token);
        return db.tx(em -> withPosition(em, em.find(RegistrationEntity.class, r.id)));
    }

    /** The event a registration token points to, for the cancellation page. */
    public Event eventOf(Registration r) {
        return event(Caller.SYSTEM, r.eventId());
    }

    private RegistrationEntity byToken(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        long id;
        try {
            id = dot < 1 ? -1 : Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            id = -1;
        }
        long registrationId = id;
        RegistrationEntity r = registrationId < 0 ? null : db.tx(em -> em.find(RegistrationEntity.class, registrationId));
        if (r == null || !Keys.sameSecret(r.cancelSecret, token.substring(dot + 1))) {
            throw new NotFoundException(EngagementTexts.MESSAGES.text("error.not-found.registration-link"));
        }
        return r;
    }

    private Registration cancelLocked(EntityManager em, RegistrationEntity r) {
        em.refresh(r);
        if (r.status.equals("cancelled")) {
            return EventRows.registration(r, null);
        }
        EventEntity e = em.find(EventEntity.class, r.eventId);
        em.refresh(e);
        if (e.status.equals("held") || e.status.equals("cancelled")) {
            throw new ConflictException("status",
                    EngagementTexts.MESSAGES.text("error.event.registrations-frozen", e.id, e.status));
        }
        boolean hadPlace = r.status.equals("confirmed");
        r.status = "cancelled";
        r.cancelledAt = now();
        if (hadPlace) {
            setConfirmed(em, e.id, e.confirmed - 1);
        }
        Outbox.owe(em, MailKind.CANCELLED, r.id);
        em.flush();
        promote(em, e.id, e.capacity);
        return EventRows.registration(r, null);
    }

    /** Gives free places to the waiting list, first come first served. Under the event's lock. */
    private void promote(EntityManager em, long eventId, int capacity) {
        int confirmed = confirmed(em, eventId);
        if (confirmed >= capacity) {
            return;
        }
        List<RegistrationEntity> next = em.createQuery("SELECT r FROM RegistrationEntity r WHERE r.eventId = :e AND "
                + "r.status = 'waiting' ORDER BY r.registeredAt, r.id", RegistrationEntity.class).setParameter("e", eventId)
                .setMaxResults(capacity - confirmed).getResultList();
        for (RegistrationEntity r : next) {
            r.status = "confirmed";
            Outbox.owe(em, MailKind.PROMOTED, r.id);
        }
        if (!next.isEmpty()) {
            setConfirmed(em, eventId, confirmed + next.size());
            em.flush();
        }
    }

    @Override
    public Registration checkIn(Caller caller, long eventId, long registrationId) {
        return db.tx(em -> {
            EventEntity e = owned(caller, em, eventId);
            RegistrationEntity r = em.find(RegistrationEntity.class, registrationId);
            if (r == null || r.eventId != eventId) {
                throw new NotFoundException(EngagementTexts.MESSAGES.text("error.not-found.registration", registrationId));
            }
            return checkIn(em, e, r);
        });
    }

    @Override
    public Registration checkIn(Caller caller, long eventId, String email) {
        return db.tx(em -> {
            EventEntity e = owned(caller, em, eventId);
            List<RegistrationEntity> r = em.createQuery("SELECT r FROM RegistrationEntity r WHERE r.eventId = :e AND "
                    + "r.emailKey = :k", RegistrationEntity.class).setParameter("e", eventId)
                    .setParameter("k", Keys.email(email)).getResultList();
            if (r.isEmpty()) {
                throw new ValidationException("email", "unknown",
                        EngagementTexts.MESSAGES.text("error.field.unknown-registration", email, eventId));
            }
            return checkIn(em, e, r.get(0));
        });
    }

    private Registration checkIn(EntityManager em, EventEntity e, RegistrationEntity r) {
        requireCheckInOpen(e);
        if (r.status.equals("cancelled")) {
            throw new ConflictException("status", EngagementTexts.MESSAGES.text("error.registration.cancelled", r.id));
        }
        // someone waiting holds no place: checking them in would fill the room beyond its capacity without anyone seeing it
        if (r.status.equals("waiting")) {
            throw new ConflictException("status", EngagementTexts.MESSAGES.text("error.registration.waiting", r.email,
                    String.valueOf(EventRows.waitingPosition(em, r)), String.valueOf(e.id)));
        }
        if (r.checkedInAt == null) {
            r.checkedInAt = now();
        }
        return withPosition(em, r);
    }

    private static void requireCheckInOpen(EventEntity e) {
        if (!e.status.equals("open") && !e.status.equals("held")) {
            throw new ConflictException("status", EngagementTexts.MESSAGES.text("error.event.closed-to-check-in", e.id, e.status));
        }
        // nobody attends before the event's day, where it takes place; a sheet may still come in after it
        ZoneId zone = ZoneId.of(e.timeZone);
        LocalDate today = now().atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDate();
        if (today.isBefore(e.startLocal.toLocalDate())) {
            throw new ConflictException("status", EngagementTexts.MESSAGES.text("error.event.check-in-not-yet", String.valueOf(e.id),
                    e.startLocal.toLocalDate().toString(), e.timeZone));
        }
    }

    @Override
    public SignInReport importSignInSheet(Caller caller, long eventId, InputStream csv) {
        return db.tx(em -> {
            EventEntity e = owned(caller, em, eventId);
            requireCheckInOpen(e);
            Map<String, RegistrationEntity> byEmail = new LinkedHashMap<>();
            em.createQuery("SELECT r FROM RegistrationEntity r WHERE r.eventId = :e", RegistrationEntity.class)
                    .setParameter("e", eventId).getResultList().forEach(r -> byEmail.put(r.emailKey, r));
            List<LineError> errors = new ArrayList<>();
            List<RegistrationEntity> toCheckIn = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            int lines = 0;
            int already = 0;
            try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8);
                    CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                            .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).build().parse(reader)) {
                Map<String, Integer> header = new LinkedHashMap<>();
                parser.getHeaderMap().forEach((k, i) -> header.put(k == null ? "" : k.strip().toLowerCase(), i));
                if (!header.containsKey("email")) {
                    errors.add(new LineError(1, "email", EngagementTexts.MESSAGES.text("error.field.sheet.email-column")));
                    return new SignInReport(0, 0, 0, errors);
                }
                for (CSVRecord row : parser) {
                    lines++;
                    int line = (int) row.getRecordNumber() + 1;
                    if (lines > MAX_SHEET_LINES) {
                        errors.add(new LineError(line, null,
                                EngagementTexts.MESSAGES.text("error.field.sheet.too-long", MAX_SHEET_LINES)));
                        break;
                    }
                    String email = header.get("email") < row.size() ? row.get(header.get("email")) : "";
                    String key = Keys.email(email);
                    RegistrationEntity r = byEmail.get(key);
                    if (email.isBlank()) {
                        errors.add(new LineError(line, "email", EngagementTexts.MESSAGES.text("error.field.sheet.email-blank")));
                    } else if (r == null) {
                        errors.add(new LineError(line, "email",
                                EngagementTexts.MESSAGES.text("error.field.sheet.unknown-registration", email)));
                    } else if (r.status.equals("cancelled")) {
                        errors.add(new LineError(line, "email", EngagementTexts.MESSAGES.text("error.field.sheet.cancelled", email)));
                    } else if (r.status.equals("waiting")) {
                        errors.add(new LineError(line, "email", EngagementTexts.MESSAGES.text("error.field.sheet.waiting", email,
                                String.valueOf(EventRows.waitingPosition(em, r)))));
                    } else if (!seen.add(key)) {
                        errors.add(new LineError(line, "email", EngagementTexts.MESSAGES.text("error.field.sheet.twice", email)));
                    } else if (r.checkedInAt != null) {
                        already++;
                    } else {
                        toCheckIn.add(r);
                    }
                }
            } catch (IOException | IllegalStateException | java.io.UncheckedIOException bad) {
                errors.add(new LineError(0, null, EngagementTexts.MESSAGES.text("error.field.sheet.unreadable", bad.getMessage())));
            }
            if (!errors.isEmpty()) {
                return new SignInReport(lines, 0, 0, errors);
            }
            LocalDateTime at = now();
            toCheckIn.forEach(r -> r.checkedInAt = at);
            return new SignInReport(lines, toCheckIn.size(), already, errors);
        });
    }

    @Override
    public long companiesReached(Caller caller, String partner) {
        caller.requireNetworkRead();
        return db.tx(em -> companiesReached(em, partner));
    }

    public static long companiesReached(EntityManager em, String partner) {
        var query = em.createQuery("SELECT COUNT(DISTINCT r.companyId) FROM RegistrationEntity r, EventEntity e WHERE "
                + "r.eventId = e.id AND r.checkedInAt IS NOT NULL AND e.status = 'held'" + (partner == null ? "" : " AND e.partner = :p"),
                Long.class);
        if (partner != null) {
            query.setParameter("p", partner);
        }
        return query.getSingleResult();
    }

    /** Takes the event row's write lock until the transaction ends: the book of places is ours. */
    private static void lockPlaces(EntityManager em, long eventId) {
        int n = em.createNativeQuery("UPDATE eng_event SET confirmed = confirmed WHERE id = ?").setParameter(1, eventId)
                .executeUpdate();
        if (n == 0) {
            throw new NotFoundException(EngagementTexts.MESSAGES.text("error.not-found.event", eventId));
        }
    }

    private static int confirmed(EntityManager em, long eventId) {
        return ((Number) em.createNativeQuery("SELECT confirmed FROM eng_event WHERE id = ?").setParameter(1, eventId)
                .getSingleResult()).intValue();
    }

    private static void setConfirmed(EntityManager em, long eventId, int confirmed) {
        em.createNativeQuery("UPDATE eng_event SET confirmed = ? WHERE id = ?").setParameter(1, confirmed)
                .setParameter(2, eventId).executeUpdate();
    }

    private static List<RegistrationEntity> active(EntityManager em, long eventId) {
        return em.createQuery("SELECT r FROM RegistrationEntity r WHERE r.eventId = :e AND r.status <> 'cancelled'",
                RegistrationEntity.class).setParameter("e", eventId).getResultList();
    }

    private static Registration withPosition(EntityManager em, RegistrationEntity r) {
        return EventRows.registration(r, EventRows.waitingPosition(em, r));
    }

    private static Event shownTo(Caller caller, Event e) {
        return caller.canReadNetwork() ? e : EventRows.publicView(e);
    }

    private EventEntity visible(Caller caller, EntityManager em, long id) {
        EventEntity e = em.find(EventEntity.class, id);
        if (e == null || (!caller.canReadNetwork() && !PUBLIC.contains(e.status))) {
            throw new NotFoundException(EngagementTexts.MESSAGES.text("error.not-found.event", id));
        }
        return e;
    }

    private EventEntity owned(Caller caller, EntityManager em, long id) {
        EventEntity e = em.find(EventEntity.class, id, LockModeType.NONE);
        if (e == null) {
            throw new NotFoundException(EngagementTexts.MESSAGES.text("error.not-found.event", id));
        }
        em.refresh(e);
        if (!caller.canChangePartnerRecords(e.partner)) {
            throw new AccessDeniedException("partner.scope",
                    EngagementTexts.MESSAGES.text("error.denied.event-scope", caller.login(), e.partner));
        }
        return e;
    }

    private static void requireVersion(long actual, long expected) {
        if (actual != expected) {
            throw new ConflictException("version", EngagementTexts.MESSAGES.text("error.event.stale-version", actual, expected));
        }
    }

    private static void requireFrom(String from, EventStatus target, String... allowed) {
        if (!List.of(allowed).contains(from)) {
            throw new ConflictException("status", EngagementTexts.MESSAGES.text("error.event.status-change", from, target.code()));
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
