package org.cybersudoe.benchmark.internal.shell;

import java.io.PrintStream;
import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.cybersudoe.benchmark.SheetQuery;
import org.cybersudoe.benchmark.SheetService;
import org.cybersudoe.benchmark.internal.BenchmarkTexts;
import org.cybersudoe.benchmark.internal.Checks;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.security.Caller;

@Service
@Command(scope = "benchmark", name = "sheet-search", description = "Full-text search of the sheets you may read, stemmed per language (\"sécurités\" finds \"sécurité\").")
public class SheetSearchCommand extends BenchmarkCommand {

    @Reference
    SheetService sheets;

    @Argument(index = 0, name = "words", required = true, multiValued = true, description = "the words to look for")
    List<String> words;

    @Option(name = "--lang", description = "the language of the words: fr, es, pt or en (default: every language)")
    @Completion(value = StringsCompleter.class, values = {"fr", "es", "pt", "en"})
    String lang;

    @Option(name = "--theme", description = "theme code")
    String theme;

    @Option(name = "--country", description = "ISO country code")
    String country;

    @Option(name = "--method", description = "method code")
    String method;

    @Option(name = "--sector", description = "sector theme code")
    String sector;

    @Override
    protected void run(Caller caller, PrintStream out) {
        Language language = lang == null ? null : Language.fromCode(lang).filter(l -> l.code().equals(lang))
                .orElseThrow(() -> new ValidationException("--lang", "invalid-value",
                        BenchmarkTexts.MESSAGES.text("error.field.language")));
        String text = String.join(" ", words);
        Validator v = new Validator();
        Checks.searchWords(v, "words", text);
        v.throwIfInvalid();
        printSheets(sheets.search(caller, new SheetQuery(text, language, theme, sector,
                country, method, null, null), page(SheetService.SORTABLE)), out);
    }
}
