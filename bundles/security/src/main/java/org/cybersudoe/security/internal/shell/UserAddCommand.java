package org.cybersudoe.security.internal.shell;

import java.util.Optional;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.cybersudoe.core.error.ProblemException;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.security.JaasCallers;
import org.cybersudoe.core.security.Role;
import org.cybersudoe.security.UserAccounts;

/** Creates an account and prints its generated password once. */
@Service
@Command(scope = "security", name = "user-add", description = "Creates a user account with a platform role; prints its generated password once.")
public class UserAddCommand implements Action {

    @Reference
    UserAccounts accounts;

    @Argument(index = 0, name = "login", required = true, description = "The user name: lower-case letters, digits, '.', '_' or '-'")
    String login;

    @Argument(index = 1, name = "role", required = true, description = "admin, partner-admin, partner-staff, evaluator or company")
    @Completion(value = StringsCompleter.class, values = {"admin", "partner-admin", "partner-staff", "evaluator", "company"})
    String role;

    @Option(name = "--partner", aliases = "-p", description = "The partner's code, for partner-admin and partner-staff")
    String partner;

    @Override
    public Object execute() {
        Caller caller = JaasCallers.current().orElse(Caller.SYSTEM);
        Role wanted = Role.fromRoleName(role).orElse(null);
        if (wanted == null) {
            System.err.println("Unknown role '" + role + "': use admin, partner-admin, partner-staff, evaluator or company.");
            return null;
        }
        try {
            String password = accounts.create(caller, login, wanted, Optional.ofNullable(partner));
            System.out.println("Created user '" + login + "' (" + wanted.roleName()
                    + (partner == null ? "" : ", partner " + partner) + ").");
            System.out.println("Password (shown once): " + password);
        } catch (ProblemException e) {
            System.err.println("Error: " + e.getMessage());
        }
        return null;
    }
}
