package org.cybersudoe.outreach;

import org.cybersudoe.core.i18n.LocalizedText;

/**
 * What a delivery report did.
 *
 * @param deliveryReport true when the message was a delivery status notification at all
 * @param applied true when it marked an address as bounced
 * @param reason why it was applied or ignored, in the platform's languages
 * @param email the address it concerned, when it was one of our messages
 * @param campaignId the campaign of the message it reported on, or null
 * @param status the DSN status code ({@code 5.1.1}), or null
 */
public record BounceOutcome(boolean deliveryReport, boolean applied, LocalizedText reason, String email, Long campaignId, String status) {

    /** Not a delivery report: an out-of-office reply, a person's answer, anything else. */
    public static BounceOutcome notAReport(LocalizedText reason) {
        return new BounceOutcome(false, false, reason, null, null, null);
    }

    /** A delivery report that changes nothing. */
    public static BounceOutcome ignored(LocalizedText reason, String email, Long campaignId, String status) {
        return new BounceOutcome(true, false, reason, email, campaignId, status);
    }
}
