package org.cybersudoe.outreach;

import java.util.Optional;

/** The size class of a company, as the EU's SME definition draws it. */
public enum SizeClass {
    /** Fewer than 10 employees. */
    MICRO("micro"),
    /** Fewer than 50 employees. */
    SMALL("small"),
    /** Fewer than 250 employees. */
    MEDIUM("medium");

    private final String code;

    SizeClass(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<SizeClass> fromCode(String code) {
        for (SizeClass s : values()) {
            if (s.code.equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
