package org.cybersudoe.toolbox;

import java.util.List;
import java.util.Optional;

import org.cybersudoe.core.i18n.Language;

/**
 * A resource of the toolbox: a theme's guide, video or diagnostic tool, or a partner's tool,
 * with one version per language.
 *
 * @param id its id
 * @param themeCode the theme it belongs to (the theme may have become unavailable)
 * @param kind what it is
 * @param ownerPartner the partner that owns it and may change it
 * @param originalLanguage the language it was written in
 * @param origin for a partner tool, where it comes from (its name, publisher, address); may be null
 * @param versions its language versions, in language order; never null
 * @param version the record's version, to send back with a change
 */
public record ToolResource(long id, String themeCode, ResourceKind kind, String ownerPartner, Language originalLanguage,
        String origin, List<LanguageVersion> versions, long version) {

    public ToolResource {
        versions = List.copyOf(versions);
    }

    /** The version in exactly this language, if there is one. */
    public Optional<LanguageVersion> in(Language language) {
        return versions.stream().filter(v -> v.language() == language).findFirst();
    }
}
