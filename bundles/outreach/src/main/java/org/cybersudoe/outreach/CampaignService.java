package org.cybersudoe.outreach;

import java.time.Instant;
import java.util.List;

import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;

/**
 * Sends issues to every contact whose consent is valid for its company's country, who has not
 * unsubscribed or bounced, each in their language, over the configured SMTP server. The lead
 * partner's admins start, pause, resume and cancel campaigns; everyone with network read
 * follows them.
 */
public interface CampaignService {

    /** Schedules the issue to go out at {@code startsAt} (now when null); the issue must exist in every language. */
    Campaign schedule(Caller caller, long issueId, Instant startsAt);

    Campaign get(Caller caller, long id);

    /** Properties the list of campaigns sorts by; newest first when none is asked for. */
    List<String> SORTABLE = List.of("id", "status", "startsAt", "createdAt");

    Page<Campaign> list(Caller caller, PageRequest page);

    Campaign pause(Caller caller, long id);

    Campaign resume(Caller caller, long id);

    Campaign cancel(Caller caller, long id);
}
