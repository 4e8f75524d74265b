package org.cybersudoe.outreach.internal.shell;

import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.shell.PagedCommand;

/**
 * Every {@code outreach:*} command: the platform's command base, with the paging options of
 * lists and GT4's refusal hints.
 */
public abstract class OutreachCommand extends PagedCommand {

    private static final Map<String, String> WHO = Map.of(
            "partner.scope", "only admins, or the admins and staff of the partner that owns the company, may change it",
            "network.read", "reading the directory needs the role admin, partner-admin, partner-staff or evaluator");

    // declared again so the area's tests (same package) can run a command directly
    @Override
    protected abstract void run(Caller caller, PrintStream out);

    @Override
    protected Optional<String> refusalHint(String type) {
        return Optional.ofNullable(WHO.get(type));
    }
}
