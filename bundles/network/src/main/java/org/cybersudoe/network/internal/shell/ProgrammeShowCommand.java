package org.cybersudoe.network.internal.shell;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

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
        out.println(text(p.name()));
        out.println(say("console.programme-show.period", p.code(), String.valueOf(p.startsOn()),
                String.valueOf(p.endsOn())));
        Locale locale = language().locale();
        ShellTable table = table("console.column.work-package", "console.column.name");
        table.column(new Col(say("console.column.budget", p.currency())).alignRight());
        table.column(say("console.column.copilots"));
        for (WorkPackage w : p.workPackages()) {
            table.addRow().addContent(w.code(), text(w.name()), String.format(locale, "%,.2f", w.budget()),
                    String.join(",", w.copilots()));
        }
        BudgetCheck check = p.budgetCheck();
        table.addRow().addContent("", say("console.programme-show.sum-of-lines"),
                String.format(locale, "%,.2f", check.sumOfLines()), "");
        if (check.statedTotal() != null) {
            table.addRow().addContent("", say("console.programme-show.stated-total"),
                    String.format(locale, "%,.2f", check.statedTotal()), "");
        }
        table.print(out);
        out.println(say(check.consistent() ? "console.programme-show.ok" : "console.programme-show.discrepancy",
                checkMessage(check, p.currency())));
    }

    /**
     * What the budget check found, in the console's language: the sentence of
     * {@link BudgetCheck#message()}, worded from the check's figures.
     */
    private String checkMessage(BudgetCheck check, String currency) {
        if (check.statedTotal() == null) {
            return say("console.programme-show.check.no-total", money(check.sumOfLines(), currency));
        }
        if (check.consistent()) {
            return say("console.programme-show.check.equal", money(check.statedTotal(), currency));
        }
        return say("console.programme-show.check.differs", money(check.statedTotal(), currency),
                money(check.sumOfLines(), currency), money(check.difference(), currency));
    }

    /** An amount as the budget check writes it, such as {@code 1,641,383 EUR}, grouped the console's way. */
    private String money(BigDecimal amount, String currency) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(language().locale()));
        return format.format(amount) + " " + (currency == null ? "EUR" : currency);
    }
}
