package org.cybersudoe.engagement.internal.shell;

import java.io.PrintStream;
import java.util.Optional;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.Messages;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.shell.PagedCommand;
import org.cybersudoe.engagement.internal.EngagementTexts;

/**
 * The engagement console commands: the caller from the session, texts from the area's catalog in the
 * console's language, problems printed one way.
 */
public abstract class EngagementCommand extends PagedCommand {

    /** The refusal hints are {@code console.refusal.<type>} in the area's catalog. */
    private static final String REFUSAL = "console.refusal.";

    @Override
    protected abstract void run(Caller caller, PrintStream out);

    @Override
    protected Messages messages() {
        return EngagementTexts.MESSAGES;
    }

    /** The JSON file {@code name} of the exchange folder, given as {@code argument}, read as {@code type}. */
    protected final <T> T readJson(String argument, String name, Class<T> type) {
        return JsonFile.read(argument, name, fileToRead(argument, name), type);
    }

    @Override
    protected Optional<String> refusalHint(String type) {
        String key = REFUSAL + type;
        return EngagementTexts.MESSAGES.has(Language.EN, key) ? Optional.of(say(key)) : Optional.empty();
    }
}
