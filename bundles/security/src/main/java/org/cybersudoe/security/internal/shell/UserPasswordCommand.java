package org.cybersudoe.security.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.cybersudoe.core.error.ProblemException;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.security.JaasCallers;
import org.cybersudoe.security.UserAccounts;

/**
 * Changes the logged-in user's password (asked twice, not echoed), or, given a login, resets
 * that account to a generated password printed once.
 */
@Service
@Command(scope = "security", name = "user-password",
        description = "Changes your own password, or resets another account's password to a generated one (printed once).")
public class UserPasswordCommand implements Action {

    @Reference
    UserAccounts accounts;

    @Reference
    Session session;

    @Argument(index = 0, name = "login", required = false,
            description = "The account to reset; without it, your own password is changed")
    String login;

    @Override
    public Object execute() throws Exception {
        Caller caller = JaasCallers.current().orElse(null);
        if (caller == null) {
            System.err.println("Error: this console session has no logged-in user.");
            return null;
        }
        try {
            if (login != null && !login.equals(caller.login())) {
                String password = accounts.resetPassword(caller, login);
                System.out.println("New password of '" + login + "' (shown once): " + password);
                return null;
            }
            String first = session.readLine("New password (at least " + UserAccounts.MIN_PASSWORD_LENGTH + " characters): ", '*');
            String second = session.readLine("Repeat it: ", '*');
            if (first == null || !first.equals(second)) {
                System.err.println("Error: the two entries differ; the password is unchanged.");
                return null;
            }
            accounts.changeOwnPassword(caller, first);
            System.out.println("Password of '" + caller.login() + "' changed.");
        } catch (ProblemException e) {
            System.err.println("Error: " + e.getMessage());
        }
        return null;
    }
}
