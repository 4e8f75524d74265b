package org.cybersudoe.outreach.internal.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
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
        print(newsletters.footer(caller, partner), out);
    }

    static void print(LocalizedText footer, PrintStream out) {
        var table = table("Language", "Footer");
        for (Language l : Language.values()) {
            table.addRow().addContent(l.code(), footer.exact(l).orElse("(none)"));
        }
        table.print(out);
    }
}
