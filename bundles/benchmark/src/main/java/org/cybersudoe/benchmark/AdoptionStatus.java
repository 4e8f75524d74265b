package org.cybersudoe.benchmark;

/**
 * Where a partner stands with the current charter.
 *
 * @param partner the partner's structure code; never null
 * @param currentVersion the charter's current version, 0 when none is published
 * @param adoptedCurrent true when the partner adopted the current version
 * @param latest the partner's latest adoption, of whatever version, or null when it never adopted one
 */
public record AdoptionStatus(String partner, int currentVersion, boolean adoptedCurrent, Adoption latest) {
}
