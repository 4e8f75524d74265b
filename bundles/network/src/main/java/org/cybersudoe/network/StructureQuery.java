package org.cybersudoe.network;

/**
 * Filters of a structure list; a null field does not filter.
 *
 * @param status only structures with this membership status
 * @param country only structures of this ISO 3166-1 alpha-2 country
 * @param text only structures whose code or name (any language) contains this text, ignoring case
 */
public record StructureQuery(MembershipStatus status, String country, String text) {

    /** No filter. */
    public static StructureQuery all() {
        return new StructureQuery(null, null, null);
    }
}
