package org.cybersudoe.outreach;

import java.util.Optional;

/** Where a campaign stands. */
public enum CampaignStatus {
    /** Waits for its start time. */
    SCHEDULED("scheduled"),
    /** Sending. */
    RUNNING("running"),
    /** Stopped by a user; resuming goes on where it stopped. */
    PAUSED("paused"),
    /** Every recipient was sent to, failed for good, or skipped. */
    DONE("done"),
    /** Stopped for good; what was sent stays sent. */
    CANCELLED("cancelled");

    private final String code;

    CampaignStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<CampaignStatus> fromCode(String code) {
        for (CampaignStatus s : values()) {
            if (s.code.equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
