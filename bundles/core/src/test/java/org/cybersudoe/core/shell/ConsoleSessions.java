package org.cybersudoe.core.shell;

import java.lang.reflect.Proxy;
import java.util.Map;

import org.apache.karaf.shell.api.console.Session;

/**
 * Console sessions for tests, in the core's test-jar: a command run directly (without Karaf)
 * speaks the language of the session it is given.
 */
public final class ConsoleSessions {

    private ConsoleSessions() {
    }

    /** {@code command}, as if run in a console session whose {@code LANG} is {@code posixLocale}. */
    public static <C extends AreaCommand> C speaking(C command, String posixLocale) {
        command.session = posixLocale == null ? null : withVariables(Map.of("LANG", posixLocale));
        return command;
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
