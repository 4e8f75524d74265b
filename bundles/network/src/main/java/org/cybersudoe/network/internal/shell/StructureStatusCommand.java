package org.cybersudoe.network.internal.shell;

import java.io.PrintStream;
import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.network.MembershipStatus;
import org.cybersudoe.network.StatusChange;
import org.cybersudoe.network.Structure;
import org.cybersudoe.network.StructureService;
import org.cybersudoe.network.internal.NetworkTexts;

@Service
@Command(scope = "network", name = "structure-status", description = "Changes a structure's membership status (admins only) and shows its history.")
public class StructureStatusCommand extends NetworkCommand {

    @Reference
    StructureService structures;

    @Argument(index = 0, name = "code", required = true, description = "the structure's code")
    @Completion(StructureCodeCompleter.class)
    String code;

    @Argument(index = 1, name = "status", required = true, description = "partner, associated or informed")
    @Completion(value = StringsCompleter.class, values = {"partner", "associated", "informed"})
    String status;

    @Option(name = "--date", description = "the date it takes effect, YYYY-MM-DD (default today)")
    String effectiveOn;

    @Option(name = "--note", description = "why")
    String note;

    @Override
    protected void run(Caller caller, PrintStream out) {
        MembershipStatus s = MembershipStatus.fromCode(status).orElseThrow(
                () -> new ValidationException("status", "invalid-value",
                        NetworkTexts.MESSAGES.text("error.field.membership-status")));
        LocalDate effective;
        try {
            effective = effectiveOn == null ? null : LocalDate.parse(effectiveOn);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ValidationException("--date", "invalid-value",
                    NetworkTexts.MESSAGES.text("error.field.date", "2011-01-15"));
        }
        Structure changed = structures.changeStatus(caller, code, s, effective, note);
        out.println(say("console.structure-status.done", changed.code(), changed.status().code(),
                String.valueOf(changed.statusSince())));
        for (StatusChange c : structures.statusHistory(caller, code)) {
            String changedOn = String.valueOf(c.changedOn());
            out.println("  " + (c.note() == null
                    ? say("console.structure-status.history", changedOn, c.status().code(), c.changedBy())
                    : say("console.structure-status.history-noted", changedOn, c.status().code(), c.changedBy(), c.note())));
        }
    }
}
