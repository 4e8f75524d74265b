package org.cybersudoe.security.internal.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.security.UserAccounts;
import org.cybersudoe.security.internal.SecurityTexts;

/**
 * Changes the logged-in user's password (asked twice, not echoed), or, given a login, resets
 * that account to a generated password printed once.
 */
@Service
@Command(scope = "security", name = "user-password",
        description = "Changes your own password, or resets another account's password to a generated one (printed once).")
public class UserPasswordCommand extends SecurityCommand {

    @Reference
    UserAccounts accounts;

    /** The console the new password is read from. */
    @Reference
    Session terminal;

    @Argument(index = 0, name = "login", required = false,
            description = "The account to reset; without it, your own password is changed")
    String login;

    @Override
    protected void run(Caller caller, PrintStream out) {
        if (login != null && !login.equals(caller.login())) {
            String password = accounts.resetPassword(caller, login);
            out.println(say("console.user-password.reset", login, password));
            return;
        }
        String first = read(say("console.user-password.prompt", String.valueOf(UserAccounts.MIN_PASSWORD_LENGTH)) + " ");
        String second = read(say("console.user-password.repeat") + " ");
        if (first == null || !first.equals(second)) {
            throw new ValidationException("password", "mismatch", SecurityTexts.MESSAGES.text("console.invalid.password-mismatch"));
        }
        accounts.changeOwnPassword(caller, first);
        out.println(say("console.user-password.done", caller.login()));
    }

    /** A line typed at the console, not echoed; null at the end of the input. */
    private String read(String prompt) {
        try {
            return terminal.readLine(prompt, '*');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
