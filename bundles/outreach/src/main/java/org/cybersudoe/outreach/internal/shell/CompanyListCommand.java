package org.cybersudoe.outreach.internal.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.outreach.Company;
import org.cybersudoe.outreach.CompanyQuery;
import org.cybersudoe.outreach.DirectoryService;
import org.cybersudoe.outreach.SizeClass;
import org.cybersudoe.outreach.internal.OutreachTexts;

@Service
@Command(scope = "outreach", name = "company-list", description = "Lists the companies of the directory, with filters.")
public class CompanyListCommand extends OutreachCommand {

    @Reference
    DirectoryService directory;

    @Option(name = "--partner", description = "owning partner code")
    String partner;

    @Option(name = "--country", description = "ISO country code, such as ES")
    String country;

    @Option(name = "--region", description = "NUTS II code, such as ES41")
    String region;

    @Option(name = "--nace", description = "NACE code or its start, such as 62")
    String nace;

    @Option(name = "--size", description = "micro, small or medium")
    String size;

    @Option(name = "--name", description = "words of the company's name")
    String name;

    @Option(name = "--email", description = "a contact's address")
    String email;

    @Override
    protected void run(Caller caller, PrintStream out) {
        SizeClass s = size == null ? null : SizeClass.fromCode(size)
                .orElseThrow(() -> new ValidationException("--size", "invalid-value", OutreachTexts.MESSAGES.text("error.field.size")));
        var page = directory.companies(caller, new CompanyQuery(partner, country, region, nace, s, name, email, null),
                page(DirectoryService.SORTABLE));
        var table = table("console.column.id", "console.column.partner", "console.column.country", "console.column.region",
                "console.column.nace", "console.column.size", "console.column.national-id", "console.column.contacts",
                "console.column.name");
        for (Company c : page.items()) {
            table.addRow().addContent(c.id(), c.partner(), c.country(), c.region(), c.nace(),
                    c.size() == null ? "" : c.size().code(), c.nationalId(), c.contacts(), c.name());
        }
        table.print(out);
        printCount(page, "console.noun.companies", out);
    }
}
