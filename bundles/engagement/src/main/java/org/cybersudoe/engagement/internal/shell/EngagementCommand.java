package org.cybersudoe.engagement.internal.shell;

import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.shell.PagedCommand;

/** The engagement console commands: the caller from the session, problems printed one way. */
public abstract class EngagementCommand extends PagedCommand {

    private static final Map<String, String> WHO = Map.of(
            "partner.scope", "only admins, or the admins and staff of the partner that owns the event or mission, may change it",
            "network.read", "reading events and missions needs the role admin, partner-admin, partner-staff or evaluator",
            "sign-off", "signing a report off needs the role admin or partner-admin (of the mission's partner)");

    @Override
    protected abstract void run(Caller caller, PrintStream out);

    @Override
    protected Optional<String> refusalHint(String type) {
        return Optional.ofNullable(WHO.get(type));
    }
}
