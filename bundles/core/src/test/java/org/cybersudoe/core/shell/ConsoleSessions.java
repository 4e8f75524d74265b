package org.cybersudoe.core.shell;

import java.lang.reflect.Proxy;
import java.util.Map;

import org.apache.karaf.shell.api.console.Session;

/** Console sessions for tests: only their variables answer. */
final class ConsoleSessions {

    private ConsoleSessions() {
    }

    static Session withVariables(Map<String, String> variables) {
        return (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("get") && args != null && args.length == 1) {
                        return variables.get((String) args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
