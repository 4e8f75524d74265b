package org.cybersudoe.benchmark;

import java.time.Instant;

/**
 * One step of a sheet's review.
 *
 * @param action {@code submitted}, {@code published} or {@code returned}; never null
 * @param by the login that did it; never null
 * @param at when; never null
 * @param comment the reviewer's comment, or null
 */
public record SheetEvent(String action, String by, Instant at, String comment) {
}
