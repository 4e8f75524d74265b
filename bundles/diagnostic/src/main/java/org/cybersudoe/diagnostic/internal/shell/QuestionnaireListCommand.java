package org.cybersudoe.diagnostic.internal.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.diagnostic.internal.questionnaires.QuestionnaireRegistry;

@Service
@Command(scope = "diagnostic", name = "questionnaire-list", description = "Lists the questionnaires on offer, where they come from, "
        + "and the questionnaire files refused.")
public class QuestionnaireListCommand extends DiagnosticCommand {

    @Reference
    QuestionnaireRegistry registry;

    @Override
    protected void run(Caller caller, PrintStream out) {
        caller.requireNetworkRead();
        var table = table("console.column.code", "console.column.version", "console.column.theme", "console.column.dimensions",
                "console.column.questions", "console.column.title", "console.column.from");
        for (var d : registry.deployed()) {
            var q = d.questionnaire();
            table.addRow().addContent(q.code(), q.version(), q.theme() == null ? "-" : q.theme(), q.dimensions().size(),
                    q.questions().count(), text(q.title()), d.source());
        }
        table.print(out);
        if (!registry.refusals().isEmpty()) {
            out.println(say("console.questionnaire-list.refused"));
            registry.refusals().forEach(r -> out.println("  " + r.source() + ": " + (r.text() == null ? r.reason() : text(r.text()))));
        }
    }
}
