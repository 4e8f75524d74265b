package org.cybersudoe.outreach;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A company of the directory. Immutable.
 *
 * @param id its id
 * @param partner the code of the partner that owns it: its staff change it, everyone with network read reads it
 * @param name its name
 * @param nationalId its national id, normalised (no spaces or punctuation, upper case), or null
 * @param country ISO 3166-1 alpha-2
 * @param region NUTS II code, or null
 * @param nace NACE Rev. 2 code without the section letter ({@code 62.01}), or null
 * @param size its size class, or null
 * @param founded the date it was founded, or null
 * @param foundedByWoman whether a woman founded it, or null when unknown
 * @param website its web address, or null
 * @param contacts how many contacts it has
 * @param updatedAt when it last changed
 * @param version the optimistic-locking version to send back with an update
 */
public record Company(long id, String partner, String name, String nationalId, String country, String region, String nace,
        SizeClass size, LocalDate founded, Boolean foundedByWoman, String website, int contacts, Instant updatedAt,
        long version) {
}
