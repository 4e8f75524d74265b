package org.cybersudoe.network.internal;

import org.cybersudoe.persistence.Jpql;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.persistence.EntityManager;

import org.cybersudoe.core.error.ConflictException;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.network.MembershipStatus;
import org.cybersudoe.network.StatusChange;
import org.cybersudoe.network.Structure;
import org.cybersudoe.network.StructureDraft;
import org.cybersudoe.network.StructureQuery;
import org.cybersudoe.network.StructureService;
import org.cybersudoe.network.internal.jpa.LocalizedColumns;
import org.cybersudoe.network.internal.jpa.StatusChangeEntity;
import org.cybersudoe.network.internal.jpa.StructureEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = StructureService.class)
public class StructureServiceImpl implements StructureService {

    private static final Map<String, String> SORT = Map.of("code", "s.code", "name", "s.name.en", "country",
            "s.country", "status", "s.status", "statusSince", "s.statusSince");

    private final NetworkDatabase db;

    @Activate
    public StructureServiceImpl(@Reference NetworkDatabase db) {
        this.db = db;
    }

    @Override
    public Page<Structure> list(Caller caller, StructureQuery query, PageRequest page) {
        caller.requireNetworkRead();
        StructureQuery q = query == null ? StructureQuery.all() : query;
        String like = Jpql.contains(q.text());
        return db.tx(em -> new Jpql("StructureEntity", "s")
                .where("s.status = :status", "status", q.status() == null ? null : q.status().name())
                .where("s.country = :country", "country", Checks.clean(q.country()) == null ? null : q.country().strip().toUpperCase())
                .where("(LOWER(s.code) LIKE :text OR LOWER(s.name.fr) LIKE :text OR LOWER(s.name.es) LIKE :text"
                        + " OR LOWER(s.name.pt) LIKE :text OR LOWER(s.name.en) LIKE :text)", "text", like)
                .page(em, StructureEntity.class, page, SORT, "s.code ASC")
                .map(Mapping::structure));
    }

    @Override
    public Structure get(Caller caller, String code) {
        caller.requireNetworkRead();
        return db.tx(em -> Mapping.structure(find(em, code)));
    }

    @Override
    public Structure create(Caller caller, StructureDraft draft) {
        caller.requireAdmin();
        validate(draft, true);
        return db.tx(em -> {
            if (findOptional(em, draft.code()) != null) {
                throw new ConflictException("code",
                        NetworkTexts.MESSAGES.text("error.conflict.structure-code", draft.code()));
            }
            StructureEntity e = new StructureEntity();
            e.code = draft.code();
            e.status = draft.status().name();
            e.statusSince = draft.statusSince() == null ? LocalDate.now() : draft.statusSince();
            e.createdAt = Mapping.utcNow();
            apply(e, draft);
            e.updatedAt = e.createdAt;
            em.persist(e);
            recordStatus(em, e, caller, "created");
            em.flush();
            return Mapping.structure(e);
        });
    }

    @Override
    public Structure update(Caller caller, String code, long expectedVersion, StructureDraft draft) {
        caller.requireNetworkRead();
        caller.requireChange(code);
        validate(draft, false);
        new Validator().check(draft.code() == null || draft.code().equals(code), "code", "invalid-value",
                () -> NetworkTexts.MESSAGES.text("error.field.code-unchangeable", code)).throwIfInvalid();
        return db.tx(em -> {
            StructureEntity e = find(em, code);
            boolean statusChanges = draft.status() != null && !draft.status().name().equals(e.status);
            boolean adminOnlyChanges = statusChanges || draft.leadPartner() != e.leadPartner
                    || !new HashSet<>(e.workPackages).equals(draft.workPackages());
            if (adminOnlyChanges) {
                caller.requireAdmin();
            }
            Structure before = Mapping.structure(e);
            apply(e, draft);
            boolean changes = statusChanges || !Mapping.structure(e).equals(before);
            // stale but changing nothing: a retry whose first answer was lost, or the same change made by
            // someone else; either way the record already holds what was sent
            if (changes && before.version() != expectedVersion) {
                throw stale("error.conflict.stale.structure", code, before.version());
            }
            if (changes) {
                // an update that changes nothing writes nothing: the version stays, and so does every client's copy
                e.updatedAt = Mapping.utcNow();
            }
            if (statusChanges) {
                e.status = draft.status().name();
                e.statusSince = LocalDate.now();
                recordStatus(em, e, caller, "changed by update");
            }
            em.flush();
            return Mapping.structure(e);
        });
    }

    @Override
    public Structure changeStatus(Caller caller, String code, MembershipStatus status, LocalDate effectiveOn, String note) {
        caller.requireAdmin();
        new Validator().required("status", status).maxLength("note", note, 1000).throwIfInvalid();
        return db.tx(em -> {
            StructureEntity e = find(em, code);
            if (status.name().equals(e.status)) {
                return Mapping.structure(e);
            }
            LocalDate today = LocalDate.now();
            LocalDate since = effectiveOn == null ? today : effectiveOn;
            new Validator()
                    .check(!since.isAfter(today), "effectiveOn", "invalid-value",
                            () -> NetworkTexts.MESSAGES.text("error.field.status-date-future", today))
                    .check(e.statusSince == null || !since.isBefore(e.statusSince), "effectiveOn", "invalid-value",
                            () -> NetworkTexts.MESSAGES.text("error.field.status-date-before-current", e.statusSince))
                    .throwIfInvalid();
            e.status = status.name();
            e.statusSince = since;
            e.updatedAt = Mapping.utcNow();
            recordStatus(em, e, caller, Checks.clean(note));
            em.flush();
            return Mapping.structure(e);
        });
    }

    @Override
    public List<StatusChange> statusHistory(Caller caller, String code) {
        caller.requireNetworkRead();
        return db.tx(em -> {
            StructureEntity s = find(em, code);
            return em.createQuery("SELECT c FROM StatusChangeEntity c WHERE c.structure = :s ORDER BY c.changedOn, c.id",
                    StatusChangeEntity.class).setParameter("s", s).getResultList().stream()
                    .map(c -> new StatusChange(MembershipStatus.valueOf(c.status), c.changedOn, c.changedBy, c.note,
                            Mapping.instant(c.recordedAt)))
                    .toList();
        });
    }

    static StructureEntity find(EntityManager em, String code) {
        StructureEntity e = findOptional(em, code);
        if (e == null) {
            throw new NotFoundException(NetworkTexts.MESSAGES.text("error.not-found.structure", code));
        }
        return e;
    }

    public static StructureEntity findOptional(EntityManager em, String code) {
        if (code == null) {
            return null;
        }
        return em.createQuery("SELECT s FROM StructureEntity s WHERE s.code = :c", StructureEntity.class)
                .setParameter("c", code).getResultStream().findFirst().orElse(null);
    }

    /** {@code key} names the kind of record, so that each language can say which one went stale. */
    static ConflictException stale(String key, Object id, long current) {
        return new ConflictException("version", NetworkTexts.MESSAGES.text(key, id, current));
    }

    public static void recordStatus(EntityManager em, StructureEntity e, Caller caller, String note) {
        StatusChangeEntity c = new StatusChangeEntity();
        c.structure = e;
        c.status = e.status;
        c.changedOn = e.statusSince;
        c.changedBy = caller.login();
        c.note = note;
        c.recordedAt = Mapping.utcNow();
        em.persist(c);
    }

    /** Copies everything but code, status and status date. */
    public static void apply(StructureEntity e, StructureDraft d) {
        e.name = LocalizedColumns.of(d.name());
        e.country = d.country();
        e.regions.clear();
        e.regions.addAll(d.nutsRegions());
        e.nutsEdition = d.nutsEdition() == null ? "2006" : d.nutsEdition();
        e.languages.clear();
        e.languages.addAll(Mapping.languageCodes(d.languages()));
        e.workPackages.clear();
        e.workPackages.addAll(d.workPackages());
        e.leadPartner = d.leadPartner();
        e.website = Checks.clean(d.website());
    }

    /** Checks a draft to create, naming every offending field. */
    public static void checkDraft(StructureDraft d) {
        validate(d, true);
    }

    /** Checks a draft, naming every offending field. */
    static void validate(StructureDraft d, boolean creating) {
        Validator v = new Validator();
        if (d == null) {
            v.required("body", null).throwIfInvalid();
        }
        if (creating) {
            Checks.code(v, "code", d.code());
            v.required("status", d.status());
        }
        Checks.localized(v, "name", d.name(), 300);
        Checks.country(v, "country", d.country(), true);
        for (int i = 0; i < d.nutsRegions().size(); i++) {
            Checks.nutsRegion(v, "nutsRegions[" + i + "]", d.nutsRegions().get(i), d.country());
        }
        v.checkIfPresent(d.nutsEdition(), x -> Checks.NUTS_EDITION.matcher(x).matches(), "nutsEdition",
                "invalid-value", () -> NetworkTexts.MESSAGES.text("error.field.nuts-edition"));
        int i = 0;
        for (String wp : d.workPackages().stream().sorted().toList()) {
            v.check(Checks.WORK_PACKAGE.matcher(Objects.requireNonNullElse(wp, "")).matches(),
                    "workPackages[" + i++ + "]", "invalid-value", () -> NetworkTexts.MESSAGES.text("error.field.work-package"));
        }
        Checks.httpUrl(v, "website", Checks.clean(d.website()));
        v.throwIfInvalid();
    }
}
