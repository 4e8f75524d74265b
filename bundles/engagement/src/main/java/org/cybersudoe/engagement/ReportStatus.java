package org.cybersudoe.engagement;

import java.util.Optional;

/** A mission report is written as a draft, then signed off by the partner (and no longer changes). */
public enum ReportStatus {
    DRAFT, SIGNED_OFF;

    public String code() {
        return Coded.code(this);
    }

    public static Optional<ReportStatus> fromCode(String code) {
        return Coded.fromCode(ReportStatus.class, code);
    }
}
