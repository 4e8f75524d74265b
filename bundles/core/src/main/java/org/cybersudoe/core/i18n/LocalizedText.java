package org.cybersudoe.core.i18n;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.internal.CoreTexts;

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

    /** A text from one value per language, as stored in four columns; nulls are left out. */
    public static LocalizedText of(String fr, String es, String pt, String en) {
        EnumMap<Language, String> map = new EnumMap<>(Language.class);
        map.put(Language.FR, fr);
        map.put(Language.ES, es);
        map.put(Language.PT, pt);
        map.put(Language.EN, en);
        map.values().removeIf(Objects::isNull);
        return new LocalizedText(map);
    }

    /**
     * A text given by language code, as clients send it ({@code {"fr": "...", "es": "..."}}):
     * each unknown code is reported to {@code validator} as the field {@code <field>.<code>};
     * null when {@code byCode} is null.
     */
    public static LocalizedText ofCodes(Map<String, String> byCode, Validator validator, String field) {
        if (byCode == null) {
            return null;
        }
        EnumMap<Language, String> map = new EnumMap<>(Language.class);
        byCode.forEach((code, value) -> {
            Optional<Language> language = Language.fromCode(code).filter(l -> l.code().equals(code));
            validator.check(language.isPresent(), field + "." + code, "unknown-field",
                    () -> CoreTexts.MESSAGES.text("field.languages"));
            language.ifPresent(l -> map.put(l, value));
        });
        return new LocalizedText(map);
    }

    /** The text by language code, in the platform's order of languages, as clients get it. */
    public Map<String, String> byCode() {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((language, text) -> out.put(language.code(), text));
        return out;
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

    /**
     * The parts one after the other, with {@code separator} between them, in each language that
     * one of them is given in: a part missing in that language is taken in its fallback order, and
     * a part with no text at all is left out.
     */
    public static LocalizedText join(String separator, List<LocalizedText> parts) {
        EnumMap<Language, String> joined = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            if (parts.stream().noneMatch(part -> part.values().containsKey(language))) {
                continue;
            }
            String text = parts.stream().map(part -> part.resolve(language).orElse(""))
                    .filter(part -> !part.isEmpty()).collect(Collectors.joining(separator));
            joined.put(language, text);
        }
        return new LocalizedText(joined);
    }

    /** True when no language has a text. */
    public boolean isEmpty() {
        return values.isEmpty();
    }
}
