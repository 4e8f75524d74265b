package org.cybersudoe.toolbox;

/**
 * Filters of a resource list; null means any.
 *
 * @param themeCode only this theme's resources
 * @param kind only this kind
 * @param ownerPartner only this partner's resources
 */
public record ResourceQuery(String themeCode, ResourceKind kind, String ownerPartner) {

    public static ResourceQuery all() {
        return new ResourceQuery(null, null, null);
    }
}
