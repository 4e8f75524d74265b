package org.cybersudoe.toolbox.internal.shell;

import java.util.Map;
import java.util.Optional;

import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.support.table.ShellTable;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.i18n.Messages;
import org.cybersudoe.core.shell.AreaCommand;
import org.cybersudoe.toolbox.internal.ToolboxTexts;

/**
 * Every {@code toolbox:*} command: the platform's command base, with the toolbox's catalog,
 * GT3's refusal hints, and {@code --lang}, which prints one command in another language than
 * the console's (the console's language, from the session's {@code LANG}, by default).
 */
public abstract class ToolboxCommand extends AreaCommand {

    static final Messages MESSAGES = ToolboxTexts.MESSAGES;

    /** The catalog key of the hint per refusal type. */
    private static final Map<String, String> WHO = Map.of(
            "admin", "console.hint.admin",
            "partner.scope", "console.hint.partner-scope",
            "network.read", "console.hint.network-read");

    @Option(name = "--lang", description = "the language to print in: fr, es, pt or en (default: the console's language)")
    String lang;

    @Override
    protected Messages messages() {
        return MESSAGES;
    }

    @Override
    protected Optional<String> refusalHint(String type) {
        // worded like the error line above it, in the console's language
        return Optional.ofNullable(WHO.get(type)).map(key -> say(key));
    }

    /** The language this command prints in: {@code --lang} when given, else the console's. */
    Language shown() {
        return Language.fromCode(lang).orElseGet(this::language);
    }

    /** The text of {@code key} (the toolbox's catalog, else the core's) in {@link #shown()}. */
    String message(String key, Object... args) {
        Language shown = shown();
        if (shown == language()) {
            return say(key, args);
        }
        Messages catalog = MESSAGES.has(Language.EN, key) ? MESSAGES : super.messages();
        return catalog.get(shown, key, args);
    }

    /** A text of the data in {@link #shown()}, or the first language that has one; never null. */
    String data(LocalizedText text) {
        return text == null ? "" : text.resolve(shown()).orElse("");
    }

    /** A table whose column headers are these catalog keys, worded in {@link #shown()}. */
    ShellTable columns(String... columnKeys) {
        ShellTable table = new ShellTable();
        for (String key : columnKeys) {
            table.column(message(key));
        }
        return table;
    }

    /** The footer under a list: "9 of 12 resource(s)", the noun being a catalog key. */
    String count(int listed, long total, String nounKey) {
        return message("console.count", listed, total, message(nounKey));
    }
}
