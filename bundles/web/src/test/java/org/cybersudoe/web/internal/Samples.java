package org.cybersudoe.web.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Request and response types the tests read and write, shaped like the areas' DTOs. */
public final class Samples {

    private Samples() {
    }

    public enum Role { ADMIN, STAFF, OBSERVER }

    public record Member(String login, Role role) {
    }

    public record Team(String name, LocalDate founded, Optional<String> motto, List<Member> members, int size) {
    }

    public record Versioned(String name, Long version) {
    }

    public record Meeting(String title, LocalDateTime start) {
    }

    public record Strict(@JsonProperty(required = true) String code, String label) {
    }

    public record Bag(String name, Object payload) {
    }

    public record Checked(String name) {
        public Checked {
            if (name != null && name.isBlank()) {
                throw new IllegalArgumentException("must not be blank");
            }
        }
    }
}
