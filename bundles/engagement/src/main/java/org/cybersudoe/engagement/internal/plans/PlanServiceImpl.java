package org.cybersudoe.engagement.internal.plans;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.engagement.PartnerPlan;
import org.cybersudoe.engagement.PlanService;
import org.cybersudoe.engagement.PlanTarget;
import org.cybersudoe.engagement.internal.EngagementDatabase;
import org.cybersudoe.engagement.internal.EngagementTexts;
import org.cybersudoe.engagement.internal.events.EventServiceImpl;
import org.cybersudoe.engagement.internal.jpa.PlanTargetEntity;
import org.cybersudoe.network.MembershipStatus;
import org.cybersudoe.network.Structure;
import org.cybersudoe.network.StructureQuery;
import org.cybersudoe.network.StructureService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Done, planned and target per partner, computed from the events and missions at each call. */
@Component(service = {PlanService.class, PlanServiceImpl.class})
public class PlanServiceImpl implements PlanService {

    private final EngagementDatabase db;
    private final StructureService structures;

    @Activate
    public PlanServiceImpl(@Reference EngagementDatabase db, @Reference StructureService structures) {
        this.db = db;
        this.structures = structures;
    }

    @Override
    public List<PartnerPlan> plans(Caller caller) {
        caller.requireNetworkRead();
        List<Structure> partners = structures.list(Caller.SYSTEM, new StructureQuery(MembershipStatus.PARTNER, null, null),
                new PageRequest(0, 500, List.of())).items();
        return db.tx(em -> {
            Map<String, PlanTargetEntity> targets = targets(em);
            List<PartnerPlan> plans = new ArrayList<>();
            for (Structure s : partners) {
                PlanTargetEntity t = targets.get(s.country());
                if (t != null) {
                    plans.add(plan(em, s, t));
                }
            }
            return plans;
        });
    }

    @Override
    public PartnerPlan plan(Caller caller, String partner) {
        caller.requireNetworkRead();
        Structure s = structures.get(Caller.SYSTEM, partner);
        return db.tx(em -> {
            PlanTargetEntity t = targets(em).get(s.country());
            if (t == null) {
                throw new NotFoundException(EngagementTexts.MESSAGES.text("error.not-found.plan-target", s.country()));
            }
            return plan(em, s, t);
        });
    }

    @Override
    public List<PlanTarget> targets(Caller caller) {
        caller.requireNetworkRead();
        return db.tx(em -> targets(em).values().stream().map(t -> new PlanTarget(t.country, t.events, t.missions)).toList());
    }

    private static Map<String, PlanTargetEntity> targets(EntityManager em) {
        Map<String, PlanTargetEntity> byCountry = new TreeMap<>();
        em.createQuery("SELECT t FROM PlanTargetEntity t", PlanTargetEntity.class).getResultList()
                .forEach(t -> byCountry.put(t.country, t));
        return byCountry;
    }

    private static PartnerPlan plan(EntityManager em, Structure s, PlanTargetEntity t) {
        Map<String, Long> events = new TreeMap<>();
        em.createQuery("SELECT e.status, COUNT(e) FROM EventEntity e WHERE e.partner = :p GROUP BY e.status", Object[].class)
                .setParameter("p", s.code()).getResultList().forEach(a -> events.put((String) a[0], ((Number) a[1]).longValue()));
        Map<String, Long> missions = new TreeMap<>();
        em.createQuery("SELECT m.status, COUNT(m) FROM MissionEntity m WHERE m.partner = :p GROUP BY m.status", Object[].class)
                .setParameter("p", s.code()).getResultList()
                .forEach(a -> missions.put((String) a[0], ((Number) a[1]).longValue()));
        BigDecimal days = em.createQuery("SELECT SUM(m.consultantDays) FROM MissionEntity m WHERE m.partner = :p AND m.status "
                + "IN ('done', 'reported')", BigDecimal.class).setParameter("p", s.code()).getSingleResult();
        Map<String, Integer> byTheme = new TreeMap<>();
        em.createQuery("SELECT t, COUNT(e) FROM EventEntity e JOIN e.themes t WHERE e.partner = :p AND e.status <> 'cancelled' "
                + "GROUP BY t", Object[].class).setParameter("p", s.code()).getResultList()
                .forEach(a -> byTheme.put((String) a[0], ((Number) a[1]).intValue()));
        return new PartnerPlan(s.code(), s.country(), t.events, (int) get(events, "held"),
                (int) (get(events, "planned") + get(events, "open")), t.missions,
                (int) (get(missions, "done") + get(missions, "reported")),
                (int) (get(missions, "requested") + get(missions, "planned")), days == null ? BigDecimal.ZERO : days,
                EventServiceImpl.companiesReached(em, s.code()), byTheme);
    }

    private static long get(Map<String, Long> counts, String key) {
        return counts.getOrDefault(key, 0L);
    }
}
