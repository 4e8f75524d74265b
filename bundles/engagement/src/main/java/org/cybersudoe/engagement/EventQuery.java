package org.cybersudoe.engagement;

import java.time.LocalDate;

/** Filters of the event list; null means any. {@code from} and {@code to} bound the start date. */
public record EventQuery(String partner, String theme, EventStatus status, LocalDate from, LocalDate to) {

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null);
    }
}
