package org.cybersudoe.toolbox.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import org.cybersudoe.persistence.Jpql;
import org.cybersudoe.core.error.ConflictException;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.security.PartnerCodes;
import org.cybersudoe.toolbox.PartnerTraining;
import org.cybersudoe.toolbox.ProjectLead;
import org.cybersudoe.toolbox.ProjectLeadDraft;
import org.cybersudoe.toolbox.RelayTraining;
import org.cybersudoe.toolbox.RelayTrainingDraft;
import org.cybersudoe.toolbox.TrainingProgress;
import org.cybersudoe.toolbox.TrainingService;
import org.cybersudoe.toolbox.internal.jpa.ProjectLeadEntity;
import org.cybersudoe.toolbox.internal.jpa.RelayTrainingEntity;
import org.cybersudoe.toolbox.internal.theme.ThemeRegistryImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

@Component(service = TrainingService.class)
public class TrainingServiceImpl implements TrainingService {

    private static final Map<String, String> SORT = Map.of("partner", "l.partnerCode", "name", "l.fullName",
            "trainedOn", "l.trainedOn");
    /** The programme started in 2009; a date before that is a typo. */
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private final ToolboxDatabase db;
    private final ThemeRegistryImpl themes;
    private final ToolboxSettings settings;

    /** The network's structures, when the network area is deployed: a lead's partner must be one of them. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile PartnerCodes partners;

    @Activate
    public TrainingServiceImpl(@Reference ToolboxDatabase db, @Reference ThemeRegistryImpl themes,
            @Reference ToolboxSettings settings) {
        this.db = db;
        this.themes = themes;
        this.settings = settings;
    }

    @Override
    public Page<ProjectLead> listLeads(Caller caller, String partnerCode, PageRequest page) {
        caller.requireNetworkRead();
        return db.tx(em -> {
            Map<Long, Integer> relays = relayCounts(em);
            return new Jpql("ProjectLeadEntity", "l").where("l.partnerCode = :p", "p", Checks.clean(partnerCode))
                    .page(em, ProjectLeadEntity.class, page, SORT, "l.partnerCode ASC, l.id ASC")
                    .map(e -> toLead(e, relays.getOrDefault(e.id, 0)));
        });
    }

    @Override
    public ProjectLead getLead(Caller caller, long id) {
        caller.requireNetworkRead();
        return db.tx(em -> toLead(find(em, id), relayCounts(em).getOrDefault(id, 0)));
    }

    @Override
    public ProjectLead addLead(Caller caller, ProjectLeadDraft draft) {
        caller.requireNetworkRead();
        check(draft, true).throwIfInvalid();
        caller.requireChange(draft.partnerCode());
        return db.tx(em -> {
            Optional<ProjectLeadEntity> same = same(em, draft, null);
            if (same.isPresent()) {
                // recorded again (a retry, a second colleague, the console after the REST): a second
                // row would count the same person twice toward the leads trained
                return toLead(same.get(), relayCounts(em).getOrDefault(same.get().id, 0));
            }
            ProjectLeadEntity e = new ProjectLeadEntity();
            apply(e, draft);
            e.createdAt = ToolboxDatabase.utcNow();
            em.persist(e);
            em.flush();
            return toLead(e, 0);
        });
    }

    @Override
    public Optional<ProjectLead> sameLead(Caller caller, ProjectLeadDraft draft) {
        caller.requireNetworkRead();
        if (draft == null || draft.partnerCode() == null || Checks.clean(draft.fullName()) == null
                || draft.trainedOn() == null) {
            return Optional.empty();
        }
        return db.tx(em -> same(em, draft, null).map(e -> toLead(e, relayCounts(em).getOrDefault(e.id, 0))));
    }

    @Override
    public ProjectLead updateLead(Caller caller, long id, long expectedVersion, ProjectLeadDraft draft) {
        caller.requireNetworkRead();
        return db.tx(em -> {
            ProjectLeadEntity e = find(em, id);
            caller.requireChange(e.partnerCode);
            // a partner code the lead already has was checked when it was set
            Validator v = check(draft, !e.partnerCode.equals(draft == null ? null : draft.partnerCode()));
            if (draft.trainedOn() != null) {
                LocalDate firstRelay = em.createQuery(
                        "SELECT r FROM RelayTrainingEntity r WHERE r.leadId = :l ORDER BY r.trainedOn", RelayTrainingEntity.class)
                        .setParameter("l", id).setMaxResults(1).getResultList().stream().map(r -> r.trainedOn).findFirst()
                        .orElse(null);
                v.check(firstRelay == null || !draft.trainedOn().isAfter(firstRelay), "trainedOn", "invalid-value",
                        () -> ToolboxTexts.MESSAGES.text("error.field.lead-before-relays", firstRelay));
            }
            v.throwIfInvalid();
            caller.requireChange(draft.partnerCode());
            ProjectLead before = toLead(e, 0);
            apply(e, draft);
            boolean changes = !toLead(e, 0).equals(before);
            // stale but changing nothing: a retry whose first answer was lost, already applied
            if (changes && before.version() != expectedVersion) {
                throw stale("error.conflict.lead-version", id, before.version());
            }
            if (changes) {
                same(em, draft, id).ifPresent(other -> {
                    throw new ConflictException("email", ToolboxTexts.MESSAGES.text("error.conflict.same-lead", other.id));
                });
            }
            em.flush();
            return toLead(e, relayCounts(em).getOrDefault(id, 0));
        });
    }

    @Override
    public void deleteLead(Caller caller, long id, long expectedVersion) {
        caller.requireNetworkRead();
        db.tx(em -> {
            ProjectLeadEntity e = find(em, id);
            caller.requireChange(e.partnerCode);
            if (e.version != expectedVersion) {
                throw stale("error.conflict.lead-version", id, e.version);
            }
            // a relay is only known through the lead who trained it
            em.createQuery("DELETE FROM RelayTrainingEntity r WHERE r.leadId = :l").setParameter("l", id).executeUpdate();
            em.remove(e);
            return null;
        });
    }

    @Override
    public RelayTraining recordRelay(Caller caller, long leadId, RelayTrainingDraft draft) {
        caller.requireNetworkRead();
        return db.tx(em -> {
            ProjectLeadEntity lead = find(em, leadId);
            caller.requireChange(lead.partnerCode);
            check(draft, lead).throwIfInvalid();
            RelayTrainingEntity e = new RelayTrainingEntity();
            e.leadId = leadId;
            apply(e, draft);
            e.recordedBy = caller.login();
            e.recordedAt = ToolboxDatabase.utcNow();
            em.persist(e);
            em.flush();
            return toRelay(e);
        });
    }

    @Override
    public RelayTraining getRelay(Caller caller, long leadId, long relayId) {
        caller.requireNetworkRead();
        return db.tx(em -> toRelay(findRelay(em, leadId, relayId)));
    }

    @Override
    public RelayTraining updateRelay(Caller caller, long leadId, long relayId, long expectedVersion,
            RelayTrainingDraft draft) {
        caller.requireNetworkRead();
        return db.tx(em -> {
            RelayTrainingEntity e = findRelay(em, leadId, relayId);
            ProjectLeadEntity lead = find(em, leadId);
            caller.requireChange(lead.partnerCode);
            check(draft, lead).throwIfInvalid();
            RelayTraining before = toRelay(e);
            apply(e, draft);
            boolean changes = !toRelay(e).equals(before);
            if (changes && before.version() != expectedVersion) {
                throw stale("error.conflict.relay-version", relayId, before.version());
            }
            if (changes) {
                // the relay answers for who wrote what it says now
                e.recordedBy = caller.login();
                e.recordedAt = ToolboxDatabase.utcNow();
            }
            em.flush();
            return toRelay(e);
        });
    }

    @Override
    public void deleteRelay(Caller caller, long leadId, long relayId, long expectedVersion) {
        caller.requireNetworkRead();
        db.tx(em -> {
            RelayTrainingEntity e = findRelay(em, leadId, relayId);
            caller.requireChange(find(em, leadId).partnerCode);
            if (e.version != expectedVersion) {
                throw stale("error.conflict.relay-version", relayId, e.version);
            }
            em.remove(e);
            return null;
        });
    }

    /**
     * The checks of a lead's draft, naming every offending field; the partner is checked
     * against the network's structures when {@code newPartner}.
     */
    private Validator check(ProjectLeadDraft draft, boolean newPartner) {
        Validator v = new Validator();
        if (draft == null) {
            v.required("body", null).throwIfInvalid();
        }
        Checks.code(v, "partnerCode", draft.partnerCode());
        if (newPartner) {
            Checks.knownPartner(v, "partnerCode", draft.partnerCode(), partners);
        }
        v.required("fullName", Checks.clean(draft.fullName())).maxLength("fullName", draft.fullName(), 200)
                .email("email", Checks.clean(draft.email())).maxLength("email", draft.email(), 200);
        date(v, "trainedOn", draft.trainedOn());
        return v;
    }

    /** The checks of a relay's draft, naming every offending field. */
    private Validator check(RelayTrainingDraft draft, ProjectLeadEntity lead) {
        Validator v = new Validator();
        if (draft == null) {
            v.required("body", null).throwIfInvalid();
        }
        v.required("relayName", Checks.clean(draft.relayName())).maxLength("relayName", draft.relayName(), 200)
                .required("relayStructure", Checks.clean(draft.relayStructure()))
                .maxLength("relayStructure", draft.relayStructure(), 200);
        date(v, "trainedOn", draft.trainedOn());
        v.checkIfPresent(draft.trainedOn(), d -> !d.isBefore(lead.trainedOn), "trainedOn", "invalid-value",
                () -> ToolboxTexts.MESSAGES.text("error.field.relay-after-lead", lead.trainedOn));
        v.checkIfPresent(Checks.clean(draft.themeCode()), t -> themes.theme(t).isPresent(), "themeCode", "invalid-value",
                () -> ToolboxTexts.MESSAGES.text("error.field.known-theme"));
        return v;
    }

    /** Another lead of the draft's partner that is the same person, leaving out {@code except}. */
    private static Optional<ProjectLeadEntity> same(EntityManager em, ProjectLeadDraft draft, Long except) {
        String email = emailKey(Checks.clean(draft.email()));
        String name = nameKey(draft.fullName());
        return em.createQuery("SELECT l FROM ProjectLeadEntity l WHERE l.partnerCode = :p ORDER BY l.id",
                ProjectLeadEntity.class).setParameter("p", draft.partnerCode()).getResultList().stream()
                .filter(l -> !l.id.equals(except))
                .filter(l -> email != null && l.email != null ? email.equals(emailKey(l.email))
                        : name.equals(nameKey(l.fullName)) && draft.trainedOn().equals(l.trainedOn))
                .findFirst();
    }

    /** Mail servers treat addresses alike whatever their case; people type them either way. */
    private static String emailKey(String email) {
        return email == null ? null : email.toLowerCase(Locale.ROOT);
    }

    /** "José  Pérez" and "jose perez" are one person typed twice. */
    private static String nameKey(String name) {
        String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static void apply(ProjectLeadEntity e, ProjectLeadDraft d) {
        e.partnerCode = d.partnerCode();
        e.fullName = d.fullName().strip();
        e.email = Checks.clean(d.email());
        e.trainedOn = d.trainedOn();
    }

    private static void apply(RelayTrainingEntity e, RelayTrainingDraft d) {
        e.relayName = d.relayName().strip();
        e.relayStructure = d.relayStructure().strip();
        e.trainedOn = d.trainedOn();
        e.themeCode = Checks.clean(d.themeCode());
    }

    private static ConflictException stale(String key, long id, long current) {
        return new ConflictException("version", ToolboxTexts.MESSAGES.text(key, id, current));
    }

    @Override
    public List<RelayTraining> relays(Caller caller, long leadId) {
        caller.requireNetworkRead();
        return db.tx(em -> {
            find(em, leadId);
            return em.createQuery("SELECT r FROM RelayTrainingEntity r WHERE r.leadId = :l ORDER BY r.trainedOn, r.id",
                    RelayTrainingEntity.class).setParameter("l", leadId).getResultList().stream()
                    .map(TrainingServiceImpl::toRelay).toList();
        });
    }

    @Override
    public TrainingProgress progress(Caller caller) {
        caller.requireNetworkRead();
        ToolboxSettings.Values s = settings.values();
        return db.tx(em -> {
            Map<Long, Integer> relays = relayCounts(em);
            Map<String, int[]> perPartner = new TreeMap<>();
            for (ProjectLeadEntity l : em.createQuery("SELECT l FROM ProjectLeadEntity l", ProjectLeadEntity.class)
                    .getResultList()) {
                int[] counts = perPartner.computeIfAbsent(l.partnerCode, k -> new int[2]);
                counts[0]++;
                counts[1] += relays.getOrDefault(l.id, 0);
            }
            List<PartnerTraining> lines = new ArrayList<>();
            int counted = 0;
            int relaysTrained = 0;
            for (Map.Entry<String, int[]> e : perPartner.entrySet()) {
                lines.add(new PartnerTraining(e.getKey(), e.getValue()[0], s.leadsPerPartner(), e.getValue()[1]));
                // a partner training more leads than asked does not make up for another that trained none
                counted += Math.min(e.getValue()[0], s.leadsPerPartner());
                relaysTrained += e.getValue()[1];
            }
            return new TrainingProgress(counted, s.partners() * s.leadsPerPartner(), relaysTrained, lines);
        });
    }

    private static void date(Validator v, String field, LocalDate date) {
        v.required(field, date);
        v.checkIfPresent(date, d -> !d.isBefore(EARLIEST) && !d.isAfter(LocalDate.now().plusDays(1)), field,
                "invalid-value", () -> ToolboxTexts.MESSAGES.text("error.field.training-date", EARLIEST));
    }

    private static Map<Long, Integer> relayCounts(EntityManager em) {
        Map<Long, Integer> counts = new TreeMap<>();
        for (Object[] row : em.createQuery("SELECT r.leadId, COUNT(r) FROM RelayTrainingEntity r GROUP BY r.leadId",
                Object[].class).getResultList()) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        return counts;
    }

    static ProjectLeadEntity find(EntityManager em, long id) {
        ProjectLeadEntity e = em.find(ProjectLeadEntity.class, id);
        if (e == null) {
            throw new NotFoundException(ToolboxTexts.MESSAGES.text("error.not-found.project-lead", id));
        }
        return e;
    }

    static ProjectLead toLead(ProjectLeadEntity e, int relays) {
        return new ProjectLead(e.id, e.partnerCode, e.fullName, e.email, e.trainedOn, relays, e.version);
    }

    static RelayTraining toRelay(RelayTrainingEntity e) {
        return new RelayTraining(e.id, e.leadId, e.relayName, e.relayStructure, e.trainedOn, e.themeCode, e.version);
    }

    static RelayTrainingEntity findRelay(EntityManager em, long leadId, long relayId) {
        RelayTrainingEntity e = em.find(RelayTrainingEntity.class, relayId);
        if (e == null || e.leadId != leadId) {
            throw new NotFoundException(ToolboxTexts.MESSAGES.text("error.not-found.relay", relayId, leadId));
        }
        return e;
    }
}
