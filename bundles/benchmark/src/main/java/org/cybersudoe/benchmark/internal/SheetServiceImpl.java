package org.cybersudoe.benchmark.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import org.cybersudoe.benchmark.Method;
import org.cybersudoe.benchmark.Progress;
import org.cybersudoe.benchmark.Progress.PartnerProgress;
import org.cybersudoe.benchmark.Sheet;
import org.cybersudoe.benchmark.SheetDraft;
import org.cybersudoe.benchmark.SheetEvent;
import org.cybersudoe.benchmark.SheetQuery;
import org.cybersudoe.benchmark.SheetService;
import org.cybersudoe.benchmark.SheetStatus;
import org.cybersudoe.benchmark.internal.jpa.MethodEntity;
import org.cybersudoe.benchmark.internal.jpa.SheetEntity;
import org.cybersudoe.benchmark.internal.jpa.SheetEventEntity;
import org.cybersudoe.benchmark.internal.search.SheetIndex;
import org.cybersudoe.benchmark.internal.search.SheetIndex.Visibility;
import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.error.ConflictException;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.place.Places;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.security.Role;
import org.cybersudoe.network.CommitteeService;
import org.cybersudoe.network.MembershipStatus;
import org.cybersudoe.network.Structure;
import org.cybersudoe.network.StructureQuery;
import org.cybersudoe.network.StructureService;
import org.cybersudoe.toolbox.Theme;
import org.cybersudoe.toolbox.ThemeRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

@Component(service = SheetService.class, configurationPid = BenchmarkConfig.PID)
@Designate(ocd = BenchmarkConfig.class)
public class SheetServiceImpl implements SheetService {

    /** The most words a sheet search takes. */
    static final int MAX_SEARCH_WORDS = 50;
    /** Costs are below a billion euros: more is a typing error, and the column holds 12 digits. */
    static final BigDecimal MAX_COST = new BigDecimal("1000000000");

    static final int SHORT = 300;
    static final int MEDIUM = 1000;
    static final int LONG = 10_000;
    /** The kind of theme a sheet's {@code sectors} must name (see the toolbox's Theme). */
    static final String SECTOR_KIND = "sector";

    private final BenchmarkDatabase db;
    private final SheetIndex index;
    private final StructureService structures;
    private final CommitteeService committees;
    private final ThemeRegistry themes;
    private volatile int perPartner;
    private volatile String reviewCommittee;

    @Activate
    public SheetServiceImpl(@Reference BenchmarkDatabase db, @Reference SheetIndex index,
            @Reference StructureService structures, @Reference CommitteeService committees,
            @Reference ThemeRegistry themes, BenchmarkConfig config) {
        this.db = db;
        this.index = index;
        this.structures = structures;
        this.committees = committees;
        this.themes = themes;
        modified(config);
    }

    @Modified
    void modified(BenchmarkConfig config) {
        this.perPartner = config.sheetsPerPartner();
        this.reviewCommittee = config.reviewCommittee();
    }

    @Override
    public List<Method> methods(Caller caller) {
        caller.requireNetworkRead();
        return db.tx(em -> em.createQuery("SELECT m FROM MethodEntity m ORDER BY m.position, m.code", MethodEntity.class)
                .getResultList().stream().map(Mapping::method).toList());
    }

    @Override
    public Page<Sheet> search(Caller caller, SheetQuery query, PageRequest page) {
        caller.requireNetworkRead();
        SheetQuery q = query == null ? SheetQuery.all() : query;
        Validator words = new Validator();
        Checks.searchWords(words, "text", q.text());
        words.throwIfInvalid();
        SheetIndex.Hits hits = index.search(q, visibility(caller), page);
        List<Sheet> items = db.tx(em -> {
            List<Sheet> found = new ArrayList<>();
            for (Long id : hits.ids()) {
                // deleted since the index was read: left out of this page rather than failing it
                Optional.ofNullable(em.find(SheetEntity.class, id)).map(Mapping::sheet).ifPresent(found::add);
            }
            return found;
        });
        return new Page<>(items, page.offset(), page.limit(), hits.total());
    }

    @Override
    public Sheet get(Caller caller, long id) {
        caller.requireNetworkRead();
        return db.tx(em -> Mapping.sheet(readable(em, caller, id)));
    }

    @Override
    public Sheet create(Caller caller, SheetDraft draft) {
        caller.requireNetworkRead();
        if (draft != null && draft.owner() != null) {
            caller.requireChange(draft.owner());
        }
        SheetDraft d = validate(caller, draft, Set.of());
        caller.requireChange(d.owner());
        return db.tx(em -> {
            SheetEntity e = new SheetEntity();
            e.status = SheetStatus.DRAFT.name();
            e.createdBy = caller.login();
            e.createdAt = Mapping.utcNow();
            e.updatedAt = e.createdAt;
            Mapping.apply(e, d);
            em.persist(e);
            em.flush();
            return Mapping.sheet(e);
        });
    }

    @Override
    public Sheet update(Caller caller, long id, long expectedVersion, SheetDraft draft) {
        caller.requireNetworkRead();
        String[] owner = new String[1];
        Set<String> kept = db.tx(em -> {
            // a sheet the caller may not read is not found, whatever it asks to do with it
            SheetEntity e = readable(em, caller, id);
            owner[0] = e.owner;
            return union(e.themes, e.sectors);
        });
        // scope before content: another partner's sheet is refused whatever the body says
        caller.requireChange(owner[0]);
        if (draft != null && draft.owner() != null) {
            caller.requireChange(draft.owner());
        }
        SheetDraft d = validate(caller, draft, kept);
        return db.tx(em -> {
            SheetEntity e = find(em, id);
            caller.requireChange(e.owner);
            requireEditable(e);
            Sheet before = Mapping.sheet(e);
            Mapping.apply(e, d);
            boolean changes = !Mapping.sheet(e).equals(before);
            // stale but changing nothing: a retry whose first answer was lost, already applied
            if (changes && before.version() != expectedVersion) {
                throw stale(id, before.version());
            }
            // a new time would be a change of its own: the same sheet sent again would move the version
            if (changes) {
                e.updatedAt = Mapping.utcNow();
            }
            em.flush();
            return Mapping.sheet(e);
        });
    }

    @Override
    public void delete(Caller caller, long id, long expectedVersion) {
        caller.requireNetworkRead();
        db.tx(em -> {
            SheetEntity e = readable(em, caller, id);
            caller.requireChange(e.owner);
            if (e.version != expectedVersion) {
                throw stale(id, e.version);
            }
            requireEditable(e);
            em.createQuery("DELETE FROM SheetEventEntity v WHERE v.sheetId = :id").setParameter("id", id).executeUpdate();
            em.remove(e);
            return null;
        });
    }

    @Override
    public Sheet submit(Caller caller, long id) {
        caller.requireNetworkRead();
        return db.tx(em -> {
            SheetEntity e = readable(em, caller, id);
            caller.requireChange(e.owner);
            requireEditable(e);
            Sheet s = Mapping.sheet(e);
            Validator v = new Validator();
            for (var field : Map.of("title", s.title(), "targetCompanies", s.targetCompanies(), "description",
                    s.description(), "results", s.results(), "strengths", s.strengths(), "weaknesses", s.weaknesses(),
                    "transferability", s.transferability()).entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
                v.check(!field.getValue().isEmpty(), field.getKey(), "required",
                        () -> BenchmarkTexts.MESSAGES.text("error.field.required-before-submit"));
            }
            v.check(!s.themes().isEmpty(), "themes", "required",
                    () -> BenchmarkTexts.MESSAGES.text("error.field.theme-before-submit"));
            v.throwIfInvalid();
            e.status = SheetStatus.SUBMITTED.name();
            e.submittedAt = Mapping.utcNow();
            e.updatedAt = e.submittedAt;
            record(em, e, "submitted", caller, null);
            em.flush();
            return Mapping.sheet(e);
        });
    }

    @Override
    public Sheet publish(Caller caller, long id, String comment) {
        return review(caller, id, SheetStatus.PUBLISHED, comment);
    }

    @Override
    public Sheet returnForChanges(Caller caller, long id, String comment) {
        new Validator().required("comment", comment).throwIfInvalid();
        return review(caller, id, SheetStatus.RETURNED, comment);
    }

    private Sheet review(Caller caller, long id, SheetStatus outcome, String comment) {
        caller.requireNetworkRead();
        new Validator().maxLength("comment", comment, 2000).throwIfInvalid();
        String owner = db.tx(em -> readable(em, caller, id).owner);
        requireReviewer(caller, owner);
        return db.tx(em -> {
            SheetEntity e = find(em, id);
            if (!SheetStatus.SUBMITTED.name().equals(e.status)) {
                throw new ConflictException("status", BenchmarkTexts.MESSAGES.text("error.conflict.sheet-not-submitted",
                        id, SheetStatus.valueOf(e.status).code()));
            }
            e.status = outcome.name();
            e.reviewedBy = caller.login();
            e.reviewedAt = Mapping.utcNow();
            e.reviewComment = Checks.clean(comment);
            e.updatedAt = e.reviewedAt;
            if (outcome == SheetStatus.PUBLISHED) {
                e.publishedAt = e.reviewedAt;
            }
            record(em, e, outcome.code(), caller, e.reviewComment);
            em.flush();
            return Mapping.sheet(e);
        });
    }

    @Override
    public boolean canReview(Caller caller, long id) {
        caller.requireNetworkRead();
        String owner = db.tx(em -> readable(em, caller, id).owner);
        return isReviewer(caller, owner);
    }

    @Override
    public List<SheetEvent> history(Caller caller, long id) {
        caller.requireNetworkRead();
        return db.tx(em -> {
            readable(em, caller, id);
            return em.createQuery("SELECT v FROM SheetEventEntity v WHERE v.sheetId = :id ORDER BY v.at, v.id",
                    SheetEventEntity.class).setParameter("id", id).getResultList().stream()
                    .map(v -> new SheetEvent(v.action, v.by, Mapping.instant(v.at), v.comment)).toList();
        });
    }

    @Override
    public Progress progress(Caller caller) {
        caller.requireNetworkRead();
        List<String> partners = structures.list(caller, new StructureQuery(MembershipStatus.PARTNER, null, null),
                new PageRequest(0, PageRequest.MAX_LIMIT, List.of())).items().stream().map(Structure::code).toList();
        Map<String, long[]> counts = new TreeMap<>();
        long[] totals = new long[3];
        db.tx(em -> {
            for (Object[] row : em.createQuery("SELECT s.owner, s.status, COUNT(s) FROM SheetEntity s GROUP BY s.owner, s.status",
                    Object[].class).getResultList()) {
                int slot = switch (SheetStatus.valueOf((String) row[1])) {
                    case PUBLISHED -> 0;
                    case SUBMITTED -> 1;
                    default -> 2;
                };
                long n = ((Number) row[2]).longValue();
                counts.computeIfAbsent((String) row[0], k -> new long[3])[slot] += n;
                totals[slot] += n;
            }
            return null;
        });
        int target = perPartner;
        List<PartnerProgress> lines = partners.stream().sorted().map(p -> {
            long[] c = counts.getOrDefault(p, new long[3]);
            return new PartnerProgress(p, target, c[0], c[1], c[2]);
        }).toList();
        return new Progress(target * partners.size(), totals[0], totals[1], totals[2], lines);
    }

    // ---- rules

    /** Who sees which sheets in lists and searches; the same rule as {@link #readable}. */
    Visibility visibility(Caller caller) {
        if (caller.isAdmin()) {
            return new Visibility(true, null, true);
        }
        String partner = caller.has(Role.PARTNER_ADMIN) || caller.has(Role.PARTNER_STAFF)
                ? caller.partnerCode().orElse(null) : null;
        return new Visibility(false, partner, seatedReviewer(caller));
    }

    /**
     * The sheet if the caller may read it: published ones for everyone with network read,
     * drafts and returned ones for their partner and admins, submitted ones also for
     * reviewers. Otherwise not found, so that others' drafts do not even show they exist.
     */
    SheetEntity readable(EntityManager em, Caller caller, long id) {
        SheetEntity e = find(em, id);
        Visibility v = visibility(caller);
        boolean visible = v.all() || SheetStatus.PUBLISHED.name().equals(e.status)
                || (v.ownPartner() != null && v.ownPartner().equals(e.owner))
                || (v.submitted() && SheetStatus.SUBMITTED.name().equals(e.status));
        if (!visible) {
            throw new NotFoundException(BenchmarkTexts.MESSAGES.text("error.not-found.sheet", id));
        }
        return e;
    }

    /**
     * Reviewers: the lead partner's admins, and the partner-admins of partners seated in the
     * reviewing committee, never for their own partner's sheet (the committee reviews the
     * partners' work; nobody approves their own).
     */
    boolean isReviewer(Caller caller, String owner) {
        if (caller.isAdmin()) {
            return true;
        }
        return seatedReviewer(caller) && !caller.partnerCode().map(owner::equals).orElse(true);
    }

    private boolean seatedReviewer(Caller caller) {
        if (caller.isAdmin()) {
            return true;
        }
        String partner = caller.partnerCode().orElse(null);
        if (!caller.has(Role.PARTNER_ADMIN) || partner == null) {
            return false;
        }
        try {
            return committees.get(caller, reviewCommittee).members().stream().anyMatch(m -> partner.equals(m.structureCode()));
        } catch (NotFoundException e) {
            return false;
        }
    }

    private void requireReviewer(Caller caller, String owner) {
        if (!isReviewer(caller, owner)) {
            throw new AccessDeniedException("benchmark.review",
                    BenchmarkTexts.MESSAGES.text("error.denied.review", caller.login(), owner, reviewCommittee));
        }
    }

    private static void requireEditable(SheetEntity e) {
        if (!(SheetStatus.DRAFT.name().equals(e.status) || SheetStatus.RETURNED.name().equals(e.status))) {
            throw new ConflictException("status", BenchmarkTexts.MESSAGES.text("error.conflict.sheet-not-editable",
                    e.id, SheetStatus.valueOf(e.status).code()));
        }
    }

    /**
     * Checks a draft, naming every offending field; fills the country from the owner when it
     * is left out and refuses another one: the owner ran the action, so the action's country is
     * the owner's, and the search's country filter relies on it. Theme codes must be known to the toolbox and available, except codes the
     * sheet already had ({@code kept}): a theme whose bundle was removed stays on the sheets
     * that name it.
     */
    SheetDraft validate(Caller caller, SheetDraft d, Set<String> kept) {
        Validator v = new Validator();
        if (d == null) {
            v.required("body", null).throwIfInvalid();
        }
        Checks.code(v, "owner", d.owner());
        String country = Checks.clean(d.country());
        Structure owner = null;
        if (d.owner() != null && Checks.CODE.matcher(d.owner()).matches()) {
            try {
                owner = structures.get(caller, d.owner());
            } catch (NotFoundException e) {
                v.check(false, "owner", "invalid-value",
                        () -> BenchmarkTexts.MESSAGES.text("error.field.owner-structure"));
            }
        }
        if (country == null && owner != null) {
            country = owner.country();
        }
        Checks.country(v, "country", country);
        String ownerCountry = owner == null ? null : owner.country();
        String given = country;
        v.check(ownerCountry == null || given == null || !Places.isCountry(given) || given.equals(ownerCountry), "country",
                "invalid-value", () -> BenchmarkTexts.MESSAGES.text("error.field.owner-country", ownerCountry));
        Checks.localized(v, "title", d.title(), SHORT, true);
        Checks.localized(v, "targetCompanies", d.targetCompanies(), MEDIUM, false);
        Checks.localized(v, "description", d.description(), LONG, false);
        Checks.localized(v, "duration", d.duration(), 200, false);
        Checks.localized(v, "results", d.results(), LONG, false);
        Checks.localized(v, "strengths", d.strengths(), LONG, false);
        Checks.localized(v, "weaknesses", d.weaknesses(), LONG, false);
        Checks.localized(v, "transferability", d.transferability(), LONG, false);
        v.required("method", d.method());
        if (d.method() != null) {
            boolean known = db.tx(em -> em.find(MethodEntity.class, d.method()) != null);
            v.check(known, "method", "invalid-value", () -> BenchmarkTexts.MESSAGES.text("error.field.method"));
        }
        v.checkIfPresent(d.costEuros(), c -> c.signum() >= 0, "costEuros", "invalid-value",
                () -> BenchmarkTexts.MESSAGES.text("error.field.not-negative"));
        v.checkIfPresent(d.costEuros(), c -> c.compareTo(MAX_COST) < 0, "costEuros", "invalid-value",
                () -> BenchmarkTexts.MESSAGES.text("error.field.cost-too-large", MAX_COST.toPlainString()));
        v.checkIfPresent(d.reach(), r -> r >= 0, "reach", "invalid-value",
                () -> BenchmarkTexts.MESSAGES.text("error.field.not-negative"));
        themeCodes(caller, v, "themes", d.themes(), null, kept);
        themeCodes(caller, v, "sectors", d.sectors(), SECTOR_KIND, kept);
        v.throwIfInvalid();
        return new SheetDraft(d.owner(), country, d.title(), d.targetCompanies(), d.description(), d.themes(),
                d.sectors(), d.method(), d.costEuros(), d.reach(), d.duration(), d.results(), d.strengths(),
                d.weaknesses(), d.transferability());
    }

    private void themeCodes(Caller caller, Validator v, String field, List<String> codes, String kind, Set<String> kept) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String f = field + "[" + i + "]";
            if (code == null || !Checks.CODE.matcher(code).matches()) {
                v.check(false, f, "invalid-value", () -> BenchmarkTexts.MESSAGES.text("error.field.theme-code"));
                continue;
            }
            v.check(seen.put(code, i) == null, f, "invalid-value",
                    () -> BenchmarkTexts.MESSAGES.text("error.field.named-twice"));
            Optional<Theme> theme = themes.find(caller, code);
            if (theme.isEmpty()) {
                v.check(false, f, "invalid-value", () -> BenchmarkTexts.MESSAGES.text("error.field.unknown-theme"));
                continue;
            }
            v.check(theme.get().available() || kept.contains(code), f, "invalid-value",
                    () -> BenchmarkTexts.MESSAGES.text("error.field.theme-not-deployed"));
            if (kind != null) {
                v.check(kind.equals(theme.get().kind()), f, "invalid-value",
                        () -> BenchmarkTexts.MESSAGES.text("error.field.theme-kind", kind));
            }
        }
    }

    static SheetEntity find(EntityManager em, long id) {
        SheetEntity e = em.find(SheetEntity.class, id);
        if (e == null) {
            throw new NotFoundException(BenchmarkTexts.MESSAGES.text("error.not-found.sheet", id));
        }
        return e;
    }

    static void record(EntityManager em, SheetEntity e, String action, Caller caller, String comment) {
        SheetEventEntity v = new SheetEventEntity();
        v.sheetId = e.id;
        v.action = action;
        v.by = caller.login();
        v.at = Mapping.utcNow();
        v.comment = comment;
        em.persist(v);
    }

    static ConflictException stale(Object id, long current) {
        return new ConflictException("version", BenchmarkTexts.MESSAGES.text("error.conflict.sheet-version", id, current));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
