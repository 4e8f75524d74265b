package org.cybersudoe.benchmark.internal.shell;

import java.io.PrintStream;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.benchmark.Adoption;
import org.cybersudoe.benchmark.CharterService;
import org.cybersudoe.benchmark.CharterVersion;
import org.cybersudoe.benchmark.internal.BenchmarkTexts;
import org.cybersudoe.core.error.ConflictException;
import org.cybersudoe.core.security.Caller;

@Service
@Command(scope = "benchmark", name = "charter-adopt", description = "Records that a partner adopts the current version of the charter (its partner-admins, or admins).")
public class CharterAdoptCommand extends BenchmarkCommand {

    @Reference
    CharterService charter;

    @Argument(index = 0, name = "partner", required = true, description = "the partner's code")
    String partner;

    @Argument(index = 1, name = "version", required = false, description = "the version adopted (default: the current one)")
    Integer version;

    @Override
    protected void run(Caller caller, PrintStream out) {
        int number = version != null ? version : charter.current(caller).map(CharterVersion::number)
                .orElseThrow(() -> new ConflictException("version",
                        BenchmarkTexts.MESSAGES.text("error.conflict.no-charter")));
        Adoption a = charter.adopt(caller, partner, number);
        out.println(say("console.charter-adopt.done", a.partner(), String.valueOf(a.version()), a.adoptedBy(),
                String.valueOf(a.adoptedAt())));
    }
}
