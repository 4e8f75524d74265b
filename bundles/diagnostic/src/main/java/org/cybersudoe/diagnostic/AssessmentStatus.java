package org.cybersudoe.diagnostic;

/** A draft is being answered; a submitted assessment is scored and never changes again. */
public enum AssessmentStatus {
    DRAFT, SUBMITTED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
