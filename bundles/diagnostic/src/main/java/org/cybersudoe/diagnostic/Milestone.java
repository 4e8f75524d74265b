package org.cybersudoe.diagnostic;

import java.util.Locale;
import java.util.Optional;

/**
 * Marks an assessment as taken before (T0) or after (T1) a mission or an event of the engagement area.
 */
public record Milestone(Moment moment, Subject subject, long subjectId) {

    public enum Moment {
        BEFORE("T0"), AFTER("T1");

        private final String label;

        Moment(String label) {
            this.label = label;
        }

        /** T0 or T1. */
        public String label() {
            return label;
        }

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** {@code before}/{@code after} or {@code T0}/{@code T1}. */
        public static Optional<Moment> fromCode(String code) {
            for (Moment m : values()) {
                if (m.code().equalsIgnoreCase(code) || m.label.equalsIgnoreCase(code)) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        }
    }

    public enum Subject {
        MISSION, EVENT;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Subject> fromCode(String code) {
            for (Subject s : values()) {
                if (s.code().equalsIgnoreCase(code)) {
                    return Optional.of(s);
                }
            }
            return Optional.empty();
        }
    }
}
