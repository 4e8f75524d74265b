package org.cybersudoe.outreach.internal.shell;

import java.io.PrintStream;
import java.util.List;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.outreach.NewsletterIssue;
import org.cybersudoe.outreach.NewsletterService;

@Service
@Command(scope = "outreach", name = "issue-list", description = "Lists the newsletter issues and the languages each still lacks.")
public class IssueListCommand extends OutreachCommand {

    @Reference
    NewsletterService newsletters;

    @Override
    protected void run(Caller caller, PrintStream out) {
        var page = newsletters.issues(caller, page(List.of()));
        var table = table("console.column.id", "console.column.number", "console.column.sections",
                "console.column.missing-languages", "console.column.subject");
        for (NewsletterIssue i : page.items()) {
            table.addRow().addContent(i.id(), i.number(), i.sections().size(),
                    i.missingLanguages().isEmpty() ? "-" : String.join(",", i.missingLanguages().stream().map(Language::code).toList()),
                    text(i.subject()));
        }
        table.print(out);
        printCount(page, "console.noun.issues", out);
    }
}
