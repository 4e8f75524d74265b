package org.cybersudoe.toolbox;

import org.cybersudoe.core.i18n.Language;

/**
 * What a partner sends to create or change a resource (its language versions are set one by one).
 *
 * @param themeCode the theme; required, must be a deployed theme when creating
 * @param kind what it is; required
 * @param ownerPartner the owning partner's code, a structure of the network; required, except when a partner's
 *     user creates a resource: it is then their partner
 * @param originalLanguage the language it was written in; required
 * @param origin for a partner tool, where it comes from; optional
 */
public record ResourceDraft(String themeCode, ResourceKind kind, String ownerPartner, Language originalLanguage,
        String origin) {
}
