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
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.network.DirectoryService;
import org.cybersudoe.network.Person;
import org.cybersudoe.network.PersonQuery;

@Service
@Command(scope = "network", name = "person-list", description = "Searches the project directory.")
public class PersonListCommand extends PagedListCommand {

    @Reference
    DirectoryService directory;

    @Option(name = "--name", description = "text in the first or last name")
    String name;

    @Option(name = "--structure", description = "a structure's code")
    @Completion(StructureCodeCompleter.class)
    String structure;

    @Option(name = "--country", description = "ISO country code of the structure")
    String country;



    @Override
    protected void run(Caller caller, PrintStream out) {
        Page<Person> page = directory.search(caller, new PersonQuery(name, structure, country),
                page(null, DirectoryService.SORTABLE));
        ShellTable table = table("console.column.id", "console.column.name", "console.column.structure",
                "console.column.function", "console.column.email", "console.column.phone", "console.column.languages");
        for (Person p : page.items()) {
            table.addRow().addContent(p.id(), p.displayName(), p.structureCode(), p.function(), p.email(), p.phone(),
                    p.languages().stream().sorted().map(Language::code).collect(Collectors.joining(",")));
        }
        table.print(out);
        printCount(page, "console.noun.persons", out);
    }
}
