package org.cybersudoe.outreach;

import java.util.Optional;

/**
 * Why a contact may be mailed. Which bases allow mailing in which country is data
 * ({@link DirectoryService#consentRules}), not code.
 */
public enum ConsentBasis {
    /** The contact agreed beforehand (opt-in). */
    CONSENT("consent"),
    /** The contact was told at collection and could object (professional addresses in some countries). */
    INFORMED("informed");

    private final String code;

    ConsentBasis(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ConsentBasis> fromCode(String code) {
        for (ConsentBasis b : values()) {
            if (b.code.equals(code)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
