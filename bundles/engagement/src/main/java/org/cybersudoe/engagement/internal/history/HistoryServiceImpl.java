package org.cybersudoe.engagement.internal.history;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.cybersudoe.core.security.Caller;
import org.cybersudoe.engagement.CompanyHistory;
import org.cybersudoe.engagement.HistoryService;
import org.cybersudoe.engagement.internal.EngagementDatabase;
import org.cybersudoe.engagement.internal.events.EventRows;
import org.cybersudoe.engagement.internal.events.EventServiceImpl;
import org.cybersudoe.engagement.internal.jpa.EventEntity;
import org.cybersudoe.engagement.internal.jpa.MissionEntity;
import org.cybersudoe.engagement.internal.jpa.RegistrationEntity;
import org.cybersudoe.engagement.internal.missions.MissionServiceImpl;
import org.cybersudoe.outreach.DirectoryService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A company's registrations (with attendance) and missions, newest first, read in one transaction. */
@Component(service = HistoryService.class)
public class HistoryServiceImpl implements HistoryService {

    private final EngagementDatabase db;
    private final EventServiceImpl events;
    private final DirectoryService directory;

    @Activate
    public HistoryServiceImpl(@Reference EngagementDatabase db, @Reference EventServiceImpl events,
            @Reference DirectoryService directory) {
        this.db = db;
        this.events = events;
        this.directory = directory;
    }

    @Override
    public CompanyHistory history(Caller caller, long companyId) {
        caller.requireNetworkRead();
        // an unknown company is not found, rather than a company with nothing in its history
        directory.company(caller, companyId);
        return db.tx(em -> {
            List<RegistrationEntity> registrations = em.createQuery("SELECT r FROM RegistrationEntity r WHERE r.companyId = :c",
                    RegistrationEntity.class).setParameter("c", companyId).getResultList();
            List<Long> ids = registrations.stream().map(r -> r.eventId).distinct().toList();
            Map<Long, EventEntity> byId = ids.isEmpty() ? Map.of()
                    : em.createQuery("SELECT e FROM EventEntity e WHERE e.id IN :ids", EventEntity.class).setParameter("ids", ids)
                            .getResultList().stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
            EventRows.Counts counts = EventRows.Counts.of(em, ids);
            List<CompanyHistory.Attended> attended = registrations.stream()
                    .map(r -> new CompanyHistory.Attended(EventRows.event(byId.get(r.eventId), counts, events.minimumCompanies()),
                            EventRows.registration(r, null)))
                    .sorted((a, b) -> b.event().start().compareTo(a.event().start())).toList();
            List<MissionEntity> missions = em.createQuery("SELECT m FROM MissionEntity m WHERE m.companyId = :c ORDER BY m.id DESC",
                    MissionEntity.class).setParameter("c", companyId).getResultList();
            return new CompanyHistory(companyId, attended, MissionServiceImpl.missions(em, missions));
        });
    }
}
