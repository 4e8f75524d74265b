package org.cybersudoe.benchmark;

import java.time.Instant;

/**
 * A partner's adoption of one version of the charter.
 *
 * @param partner the partner's structure code; never null
 * @param version the charter version adopted
 * @param adoptedBy the login that recorded it for the partner; never null
 * @param adoptedAt when; never null
 */
public record Adoption(String partner, int version, String adoptedBy, Instant adoptedAt) {
}
