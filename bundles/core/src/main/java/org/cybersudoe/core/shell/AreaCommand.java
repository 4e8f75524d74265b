package org.cybersudoe.core.shell;

import java.io.PrintStream;
import java.util.Optional;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.support.table.ShellTable;
import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.error.FieldError;
import org.cybersudoe.core.error.ProblemException;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.security.JaasCallers;

/**
 * What every area's console command shares: the caller from the session's JAAS subject (so the
 * services apply the same partner scope as for REST and SOAP), and one way of reporting a
 * refusal or bad input: {@code Error (status type): message}, then the fields.
 */
public abstract class AreaCommand implements Action {

    @Override
    public final Object execute() {
        Caller caller = JaasCallers.current().orElse(null);
        if (caller == null) {
            System.err.println("Error: no authenticated user in this session; log in with a platform account.");
            return null;
        }
        try {
            run(caller, System.out);
        } catch (ProblemException e) {
            report(e, System.err);
        }
        return null;
    }

    /** Runs the command for {@code caller}, printing to {@code out}. */
    protected abstract void run(Caller caller, PrintStream out);

    /** Who may do what a refusal of this {@code type} refused, when the area can say; by default nothing. */
    protected Optional<String> refusalHint(String type) {
        return Optional.empty();
    }

    /** Prints {@code e} as every command does. */
    protected final void report(ProblemException e, PrintStream err) {
        err.println("Error (" + e.status() + " " + e.type() + "): " + e.getMessage());
        if (e instanceof AccessDeniedException) {
            err.println("  " + refusalHint(e.type()).orElse("you may not do this"));
        }
        // a validation message already lists its fields
        if (!(e instanceof ValidationException)) {
            for (FieldError f : e.fieldErrors()) {
                err.println("  " + f.field() + ": " + f.detail());
            }
        }
    }

    /** A table with these column headers. */
    protected static ShellTable table(String... columns) {
        ShellTable table = new ShellTable();
        for (String column : columns) {
            table.column(column);
        }
        return table;
    }

    /** The text in English, or the first language that has one; never null. */
    protected static String en(LocalizedText text) {
        return text == null ? "" : text.resolve(Language.EN).orElse("");
    }
}
