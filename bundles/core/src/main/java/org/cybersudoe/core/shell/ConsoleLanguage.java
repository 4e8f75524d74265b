package org.cybersudoe.core.shell;

import java.util.Locale;
import java.util.function.Function;

import org.apache.karaf.shell.api.console.Session;
import org.cybersudoe.core.i18n.Language;

/**
 * The language of a console session, read the way POSIX programs read theirs: the first of
 * {@code LC_ALL}, {@code LC_MESSAGES} and {@code LANG} that is set decides ({@code fr_FR.UTF-8}
 * gives French). An SSH client passes them (OpenSSH's {@code SendEnv LANG LC_*}) and Karaf puts
 * them in the session; the operator may also set one in the session ({@code LANG = es}). The
 * local console of {@code bin/karaf} runs in the server's own process, so it falls back to that
 * process's environment. A locale of another language, {@code C} or {@code POSIX} gives English.
 */
final class ConsoleLanguage {

    private static final String[] VARIABLES = {"LC_ALL", "LC_MESSAGES", "LANG"};
    private static final String LOCAL_SESSION = "karaf.shell.local";

    private ConsoleLanguage() {
    }

    static Language of(Session session) {
        if (session == null) {
            return Language.EN;
        }
        String locale = first(name -> {
            Object value = session.get(name);
            return value == null ? null : value.toString();
        });
        if (locale == null && Boolean.parseBoolean(String.valueOf(session.get(LOCAL_SESSION)))) {
            locale = first(System::getenv);
        }
        return fromLocale(locale);
    }

    /** The language of a POSIX locale name such as {@code pt_PT.UTF-8} or {@code es}; English for others. */
    static Language fromLocale(String locale) {
        if (locale == null) {
            return Language.EN;
        }
        String primary = locale.strip().split("[_.@-]", 2)[0].toLowerCase(Locale.ROOT);
        return Language.fromCode(primary).orElse(Language.EN);
    }

    private static String first(Function<String, String> lookup) {
        for (String name : VARIABLES) {
            String value = lookup.apply(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
