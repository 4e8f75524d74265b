package org.cybersudoe.toolbox;

import java.util.List;

import org.cybersudoe.core.i18n.Language;

/**
 * What is missing for one kind of resource of a theme.
 *
 * @param kind the kind of resource
 * @param resourceId the resource that lacks languages, or null when the theme has no resource of this kind at all
 * @param missing the target languages without a usable (translated or validated) version; never empty
 */
public record TranslationGap(ResourceKind kind, Long resourceId, List<Language> missing) {

    public TranslationGap {
        missing = List.copyOf(missing);
    }
}
