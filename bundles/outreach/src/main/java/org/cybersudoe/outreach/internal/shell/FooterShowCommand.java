package org.cybersudoe.outreach.internal.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.outreach.NewsletterService;

@Service
@Command(scope = "outreach", name = "footer-show", description = "Shows the footer a partner's contacts find at the end of each newsletter, per language.")
public class FooterShowCommand extends OutreachCommand {

    @Reference
    NewsletterService newsletters;

    @Argument(index = 0, name = "partner", description = "the partner's code", required = true)
    String partner;

    @Override
    protected void run(Caller caller, PrintStream out) {
        printFooter(newsletters.footer(caller, partner), out);
    }
}
