package org.cybersudoe.network.internal.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.support.CommandException;
import org.cybersudoe.network.internal.Callers;
import org.cybersudoe.network.internal.Fixtures;
import org.cybersudoe.network.internal.ProgrammeServiceImpl;
import org.cybersudoe.network.internal.StructureServiceImpl;
import org.cybersudoe.network.internal.TestDatabase;
import org.cybersudoe.network.internal.loader.ProgrammeExtenderAccess;
import org.cybersudoe.network.internal.loader.ProgrammeLoader;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** Commands run as a shell session's JAAS subject would, fields set as Karaf would set them. */
public class ShellCommandTest {

    private static TestDatabase database;

    @BeforeClass
    public static void open() throws Exception {
        database = TestDatabase.fresh("shell");
        new StructureServiceImpl(database.db).create(Callers.ADMIN, Fixtures.structure("fib", "ES", "ES42"));
        ProgrammeLoader loader = new ProgrammeLoader(database.db);
        ProgrammeExtenderAccess.load(loader, "programme", java.nio.file.Path.of("target", "test-classes", "demo", "META-INF",
                "cybersudoe", "programme", "01-programme.json").toUri().toURL());
    }

    @AfterClass
    public static void close() {
        database.close();
    }

    private static String[] run(NetworkCommand command, String login, String... roles) {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(login));
        for (String role : roles) {
            subject.getPrincipals().add(new RolePrincipal(role));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        String failure = "";
        try {
            Subject.doAs(subject, (PrivilegedExceptionAction<Object>) command::execute);
        } catch (PrivilegedActionException e) {
            // what Karaf prints on the console when the command fails
            failure = ((CommandException) e.getException()).getNiceHelp();
        } finally {
            System.setOut(oldOut);
        }
        return new String[] {out.toString(StandardCharsets.UTF_8), failure};
    }

    @Test
    public void programmeShowPrintsTheBudgetAndTheDiscrepancy() {
        ProgrammeShowCommand command = new ProgrammeShowCommand();
        command.programmes = new ProgrammeServiceImpl(database.db);
        String out = run(command, "eva", "evaluator")[0];
        assertTrue(out, out.contains("GT4") && out.contains("794,399.00"));
        assertTrue(out, out.contains("1,641,382.00") && out.contains("1,641,383.00"));
        assertTrue(out, out.contains("DISCREPANCY: The stated total 1,641,383 EUR differs from the sum of the budget lines 1,641,382 EUR by 1 EUR"));
    }

    @Test
    public void aRefusalSaysWhoMayDoIt() {
        StructureStatusCommand command = new StructureStatusCommand();
        command.structures = new StructureServiceImpl(database.db);
        command.code = "fib";
        command.status = "informed";
        String[] printed = run(command, "pablo", "partner-staff", "partner.fib");
        assertEquals("", printed[0]);
        assertTrue(printed[1], printed[1].startsWith("Error (403 admin)"));
        assertTrue(printed[1], printed[1].contains("only the lead partner's admins (role admin) may do this"));
        assertEquals("partner", new StructureServiceImpl(database.db).get(Callers.ADMIN, "fib").status().code());
    }

    @Test
    public void badInputNamesTheField() {
        StructureStatusCommand command = new StructureStatusCommand();
        command.structures = new StructureServiceImpl(database.db);
        command.code = "fib";
        command.status = "member";
        String err = run(command, "alice", "admin", "partner.cybermassif")[1];
        assertTrue(err, err.contains("status: must be partner, associated or informed"));
    }
}
