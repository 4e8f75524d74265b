package org.cybersudoe.core.i18n;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A text given in one or more of the platform's languages. Immutable.
 *
 * @param values the text per language; blank values are dropped, never null
 */
public record LocalizedText(Map<Language, String> values) {

    public LocalizedText {
        EnumMap<Language, String> copy = new EnumMap<>(Language.class);
        if (values != null) {
            values.forEach((language, text) -> {
                if (language != null && text != null && !text.isBlank()) {
                    copy.put(language, text.strip());
                }
            });
        }
        values = Collections.unmodifiableMap(copy);
    }

    /** A text in one language. */
    public static LocalizedText of(Language language, String text) {
        return new LocalizedText(Map.of(language, text));
    }

    /** A text given by language code ("fr", "es", ...); unknown codes are rejected. */
    public static LocalizedText ofCodes(Map<String, String> byCode) {
        EnumMap<Language, String> map = new EnumMap<>(Language.class);
        if (byCode != null) {
            byCode.forEach((code, text) -> map.put(Language.fromCode(code)
                    .orElseThrow(() -> new IllegalArgumentException("unknown language code: " + code)), text));
        }
        return new LocalizedText(map);
    }

    /** The text in exactly this language, if given. */
    public Optional<String> exact(Language language) {
        return Optional.ofNullable(values.get(language));
    }

    /**
     * The text in the wanted language, or in the first language of its
     * {@link Language#fallbackOrder() fallback order} that has one; empty only when no
     * language has a text.
     */
    public Optional<String> resolve(Language wanted) {
        for (Language language : wanted.fallbackOrder()) {
            String text = values.get(language);
            if (text != null) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /** The languages this text is given in; never null. */
    public Set<Language> languages() {
        return values.keySet();
    }

    /** True when no language has a text. */
    public boolean isEmpty() {
        return values.isEmpty();
    }
}
