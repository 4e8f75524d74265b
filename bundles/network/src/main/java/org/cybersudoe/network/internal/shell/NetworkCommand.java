package org.cybersudoe.network.internal.shell;

import java.util.Map;
import java.util.Optional;

import org.cybersudoe.core.shell.AreaCommand;

/** Every {@code network:*} command: the platform's command base, with GT1's refusal hints. */
public abstract class NetworkCommand extends AreaCommand {

    /** Who may do what a refusal of each type refused. */
    private static final Map<String, String> WHO = Map.of(
            "admin", "only the lead partner's admins (role admin) may do this",
            "partner.scope", "only admins, or the admins and staff of the partner that owns the record, may change it",
            "network.read", "reading network data needs the role admin, partner-admin, partner-staff or evaluator");

    @Override
    protected Optional<String> refusalHint(String type) {
        return Optional.ofNullable(WHO.get(type));
    }
}
