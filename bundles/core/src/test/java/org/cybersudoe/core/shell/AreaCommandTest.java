package org.cybersudoe.core.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.List;
import java.util.function.Consumer;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.support.CommandException;
import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.error.FieldError;
import org.cybersudoe.core.error.ProblemException;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.security.Caller;
import org.junit.Test;

public class AreaCommandTest {

    private static final ValidationException BAD_EMAIL = new ValidationException(List.of(new FieldError("--email", "invalid-value",
            LocalizedText.of("adresse invalide", "dirección no válida", "endereço inválido", "invalid address"))));

    /** A command of no area: it only prints what a test hands it. */
    private static final class Probe extends PagedCommand {
        Consumer<PrintStream> body = out -> { };

        @Override
        protected void run(Caller caller, PrintStream out) {
            body.accept(out);
        }

        String printed(Consumer<PrintStream> what) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
                what.accept(out);
            }
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    private static Probe in(String lang) {
        return ConsoleSessions.speaking(new Probe(), lang);
    }

    @Test
    public void aValidationProblemReadsInTheSessionsLanguageFieldByField() {
        Probe probe = in("fr_FR.UTF-8");
        assertEquals("Erreur (400 validation) : la saisie a été refusée\n  --email: adresse invalide\n",
                probe.printed(err -> probe.report(BAD_EMAIL, err)));
    }

    @Test
    public void inEnglishTooEachFieldHasItsLine() {
        Probe probe = in(null);
        assertEquals("Error (400 validation): the input was refused\n  --email: invalid address\n", probe.printed(err -> probe.report(BAD_EMAIL, err)));
    }

    /** A command whose fields are named like the service's: the report shows what the operator typed. */
    private static final class Scheduling extends AreaCommand {
        @org.apache.karaf.shell.api.action.Option(name = "--zone")
        String timeZone;

        @org.apache.karaf.shell.api.action.Argument(index = 0, name = "start")
        String startsAt;

        @org.apache.karaf.shell.api.action.Argument(index = 1)
        String title;

        @Override
        protected void run(Caller caller, PrintStream out) {
            throw new ValidationException(List.of(new FieldError("timeZone", "invalid-value", "not a time zone"),
                    new FieldError("startsAt", "required", "is required"), new FieldError("title", "required", "is required"),
                    new FieldError("host", "required", "is required")));
        }
    }

    @Test
    public void fieldsAreNamedByTheOptionOrArgumentThatFillsThem() {
        Scheduling command = ConsoleSessions.speaking(new Scheduling(), null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            command.run(null, null);
            fail("the command reports bad input");
        } catch (ValidationException e) {
            command.report(e, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        }
        assertEquals("Error (400 validation): the input was refused\n  --zone: not a time zone\n  start: is required\n"
                + "  title: is required\n  host: is required\n", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    public void aRefusalWithoutAnAreaHintSaysSoInTheSessionsLanguage() {
        Probe probe = in("es_ES.UTF-8");
        ProblemException denied = new AccessDeniedException("admin",
                LocalizedText.of("réservé", "solo los administradores", "só administradores", "admins only"));
        assertEquals("Error (403 admin): solo los administradores\n  no tiene permiso para hacer esto\n",
                probe.printed(err -> probe.report(denied, err)));
    }

    @Test
    public void tablesAndFootersUseTheCoresWordsWhenTheAreaHasNone() {
        Probe probe = in("pt_PT.UTF-8");
        Page<String> page = new Page<>(List.of("a", "b"), 0, 2, 12);
        assertEquals("2 de 12 no-such-noun\n", probe.printed(out -> probe.printCount(page, "no-such-noun", out)));
        assertEquals("a key no catalog has shows as itself", "Id", probe.say("Id"));
    }

    @Test
    public void aProblemFailsTheCommandWithItsReportSoThatScriptsSeeIt() throws Exception {
        Probe probe = in("pt_PT.UTF-8");
        probe.body = out -> {
            throw BAD_EMAIL;
        };
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal("ana"));
        subject.getPrincipals().add(new RolePrincipal("admin"));
        try {
            Subject.doAs(subject, (PrivilegedExceptionAction<Object>) probe::execute);
            fail("the command should have failed");
        } catch (PrivilegedActionException e) {
            CommandException failure = (CommandException) e.getException();
            assertEquals("Erro (400 validation): os dados introduzidos foram recusados\n  --email: endereço inválido", failure.getNiceHelp());
        }
    }

    @Test
    public void aSessionWithoutAUserFailsTheCommand() {
        Probe probe = in(null);
        probe.body = out -> out.println("ran");
        CommandException failure = assertThrows(CommandException.class, probe::execute);
        assertEquals(probe.say("console.no-user"), failure.getMessage());
    }

    /** A command that writes over a file of the exchange folder, as diagnostic:export --replace does. */
    private static final class Replacing extends AreaCommand {
        @Override
        protected void run(Caller caller, PrintStream out) {
            writeFile(caller, "file", "export.csv", true, stream -> stream.write('x'));
        }
    }

    @Test
    public void aReadOnlyAccountMayNotWriteOverAFileOfTheSharedFolder() throws Exception {
        Replacing command = ConsoleSessions.speaking(new Replacing(), "es_ES.UTF-8");
        Subject evaluator = new Subject();
        evaluator.getPrincipals().add(new UserPrincipal("eva"));
        evaluator.getPrincipals().add(new RolePrincipal("evaluator"));
        try {
            Subject.doAs(evaluator, (PrivilegedExceptionAction<Object>) command::execute);
            fail("an evaluator's --replace should have been refused");
        } catch (PrivilegedActionException e) {
            String report = ((CommandException) e.getException()).getNiceHelp();
            assertTrue(report, report.startsWith("Error (403 exchange.replace)") || report.contains("403 exchange.replace"));
            assertTrue("the refusal says why, in the console's language: " + report, report.contains("carpeta de intercambio"));
        }
    }
}
