package org.cybersudoe.core.shell;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.karaf.shell.api.console.Session;

/**
 * Console sessions for tests, in the core's test-jar: a command run directly (without Karaf)
 * speaks the language of the session it is given, and finds its files in a test exchange folder.
 */
public final class ConsoleSessions {

    private ConsoleSessions() {
    }

    /** {@code command}, as if run in a console session whose {@code LANG} is {@code posixLocale}. */
    public static <C extends AreaCommand> C speaking(C command, String posixLocale) {
        command.session = posixLocale == null ? null : withVariables(Map.of("LANG", posixLocale));
        return command;
    }

    /**
     * The exchange folder of a test server whose base folder is {@code target/karaf} of the
     * module: where the commands' file arguments are read and written ({@code karaf.base} is
     * set for the rest of the test run).
     */
    public static Path exchangeFolder() throws IOException {
        Path base = Path.of("target", "karaf").toAbsolutePath();
        System.setProperty("karaf.base", base.toString());
        return Files.createDirectories(base.resolve("exchange"));
    }

    /** A session of which only the variables answer. */
    static Session withVariables(Map<String, String> variables) {
        return (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "get" -> args != null && args.length == 1 ? variables.get((String) args[0]) : null;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "console session " + variables;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
