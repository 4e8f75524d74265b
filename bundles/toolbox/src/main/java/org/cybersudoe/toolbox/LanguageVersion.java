package org.cybersudoe.toolbox;

import java.time.Instant;

import org.cybersudoe.core.i18n.Language;

/**
 * The version of a resource in one language.
 *
 * @param language its language
 * @param title the title in that language
 * @param location where it is (an http(s) URL, or a document reference); may be null while planned
 * @param status how far its translation is
 * @param updatedBy who changed it last
 * @param updatedAt when
 */
public record LanguageVersion(Language language, String title, String location, TranslationStatus status,
        String updatedBy, Instant updatedAt) {
}
