package org.cybersudoe.outreach;

import java.time.Instant;

/** One sending of an issue. Immutable. */
public record Campaign(long id, long issueId, int issueNumber, CampaignStatus status, Instant startsAt, String createdBy,
        Instant startedAt, Instant finishedAt, CampaignProgress progress) {
}
