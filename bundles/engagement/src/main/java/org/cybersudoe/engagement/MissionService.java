package org.cybersudoe.engagement;

import java.util.List;
import java.util.Optional;

import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;

/**
 * Technical-assistance missions and their reports. Network readers read all; a partner's admins
 * and staff change their own partner's missions; only a partner's admins (or admins) sign a
 * report off.
 */
public interface MissionService {

    List<String> SORTABLE = List.of("id", "start", "partner", "status");

    Page<Mission> missions(Caller caller, MissionQuery query, PageRequest page);

    Mission mission(Caller caller, long id);

    /** Creates a requested mission (planned when it has dates). */
    Mission create(Caller caller, MissionDraft draft);

    Mission update(Caller caller, long id, long expectedVersion, MissionDraft draft);

    /** requested → planned → done; reported only follows from signing the report off. */
    Mission changeStatus(Caller caller, long id, long expectedVersion, MissionStatus status);

    Optional<MissionReport> report(Caller caller, long missionId);

    /**
     * Writes the first draft report of a mission that is done ({@code expectedVersion} null), or
     * rewrites it: then {@code expectedVersion} is the version of the report read, so that a
     * rewrite never overwrites someone else's changes unseen (a conflict when it is stale).
     */
    MissionReport writeReport(Caller caller, long missionId, ReportDraft draft, Long expectedVersion);

    /** Signs the report off: the mission becomes reported. Partner admins of the mission's partner, or admins. */
    MissionReport signOff(Caller caller, long missionId, long expectedReportVersion);

    /** The report laid out as a PDF document, in the report's language. */
    byte[] reportPdf(Caller caller, long missionId);
}
