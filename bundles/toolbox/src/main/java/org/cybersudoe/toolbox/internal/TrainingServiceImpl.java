package org.cybersudoe.toolbox.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import org.cybersudoe.persistence.Jpql;
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

    private boolean knownPartner(String code) {
        PartnerCodes known = partners;
        return known == null || known.known(code);
    }

    @Override
    public ProjectLead getLead(Caller caller, long id) {
        caller.requireNetworkRead();
        return db.tx(em -> toLead(find(em, id), relayCounts(em).getOrDefault(id, 0)));
    }

    @Override
    public ProjectLead addLead(Caller caller, ProjectLeadDraft draft) {
        caller.requireNetworkRead();
        Validator v = new Validator();
        if (draft == null) {
            v.required("body", null).throwIfInvalid();
        }
        Checks.code(v, "partnerCode", draft.partnerCode());
        v.required("fullName", Checks.clean(draft.fullName())).maxLength("fullName", draft.fullName(), 200)
                .email("email", Checks.clean(draft.email())).maxLength("email", draft.email(), 200);
        date(v, "trainedOn", draft.trainedOn());
        v.throwIfInvalid();
        new Validator().check(knownPartner(draft.partnerCode()), "partnerCode", "invalid-value",
                () -> ToolboxTexts.MESSAGES.text("error.field.known-partner", draft.partnerCode())).throwIfInvalid();
        caller.requireChange(draft.partnerCode());
        return db.tx(em -> {
            ProjectLeadEntity e = new ProjectLeadEntity();
            e.partnerCode = draft.partnerCode();
            e.fullName = draft.fullName().strip();
            e.email = Checks.clean(draft.email());
            e.trainedOn = draft.trainedOn();
            e.createdAt = ToolboxDatabase.utcNow();
            em.persist(e);
            em.flush();
            return toLead(e, 0);
        });
    }

    @Override
    public RelayTraining recordRelay(Caller caller, long leadId, RelayTrainingDraft draft) {
        caller.requireNetworkRead();
        Validator v = new Validator();
        if (draft == null) {
            v.required("body", null).throwIfInvalid();
        }
        v.required("relayName", Checks.clean(draft.relayName())).maxLength("relayName", draft.relayName(), 200)
                .required("relayStructure", Checks.clean(draft.relayStructure()))
                .maxLength("relayStructure", draft.relayStructure(), 200);
        date(v, "trainedOn", draft.trainedOn());
        String theme = Checks.clean(draft.themeCode());
        v.checkIfPresent(theme, t -> themes.theme(t).isPresent(), "themeCode", "invalid-value",
                () -> ToolboxTexts.MESSAGES.text("error.field.known-theme"));
        v.throwIfInvalid();
        return db.tx(em -> {
            ProjectLeadEntity lead = find(em, leadId);
            caller.requireChange(lead.partnerCode);
            new Validator().check(!draft.trainedOn().isBefore(lead.trainedOn), "trainedOn", "invalid-value",
                    () -> ToolboxTexts.MESSAGES.text("error.field.relay-after-lead", lead.trainedOn)).throwIfInvalid();
            RelayTrainingEntity e = new RelayTrainingEntity();
            e.leadId = leadId;
            e.relayName = draft.relayName().strip();
            e.relayStructure = draft.relayStructure().strip();
            e.trainedOn = draft.trainedOn();
            e.themeCode = theme;
            e.recordedBy = caller.login();
            e.recordedAt = ToolboxDatabase.utcNow();
            em.persist(e);
            em.flush();
            return toRelay(e);
        });
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
        return new RelayTraining(e.id, e.leadId, e.relayName, e.relayStructure, e.trainedOn, e.themeCode);
    }
}
