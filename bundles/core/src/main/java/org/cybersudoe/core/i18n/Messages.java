package org.cybersudoe.core.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/**
 * The platform's one i18n mechanism for texts written in code (errors, shell output,
 * e-mails): a properties catalog per bundle, {@code <baseName>_fr.properties},
 * {@code _es}, {@code _pt} and {@code _en}, read with the language's fallback order.
 * Instances are immutable and cheap; {@link ResourceBundle} caches the files.
 */
public final class Messages {

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final ClassLoader loader;

    private Messages(String baseName, ClassLoader loader) {
        this.baseName = Objects.requireNonNull(baseName);
        this.loader = Objects.requireNonNull(loader);
    }

    /**
     * The catalog {@code baseName} (a resource path such as {@code "OSGI-INF/l10n/messages"})
     * read through the class loader of {@code owner}, that is from the owner's bundle.
     */
    public static Messages of(Class<?> owner, String baseName) {
        return new Messages(baseName, owner.getClassLoader());
    }

    /**
     * The text for {@code key} in the wanted language or the first of its fallback order
     * that has it, with {@link MessageFormat} arguments applied; the key itself when no
     * catalog has it, so a missing translation shows rather than fails. Never null.
     */
    public String get(Language language, String key, Object... args) {
        for (Language candidate : language.fallbackOrder()) {
            String pattern = find(candidate, key);
            if (pattern != null) {
                return args.length == 0 ? pattern : new MessageFormat(pattern, candidate.locale()).format(args);
            }
        }
        return key;
    }

    /**
     * The text for {@code key} in every language of the platform, for a value that travels
     * before anyone knows who will read it (an exception's detail, for example). Each
     * language reads its own catalog and falls back as {@link #get} does. Arguments are shown
     * as {@link String#valueOf} writes them, so that an id reads {@code 12345} in every
     * language rather than {@code 12,345} or {@code 12 345}. Never null.
     */
    public LocalizedText text(String key, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = String.valueOf(args[i]);
        }
        EnumMap<Language, String> values = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            values.put(language, get(language, key, shown));
        }
        return new LocalizedText(values);
    }

    /** True when the catalog has {@code key} in exactly this language. */
    public boolean has(Language language, String key) {
        return find(language, key) != null;
    }

    /** The keys missing per language compared to English; for tests and coverage reports. */
    public List<String> missingKeys(Language language) {
        ResourceBundle english = bundle(Language.EN);
        if (english == null) {
            return List.of();
        }
        return english.keySet().stream().filter(k -> !has(language, k)).sorted().toList();
    }

    /**
     * What a translator should fix in this catalog, one line per finding; empty when it is sound.
     * It finds a key missing in a language (or found only there), a language taking other
     * arguments than the English, a pattern that does not parse, an apostrophe that would show
     * doubled (no arguments) or be swallowed with what follows (with arguments), a straight
     * apostrophe in French, Spanish or Portuguese (their typography wants ’ and « »), and a text
     * identical to the English unless its key is in {@code sameAsEnglish} (a word that really is
     * the same, such as "Online" in Portuguese). For tests and coverage reports.
     */
    public List<String> review(Set<String> sameAsEnglish) {
        ResourceBundle english = bundle(Language.EN);
        if (english == null) {
            return List.of("no English catalog " + baseName);
        }
        List<String> findings = new ArrayList<>();
        for (Language language : Language.values()) {
            ResourceBundle texts = bundle(language);
            if (texts == null) {
                findings.add(language.code() + ": no catalog " + baseName);
                continue;
            }
            for (String key : new TreeSet<>(texts.keySet())) {
                String text = texts.getString(key);
                if (!english.containsKey(key)) {
                    findings.add(language.code() + " " + key + ": not in the English catalog");
                    continue;
                }
                String englishText = english.getString(key);
                Integer arguments = arguments(text);
                if (arguments == null) {
                    findings.add(language.code() + " " + key + ": not a valid pattern: " + text);
                } else if (!arguments.equals(arguments(englishText))) {
                    findings.add(language.code() + " " + key + ": takes " + arguments + " argument(s), the English " + arguments(englishText));
                } else if (arguments == 0 && text.contains("''")) {
                    findings.add(language.code() + " " + key + ": '' shows doubled in a text without arguments");
                } else if (arguments > 0 && text.replace("''", "").contains("'")) {
                    findings.add(language.code() + " " + key + ": a single ' hides what follows it; write ''");
                }
                if (language != Language.EN && text.contains("'")) {
                    findings.add(language.code() + " " + key + ": a straight apostrophe; write ’ (or « » for quotes)");
                }
                if (language != Language.EN && text.equals(englishText) && !sameAsEnglish.contains(key)) {
                    findings.add(language.code() + " " + key + ": the same as the English");
                }
            }
            for (String key : new TreeSet<>(english.keySet())) {
                if (!texts.containsKey(key)) {
                    findings.add(language.code() + " " + key + ": missing");
                }
            }
        }
        return findings;
    }

    /** The number of arguments a pattern takes; null when it does not parse. */
    private static Integer arguments(String pattern) {
        try {
            return new MessageFormat(pattern).getFormatsByArgumentIndex().length;
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private String find(Language language, String key) {
        ResourceBundle bundle = bundle(language);
        if (bundle == null) {
            return null;
        }
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }

    private ResourceBundle bundle(Language language) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(baseName, language.locale(), loader, NO_DEFAULT_LOCALE);
            // Without a file of its own, a language would silently read the root file: treat as absent.
            return language.locale().getLanguage().equals(bundle.getLocale().getLanguage()) ? bundle : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }

    /** The language to answer in for an HTTP {@code Accept-Language} value; English when none fits. */
    public static Language negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Language.EN;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                var found = Language.fromCode(range.getRange());
                if (found.isPresent()) {
                    return found.get();
                }
            }
        } catch (IllegalArgumentException malformed) {
            return Language.EN;
        }
        return Language.EN;
    }
}
