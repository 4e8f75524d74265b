package org.cybersudoe.benchmark.internal.shell;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.Map;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.benchmark.CharterService;
import org.cybersudoe.benchmark.CharterVersion;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.security.Caller;

/** Publishes a new version of the charter from the golden rules as they are now. */
@Service
@Command(scope = "benchmark", name = "charter-publish",
        description = "Publishes a new version of the charter made of the current golden rules; every partner is then asked to adopt it again (admins).")
public class CharterPublishCommand extends BenchmarkCommand {

    @Reference
    CharterService charter;

    @Option(name = "--fr", required = true, description = "the preamble in French")
    String fr;

    @Option(name = "--es", required = true, description = "the preamble in Spanish")
    String es;

    @Option(name = "--pt", required = true, description = "the preamble in Portuguese")
    String pt;

    @Option(name = "--en", required = true, description = "the preamble in English")
    String en;

    @Override
    protected void run(Caller caller, PrintStream out) {
        Map<Language, String> preamble = new EnumMap<>(Language.class);
        preamble.put(Language.FR, fr);
        preamble.put(Language.ES, es);
        preamble.put(Language.PT, pt);
        preamble.put(Language.EN, en);
        CharterVersion v = charter.publish(caller, new LocalizedText(preamble));
        out.println(say("console.charter-publish.done", String.valueOf(v.number()), v.rules().size()));
    }
}
