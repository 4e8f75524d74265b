package org.cybersudoe.diagnostic.internal.shell;

import java.util.Optional;

import org.cybersudoe.core.i18n.Messages;
import org.cybersudoe.core.shell.AreaCommand;
import org.cybersudoe.diagnostic.internal.DiagnosticTexts;

/** The diagnostic console's commands: texts from the area's catalog, and who may do what a refusal refused. */
abstract class DiagnosticCommand extends AreaCommand {

    @Override
    protected Messages messages() {
        return DiagnosticTexts.MESSAGES;
    }

    @Override
    protected Optional<String> refusalHint(String type) {
        return Optional.of(say("console.refusal"));
    }
}
