package org.cybersudoe.outreach.internal.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.outreach.NewsletterService;
import org.cybersudoe.outreach.internal.OutreachTexts;

@Service
@Command(scope = "outreach", name = "newsletter-test", description = "Sends an issue now to one address, marked as a test, "
        + "as a contact of the partner reading the language would receive it.")
public class NewsletterTestCommand extends OutreachCommand {

    @Reference
    NewsletterService newsletters;

    @Argument(index = 0, name = "issue", description = "the issue's id", required = true)
    long issue;

    @Argument(index = 1, name = "address", description = "where to send it", required = true)
    String address;

    @Option(name = "--language", description = "fr, es, pt or en (en when absent)")
    String language = "en";

    @Option(name = "--partner", description = "whose footer it carries", required = true)
    String partner;

    @Override
    protected void run(Caller caller, PrintStream out) {
        Language l = Language.fromCode(language).filter(x -> x.code().equals(language))
                .orElseThrow(() -> new ValidationException("--language", "invalid-value", OutreachTexts.MESSAGES.text("error.field.language")));
        newsletters.testSend(caller, issue, l, partner, address);
        out.println(say("console.newsletter-test.done", String.valueOf(issue), l.code(), address));
    }
}
