package org.cybersudoe.security.internal.shell;

import java.io.PrintStream;

import org.cybersudoe.core.i18n.Messages;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.shell.AreaCommand;
import org.cybersudoe.security.internal.SecurityTexts;

/**
 * Every {@code security:*} command: the platform's command base (a session without an
 * authenticated user is refused, errors print the one way), with the security area's texts in
 * the console's language.
 */
public abstract class SecurityCommand extends AreaCommand {

    // declared again so the area's tests (same package) can run a command directly
    @Override
    protected abstract void run(Caller caller, PrintStream out);

    @Override
    protected Messages messages() {
        return SecurityTexts.MESSAGES;
    }
}
