package org.cybersudoe.toolbox;

import java.util.Arrays;
import java.util.Optional;

/** How far the version of a resource in one language is. */
public enum TranslationStatus {
    /** Asked for, not started. */
    PLANNED("planned"),
    /** Being translated or adapted. */
    IN_TRANSLATION("in-translation"),
    /** Translated, not yet checked by a native speaker of the partner network. */
    TRANSLATED("translated"),
    /** Checked and published. */
    VALIDATED("validated");

    private final String code;

    TranslationStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** True when companies can use this language version (translated or validated). */
    public boolean usable() {
        return this == TRANSLATED || this == VALIDATED;
    }

    public static Optional<TranslationStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
