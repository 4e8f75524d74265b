package org.cybersudoe.diagnostic.internal.shell;

import java.util.Optional;

import org.cybersudoe.core.shell.AreaCommand;

/** The diagnostic console's commands: who may do what a refusal refused. */
abstract class DiagnosticCommand extends AreaCommand {

    @Override
    protected Optional<String> refusalHint(String type) {
        return Optional.of("reading needs a platform role; recomputing needs admin; the export needs admin, partner-admin or evaluator");
    }
}
