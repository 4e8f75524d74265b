package org.cybersudoe.security.internal.shell;

import java.io.PrintStream;
import java.util.Optional;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.security.Role;
import org.cybersudoe.security.UserAccounts;
import org.cybersudoe.security.internal.SecurityTexts;

/** Creates an account and prints its generated password once. */
@Service
@Command(scope = "security", name = "user-add", description = "Creates a user account with a platform role; prints its generated password once.")
public class UserAddCommand extends SecurityCommand {

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
    protected void run(Caller caller, PrintStream out) {
        Role wanted = Role.fromRoleName(role).orElseThrow(() -> new ValidationException("role", "invalid-value",
                SecurityTexts.MESSAGES.text("console.invalid.role", role)));
        String password = accounts.create(caller, login, wanted, Optional.ofNullable(partner));
        out.println(partner == null ? say("console.user-add.done", login, wanted.roleName())
                : say("console.user-add.done-partner", login, wanted.roleName(), partner));
        out.println(say("console.user-add.password", password));
    }
}
