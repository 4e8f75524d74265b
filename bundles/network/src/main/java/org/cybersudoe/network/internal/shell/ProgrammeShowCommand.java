package org.cybersudoe.network.internal.shell;

import java.io.PrintStream;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.Col;
import org.apache.karaf.shell.support.table.ShellTable;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.network.BudgetCheck;
import org.cybersudoe.network.Programme;
import org.cybersudoe.network.ProgrammeService;
import org.cybersudoe.network.WorkPackage;
import org.cybersudoe.network.internal.NetworkTexts;

@Service
@Command(scope = "network", name = "programme-show", description = "Shows a programme's budget by work package, with the stated total checked against the lines.")
public class ProgrammeShowCommand extends NetworkCommand {

    @Reference
    ProgrammeService programmes;

    @Argument(index = 0, name = "code", description = "the programme's code (default: the only or first one)")
    String code;

    @Override
    protected void run(Caller caller, PrintStream out) {
        Programme p;
        if (code != null) {
            p = programmes.get(caller, code);
        } else {
            List<Programme> all = programmes.list(caller);
            if (all.isEmpty()) {
                throw new NotFoundException(NetworkTexts.MESSAGES.text("error.not-found.any-programme"));
            }
            p = all.get(0);
        }
        out.println(en(p.name()));
        out.println(p.code() + ", " + p.startsOn() + " to " + p.endsOn());
        ShellTable table = new ShellTable();
        table.column("Work package");
        table.column("Name");
        table.column(new Col("Budget (" + p.currency() + ")").alignRight());
        table.column("Co-pilots");
        for (WorkPackage w : p.workPackages()) {
            table.addRow().addContent(w.code(), en(w.name()), String.format("%,.2f", w.budget()),
                    String.join(",", w.copilots()));
        }
        BudgetCheck check = p.budgetCheck();
        table.addRow().addContent("", "Sum of the lines", String.format("%,.2f", check.sumOfLines()), "");
        if (check.statedTotal() != null) {
            table.addRow().addContent("", "Stated total", String.format("%,.2f", check.statedTotal()), "");
        }
        table.print(out);
        out.println((check.consistent() ? "OK: " : "DISCREPANCY: ") + check.message());
    }
}
