package org.cybersudoe.outreach.internal.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.outreach.DirectoryService;
import org.cybersudoe.outreach.Suppression;

@Service
@Command(scope = "outreach", name = "contact-erase", description = "Erases a contact (right to erasure). What stays is a "
        + "suppression entry: the hash of the address with its consent and unsubscribe, so no import adds it again unknowingly.")
public class ContactEraseCommand extends OutreachCommand {

    @Reference
    DirectoryService directory;

    @Argument(index = 0, name = "id", description = "the contact's id", required = true)
    long id;

    @Override
    protected void run(Caller caller, PrintStream out) {
        Suppression s = directory.erase(caller, id);
        out.println(s.consent() == null ? say("console.contact-erase.done-no-consent", String.valueOf(id))
                : say("console.contact-erase.done", String.valueOf(id), s.consent().basis().code(), String.valueOf(s.consent().date())));
    }
}
