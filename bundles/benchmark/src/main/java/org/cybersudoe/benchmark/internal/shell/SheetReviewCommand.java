package org.cybersudoe.benchmark.internal.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.cybersudoe.benchmark.Sheet;
import org.cybersudoe.benchmark.SheetService;
import org.cybersudoe.benchmark.internal.BenchmarkTexts;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.security.Caller;

@Service
@Command(scope = "benchmark", name = "sheet-review", description = "Moves a sheet along its review: submit (its partner), publish or return (reviewers).")
public class SheetReviewCommand extends BenchmarkCommand {

    @Reference
    SheetService sheets;

    @Argument(index = 0, name = "id", required = true, description = "the sheet's id")
    long id;

    @Argument(index = 1, name = "action", required = true, description = "submit, publish or return")
    @Completion(value = StringsCompleter.class, values = {"submit", "publish", "return"})
    String action;

    @Option(name = "--comment", description = "the reviewer's comment (required to return a sheet)")
    String comment;

    @Override
    protected void run(Caller caller, PrintStream out) {
        Sheet s = switch (action) {
            case "submit" -> sheets.submit(caller, id);
            case "publish" -> sheets.publish(caller, id, comment);
            case "return" -> sheets.returnForChanges(caller, id, comment);
            default -> throw new ValidationException("action", "invalid-value",
                    BenchmarkTexts.MESSAGES.text("error.field.review-action"));
        };
        out.println(say("console.sheet-review.done", String.valueOf(s.id()), s.status().code()));
    }
}
