package org.cybersudoe.security.internal.shell;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.cybersudoe.core.security.Caller;
import org.jline.reader.LineReader;

/**
 * Gives the session's user a command history of their own. Karaf keeps one history file for
 * every console login, so that the up-arrow would show a partner's staff what an admin typed
 * before them, passwords in a command line included. Every login runs this from
 * {@code etc/shell.init.script}: the session then reads and appends to
 * {@code data/history/<login>.history}, readable by the server's account alone.
 */
@Service
@Command(scope = "security", name = "console-history",
        description = "Keeps this console session's command history in a file of the logged-in user's own (every login runs it).")
public class ConsoleHistoryCommand extends SecurityCommand {

    /** The session whose line editor keeps the history. */
    @Reference
    Session console;

    @Override
    protected void run(Caller caller, PrintStream out) {
        // a one-off command (ssh host "command") or a script has no line editor, hence no history
        if (console.get(".reader") instanceof LineReader reader) {
            Path file = historyFolder().resolve(fileName(caller.login()));
            try {
                createPrivate(file.getParent(), true);
                createPrivate(file, false);
                reader.setVariable(LineReader.HISTORY_FILE, file);
                // replaces what the session loaded from Karaf's shared file with the user's own
                reader.getHistory().load();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The login itself when it is a plain file name, else its bytes in hex: never a path. */
    static String fileName(String login) {
        if (login.matches("[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}")) {
            return login + ".history";
        }
        return HexFormat.of().formatHex(login.getBytes(StandardCharsets.UTF_8)) + ".history";
    }

    static Path historyFolder() {
        return Paths.get(System.getProperty("karaf.data", "data"), "history");
    }

    private static void createPrivate(Path path, boolean folder) throws IOException {
        if (Files.exists(path)) {
            return;
        }
        // owner-only where the file system has POSIX modes; elsewhere the platform's defaults
        FileAttribute<?>[] ownerOnly = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(folder ? "rwx------" : "rw-------"))}
                : new FileAttribute<?>[0];
        if (folder) {
            Files.createDirectories(path, ownerOnly);
        } else {
            Files.createFile(path, ownerOnly);
        }
    }
}
