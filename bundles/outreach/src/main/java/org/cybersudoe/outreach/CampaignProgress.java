package org.cybersudoe.outreach;

import org.cybersudoe.core.i18n.LocalizedText;

/**
 * How far a campaign is.
 *
 * @param recipients the recipients listed in its ledger: all of them, once the listing that runs during its first
 *     seconds is done
 * @param sent accepted by the SMTP server
 * @param failed refused for good (or too many transient failures)
 * @param skipped not sent because the address unsubscribed, bounced or was erased meanwhile
 * @param left still to send (including those waiting to retry)
 * @param perMinute messages sent in the last minute
 * @param secondsLeft at that rate, how long the rest takes; null when nothing is being sent
 * @param note what the dispatch waits for, if anything (the SMTP server down, the start time, ...), in the
 *     platform's languages; null otherwise
 */
public record CampaignProgress(int recipients, int sent, int failed, int skipped, int left, int perMinute, Long secondsLeft,
        LocalizedText note) {
}
