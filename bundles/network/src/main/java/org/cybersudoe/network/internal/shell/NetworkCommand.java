package org.cybersudoe.network.internal.shell;

import java.io.PrintStream;
import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.support.table.ShellTable;
import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.error.FieldError;
import org.cybersudoe.core.error.ProblemException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.security.JaasCallers;

/**
 * What every {@code network:*} command shares: the caller from the shell session's JAAS
 * subject, and clear error output (a problem's message and fields; for a refusal, who may do it).
 */
public abstract class NetworkCommand implements Action {

    /** Who may run the command, for the message of a refusal. */
    private static final Map<String, String> WHO = Map.of(
            "admin", "only the lead partner's admins (role admin) may do this",
            "partner.scope", "only admins, or the admins and staff of the partner that owns the record, may change it",
            "network.read", "reading network data needs the role admin, partner-admin, partner-staff or evaluator");

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

    static void report(ProblemException e, PrintStream err) {
        err.println("Error (" + e.status() + " " + e.type() + "): " + e.getMessage());
        if (e instanceof AccessDeniedException) {
            err.println("  " + WHO.getOrDefault(e.type(), "you may not do this"));
        }
        if (!(e.getMessage() != null && e.getMessage().startsWith("The request is not valid"))) {
            for (FieldError f : e.fieldErrors()) {
                err.println("  " + f.field() + ": " + f.detail());
            }
        }
    }

    /** A table with these column headers. */
    static ShellTable table(String... columns) {
        ShellTable table = new ShellTable();
        for (String column : columns) {
            table.column(column);
        }
        return table;
    }

    /** The text in English or the first language that has one; never null. */
    static String en(LocalizedText text) {
        return text == null ? "" : text.resolve(Language.EN).orElse("");
    }
}
