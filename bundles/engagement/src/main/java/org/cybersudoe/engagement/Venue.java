package org.cybersudoe.engagement;

/**
 * Where a physical event takes place.
 *
 * @param region NUTS II code inside the partner's country, such as ES41
 */
public record Venue(String name, String address, String city, String region) {
}
