package org.cybersudoe.toolbox;

/**
 * What a partner sends to set a resource's version in one language.
 *
 * @param title the title in that language; required
 * @param location an http(s) URL or a document reference; required once translated
 * @param status how far its translation is; required
 */
public record LanguageVersionDraft(String title, String location, TranslationStatus status) {
}
