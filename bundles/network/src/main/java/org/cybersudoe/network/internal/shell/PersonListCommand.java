package org.cybersudoe.network.internal.shell;

import java.io.PrintStream;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.network.DirectoryService;
import org.cybersudoe.network.Person;
import org.cybersudoe.network.PersonQuery;

@Service
@Command(scope = "network", name = "person-list", description = "Searches the project directory.")
public class PersonListCommand extends NetworkCommand {

    @Reference
    DirectoryService directory;

    @Option(name = "--name", description = "text in the first or last name")
    String name;

    @Option(name = "--structure", description = "a structure's code")
    @Completion(StructureCodeCompleter.class)
    String structure;

    @Option(name = "--country", description = "ISO country code of the structure")
    String country;

    @Option(name = "--offset")
    int offset;

    @Option(name = "--limit")
    int limit = 100;

    @Override
    protected void run(Caller caller, PrintStream out) {
        Page<Person> page = directory.search(caller, new PersonQuery(name, structure, country),
                PageRequest.of(offset, limit, null, DirectoryService.SORTABLE));
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Name");
        table.column("Structure");
        table.column("Function");
        table.column("E-mail");
        table.column("Phone");
        table.column("Languages");
        for (Person p : page.items()) {
            table.addRow().addContent(p.id(), p.displayName(), p.structureCode(), p.function(), p.email(), p.phone(),
                    p.languages().stream().sorted().map(Language::code).collect(Collectors.joining(",")));
        }
        table.print(out);
        out.println(page.items().size() + " of " + page.total() + " person(s)");
    }
}
