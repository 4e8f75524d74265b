package org.cybersudoe.benchmark.internal.shell;

import java.io.PrintStream;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.benchmark.CharterService;
import org.cybersudoe.benchmark.GoldenRule;
import org.cybersudoe.core.security.Caller;

@Service
@Command(scope = "benchmark", name = "rule-list", description = "Lists the golden rules and the sheets that support each.")
public class RuleListCommand extends BenchmarkCommand {

    @Reference
    CharterService charter;

    @Override
    protected void run(Caller caller, PrintStream out) {
        var table = table("console.column.position", "console.column.code", "console.column.rule", "console.column.sheets");
        for (GoldenRule r : charter.rules(caller)) {
            table.addRow().addContent(r.position(), r.code(), text(r.title()),
                    r.supportingSheets().stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        table.print(out);
    }
}
