package org.cybersudoe.network;

/**
 * Filters of a directory search; a null field does not filter.
 *
 * @param name text found in the first or last name, ignoring case
 * @param structureCode only people of this structure
 * @param country only people of structures of this country
 */
public record PersonQuery(String name, String structureCode, String country) {

    /** No filter. */
    public static PersonQuery all() {
        return new PersonQuery(null, null, null);
    }
}
