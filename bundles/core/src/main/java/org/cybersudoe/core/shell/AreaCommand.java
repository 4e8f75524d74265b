package org.cybersudoe.core.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.CommandException;
import org.apache.karaf.shell.support.table.ShellTable;
import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.error.FieldError;
import org.cybersudoe.core.error.ProblemException;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.i18n.Messages;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.internal.CoreTexts;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.security.JaasCallers;

/**
 * What every area's console command shares: the caller from the session's JAAS subject (so the
 * services apply the same partner scope as for REST and SOAP); the operator's language, read
 * from the session's locale variables ({@link ConsoleLanguage}); texts from the area's catalog in
 * that language; and one way of reporting a refusal or bad input:
 * {@code Error (status type): message}, then the fields.
 */
public abstract class AreaCommand implements Action {

    /** The console session; null when a test runs the command directly. */
    @Reference(optional = true)
    Session session;

    /**
     * Runs the command as the session's user. A refusal or bad input fails the command with its
     * report as the message: Karaf prints it on the session's console, wherever that is (an
     * interactive console, {@code ssh host "command"}, {@code bin/client -b}), and a script sees
     * the command fail (exit status 1) rather than succeed with an error line it cannot read.
     */
    @Override
    public final Object execute() throws CommandException {
        Caller caller = JaasCallers.current().orElse(null);
        if (caller == null) {
            throw failure(say("console.no-user"));
        }
        try {
            run(caller, System.out);
        } catch (Failed e) {
            throw failure(e.getMessage());
        } catch (ProblemException e) {
            ByteArrayOutputStream report = new ByteArrayOutputStream();
            report(e, new PrintStream(report, true, StandardCharsets.UTF_8));
            throw failure(report.toString(StandardCharsets.UTF_8).stripTrailing());
        }
        return null;
    }

    /**
     * A failure Karaf prints as it is: the report, without a stack trace or its English "Error
     * executing command" prefix (which Karaf adds to any other exception, subclasses included).
     */
    private static CommandException failure(String report) {
        return new CommandException(report, report);
    }

    /**
     * Ends the command as failed, with {@code report} as its last words, after what it printed:
     * for an outcome that is not an error of the platform but must not read as a success to a
     * script (a file that does not pass a check). Use as {@code throw failed(...)}.
     */
    protected static RuntimeException failed(String report) {
        return new Failed(report);
    }

    /** The failure {@link #failed} raises; unchecked, so that {@link #run} needs no throws clause. */
    private static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failed(String report) {
            super(report, null, false, false);
        }
    }

    /** Runs the command for {@code caller}, printing to {@code out}. */
    protected abstract void run(Caller caller, PrintStream out);

    /**
     * The area's catalog, where {@link #say} looks first; the core's catalog (the words every
     * command shares, such as the error line and the common column names) is looked in after
     * it. By default the core's alone.
     */
    protected Messages messages() {
        return CoreTexts.MESSAGES;
    }

    /**
     * Who may do what a refusal of this {@code type} refused, worded in the console's language,
     * when the area can say; by default nothing.
     */
    protected Optional<String> refusalHint(String type) {
        return Optional.empty();
    }

    /** The language this session's operator reads; English when the session says none. */
    protected final Language language() {
        return ConsoleLanguage.of(session);
    }

    /**
     * The text for {@code key} in the console's language, from the area's catalog or else the
     * core's, with {@link java.text.MessageFormat} arguments (pass ids as strings, so that they
     * are not grouped by thousands). The key itself when no catalog has it.
     */
    protected final String say(String key, Object... args) {
        Messages area = messages();
        Messages catalog = area != CoreTexts.MESSAGES && area.has(Language.EN, key) ? area : CoreTexts.MESSAGES;
        return catalog.has(Language.EN, key) ? catalog.get(language(), key, args) : area.get(language(), key, args);
    }

    /** A text of the data in the console's language, or the first language that has one; never null. */
    protected final String text(LocalizedText text) {
        return text == null ? "" : text.resolve(language()).orElse("");
    }

    /** Prints {@code e} as every command does, in the console's language. */
    protected final void report(ProblemException e, PrintStream err) {
        Language language = language();
        boolean validation = e instanceof ValidationException;
        // a validation problem's own summary names the service's fields; the lines below name
        // them as the operator typed them, in every language
        String detail = validation ? say("console.invalid") : e.detail(language);
        err.println(say("console.error", String.valueOf(e.status()), e.type(), detail));
        if (e instanceof AccessDeniedException) {
            err.println("  " + refusalHint(e.type()).orElseGet(() -> say("console.refused")));
        }
        for (FieldError f : e.fieldErrors()) {
            String fieldText = f.text() == null ? f.detail() : f.text().resolve(language).orElse(f.detail());
            err.println("  " + consoleName(f.field()) + ": " + fieldText);
        }
    }

    /**
     * What the operator typed for a field a service names: a field of this command named like the
     * service's field ({@code String timeZone} for the service's {@code timeZone}) is shown as its
     * option ({@code --zone}) or its argument's name; any other field as the service names it.
     */
    final String consoleName(String field) {
        for (Class<?> type = getClass(); type != null && type != AreaCommand.class; type = type.getSuperclass()) {
            java.lang.reflect.Field declared;
            try {
                declared = type.getDeclaredField(field);
            } catch (NoSuchFieldException e) {
                continue;
            }
            Option option = declared.getAnnotation(Option.class);
            if (option != null) {
                return option.name();
            }
            Argument argument = declared.getAnnotation(Argument.class);
            if (argument != null) {
                return argument.name() == null || argument.name().equals(Argument.DEFAULT) ? field : argument.name();
            }
            return field;
        }
        return field;
    }

    /**
     * The file {@code name} of the exchange folder ({@code exchange/} in Karaf's base folder),
     * to read. A name elsewhere, or no such file, is bad input naming {@code argument}.
     */
    protected final Path fileToRead(String argument, String name) {
        return ExchangeFolder.ofKaraf().readable(argument, name);
    }

    /**
     * Writes {@code content} to the file {@code name} of the exchange folder, all or nothing, and
     * returns where. An existing file is written over only when {@code replace} (the command's
     * {@code --replace}), and only by a {@code caller} that may change records: the folder is
     * shared, and a read-only account (an evaluator) may add its own files but not destroy someone
     * else's. A name elsewhere is bad input naming {@code argument}.
     */
    protected final Path writeFile(Caller caller, String argument, String name, boolean replace, FileContent content) {
        if (replace && !caller.canChangeRecords()) {
            throw new AccessDeniedException("exchange.replace", CoreTexts.MESSAGES.text("denied.exchange-replace"));
        }
        return ExchangeFolder.ofKaraf().write(argument, name, replace, content);
    }

    /**
     * {@link #writeFile(Caller, String, String, boolean, FileContent)} for the session's user.
     *
     * @deprecated pass the caller {@link #run} was given: a command run directly, outside a session, has no user here
     */
    @Deprecated
    protected final Path writeFile(String argument, String name, boolean replace, FileContent content) {
        return writeFile(JaasCallers.current().orElse(Caller.ANONYMOUS), argument, name, replace, content);
    }

    /** What a command writes into a file of the exchange folder. */
    @FunctionalInterface
    protected interface FileContent {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A table whose column headers are these catalog keys, worded in the console's language. */
    protected final ShellTable table(String... columnKeys) {
        ShellTable table = new ShellTable();
        for (String key : columnKeys) {
            table.column(say(key));
        }
        return table;
    }

    /**
     * The footer under a table: how many rows of how many, for example "9 of 9 sheet(s)";
     * {@code nounKey} names the rows' noun in the area's catalog.
     */
    protected final void printCount(Page<?> page, String nounKey, PrintStream out) {
        // counts as plain digits, so that scripts reading the footer need no locale
        out.println(say("console.count", String.valueOf(page.items().size()), String.valueOf(page.total()), say(nounKey)));
    }
}
