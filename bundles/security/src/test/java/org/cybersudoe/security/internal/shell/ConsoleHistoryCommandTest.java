package org.cybersudoe.security.internal.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.apache.karaf.shell.api.console.Session;
import org.cybersudoe.core.security.Caller;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** A console login reads and writes a history of its own, not the one every login shares. */
public class ConsoleHistoryCommandTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private String karafData;
    private Terminal terminal;

    @Before
    public void pointKarafDataAtAFolder() throws IOException {
        karafData = System.getProperty("karaf.data");
        System.setProperty("karaf.data", folder.getRoot().toString());
        terminal = TerminalBuilder.builder().dumb(true)
                .streams(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream()).build();
    }

    @After
    public void restore() throws IOException {
        terminal.close();
        if (karafData == null) {
            System.clearProperty("karaf.data");
        } else {
            System.setProperty("karaf.data", karafData);
        }
    }

    @Test
    public void whatAnotherUserTypedIsGoneAndTheUsersOwnComesBack() throws IOException {
        Path shared = folder.newFile("karaf.history").toPath();
        Files.write(shared, List.of("0:jaas:useradd bob the-admins-secret"));
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).variable(LineReader.HISTORY_FILE, shared).build();
        reader.getHistory().attach(reader);
        assertEquals("the session starts with Karaf's shared history", 1, reader.getHistory().size());

        run("staff1", reader);

        assertEquals("nothing another login typed", 0, reader.getHistory().size());
        Path own = folder.getRoot().toPath().resolve("history/staff1.history");
        assertEquals(own, reader.getVariable(LineReader.HISTORY_FILE));
        assertEquals("only the server's account reads it", "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(own)));

        reader.getHistory().add("network:partner-list");
        LineReader nextLogin = LineReaderBuilder.builder().terminal(terminal).variable(LineReader.HISTORY_FILE, shared).build();
        nextLogin.getHistory().attach(nextLogin);
        run("staff1", nextLogin);
        assertEquals("the user's own history at the next login", "network:partner-list", nextLogin.getHistory().get(0));
        assertTrue("the shared file is left as it was", Files.readString(shared).contains("the-admins-secret"));
    }

    @Test
    public void aLoginThatIsNoPlainFileNameCannotReachAnotherPath() {
        assertEquals("ana.garcia.history", ConsoleHistoryCommand.fileName("ana.garcia"));
        assertEquals("2e2e2f6574632f78.history", ConsoleHistoryCommand.fileName("../etc/x"));
    }

    @Test
    public void aOneOffCommandWithoutALineEditorChangesNothing() {
        run("staff1", null);
        assertTrue(Files.notExists(folder.getRoot().toPath().resolve("history")));
    }

    private static void run(String login, LineReader reader) {
        ConsoleHistoryCommand command = new ConsoleHistoryCommand();
        command.console = (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> method.getName().equals("get") && ".reader".equals(args[0]) ? reader : null);
        command.run(Caller.fromRoleNames(login, List.of("partner-staff")), new PrintStream(new ByteArrayOutputStream()));
    }
}
