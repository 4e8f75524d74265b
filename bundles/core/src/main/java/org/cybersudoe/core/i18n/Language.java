package org.cybersudoe.core.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The four languages of the platform. Every public text exists in French, Spanish and
 * Portuguese; English is the network's working language and the last fallback.
 */
public enum Language {
    FR("fr"), ES("es"), PT("pt"), EN("en");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code, lower case; never null. */
    public String code() {
        return code;
    }

    /** The matching {@link Locale}; never null. */
    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /**
     * Looks a language up by its ISO 639-1 code or a language tag ("pt-BR" gives PT),
     * ignoring case; empty for anything else, never null.
     */
    public static Optional<Language> fromCode(String codeOrTag) {
        if (codeOrTag == null || codeOrTag.isBlank()) {
            return Optional.empty();
        }
        String primary = codeOrTag.trim().split("[-_]", 2)[0];
        return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(primary)).findFirst();
    }

    /**
     * The order in which texts are looked for when this language is wanted: the language
     * itself, then English (the working language), then the other languages of the network.
     * Never null, always all four languages.
     */
    public List<Language> fallbackOrder() {
        return switch (this) {
            case FR -> List.of(FR, EN, ES, PT);
            case ES -> List.of(ES, EN, PT, FR);
            case PT -> List.of(PT, EN, ES, FR);
            case EN -> List.of(EN, FR, ES, PT);
        };
    }
}
