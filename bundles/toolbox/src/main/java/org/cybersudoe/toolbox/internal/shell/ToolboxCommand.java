package org.cybersudoe.toolbox.internal.shell;

import java.util.Map;
import java.util.Optional;

import org.apache.karaf.shell.api.action.Option;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.i18n.Messages;
import org.cybersudoe.core.shell.AreaCommand;
import org.cybersudoe.toolbox.internal.ToolboxTexts;

/**
 * Every {@code toolbox:*} command: the platform's command base, with the language to print in
 * ({@code --lang}, English by default) and GT3's refusal hints.
 */
public abstract class ToolboxCommand extends AreaCommand {

    static final Messages MESSAGES = ToolboxTexts.MESSAGES;

    private static final Map<String, String> WHO = Map.of(
            "admin", "only the lead partner's admins (role admin) may do this",
            "partner.scope", "only admins, or the admins and staff of the partner that owns the record, may change it",
            "network.read", "reading the toolbox needs the role admin, partner-admin, partner-staff or evaluator");

    @Option(name = "--lang", description = "the language of names and labels: fr, es, pt or en (default en)")
    String lang;

    @Override
    protected Optional<String> refusalHint(String type) {
        return Optional.ofNullable(WHO.get(type));
    }

    Language language() {
        return Language.fromCode(lang).orElse(Language.EN);
    }

    String text(LocalizedText text) {
        return text == null ? "" : text.resolve(language()).orElse("");
    }

    String message(String key, Object... args) {
        return MESSAGES.get(language(), key, args);
    }
}
