package org.cybersudoe.toolbox.internal.shell;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.toolbox.ProjectLead;
import org.cybersudoe.toolbox.ProjectLeadDraft;
import org.cybersudoe.toolbox.TrainingService;

@Service
@Command(scope = "toolbox", name = "lead-add", description = "Records a trained project lead of a partner (your own partner, unless you are an admin).")
public class LeadAddCommand extends ToolboxCommand {

    @Reference
    TrainingService training;

    @Argument(index = 0, name = "partner", required = true, description = "the partner's code")
    String partner;

    @Argument(index = 1, name = "name", required = true, description = "the lead's full name (quote it)")
    String name;

    @Argument(index = 2, name = "trained-on", required = true, description = "the training date, YYYY-MM-DD")
    String trainedOn;

    @Option(name = "--email", description = "the lead's e-mail address (options go before the arguments)")
    String email;

    @Override
    protected void run(Caller caller, PrintStream out) {
        LocalDate date;
        try {
            date = LocalDate.parse(trainedOn);
        } catch (DateTimeParseException e) {
            throw new ValidationException("trained-on", "invalid-value", MESSAGES.text("error.field.date"));
        }
        ProjectLeadDraft draft = new ProjectLeadDraft(partner, name, email, date);
        boolean already = training.sameLead(caller, draft).isPresent();
        ProjectLead lead = training.addLead(caller, draft);
        out.println(message(already ? "console.lead-add.existing" : "console.lead-add.done", String.valueOf(lead.id()),
                lead.fullName(), lead.partnerCode(), String.valueOf(lead.trainedOn())));
    }
}
