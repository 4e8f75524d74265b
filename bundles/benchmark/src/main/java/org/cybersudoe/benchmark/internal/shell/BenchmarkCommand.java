package org.cybersudoe.benchmark.internal.shell;

import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.shell.PagedCommand;

/**
 * Every {@code benchmark:*} command: the platform's command base, with the paging options of
 * lists and GT2's refusal hints.
 */
public abstract class BenchmarkCommand extends PagedCommand {

    private static final Map<String, String> WHO = Map.of(
            "admin", "only the lead partner's admins (role admin) may do this",
            "partner.scope", "only admins, or the admins and staff of the partner that owns the sheet, may change it",
            "network.read", "reading benchmark data needs the role admin, partner-admin, partner-staff or evaluator",
            "benchmark.review", "reviewers are admins and the partner-admins of other partners seated in the technical committee",
            "benchmark.adoption", "a partner adopts the charter through its partner-admins (or an admin)");

    // declared again so the area's tests (same package) can run a command directly
    @Override
    protected abstract void run(Caller caller, PrintStream out);

    @Override
    protected Optional<String> refusalHint(String type) {
        return Optional.ofNullable(WHO.get(type));
    }
}
