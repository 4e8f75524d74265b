package org.cybersudoe.outreach.internal.shell;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.outreach.NewsletterService;
import org.cybersudoe.outreach.internal.OutreachTexts;

@Service
@Command(scope = "outreach", name = "footer-set", description = "Writes a partner's newsletter footer in the languages given; the other languages keep their text.")
public class FooterSetCommand extends OutreachCommand {

    private static final String LINES = "; \\n starts a new line";

    @Reference
    NewsletterService newsletters;

    @Argument(index = 0, name = "partner", description = "the partner's code", required = true)
    String partner;

    @Option(name = "--fr", description = "the footer in French" + LINES)
    String fr;

    @Option(name = "--es", description = "the footer in Spanish" + LINES)
    String es;

    @Option(name = "--pt", description = "the footer in Portuguese" + LINES)
    String pt;

    @Option(name = "--en", description = "the footer in English" + LINES)
    String en;

    // a footer is the partner's own, not a company's: the area's hint would send the operator looking for a company
    @Override
    protected Optional<String> refusalHint(String type) {
        return "partner.scope".equals(type) ? Optional.of(say("console.hint.partner-scope.footer")) : super.refusalHint(type);
    }

    @Override
    protected void run(Caller caller, PrintStream out) {
        if (fr == null && es == null && pt == null && en == null) {
            throw new ValidationException("footer", "required", OutreachTexts.MESSAGES.text("console.invalid.footer-language"));
        }
        Map<String, String> merged = new LinkedHashMap<>(newsletters.footer(caller, partner).byCode());
        Map<Language, String> given = new LinkedHashMap<>();
        given.put(Language.FR, fr);
        given.put(Language.ES, es);
        given.put(Language.PT, pt);
        given.put(Language.EN, en);
        given.forEach((language, text) -> {
            if (text != null) {
                merged.put(language.code(), text.replace("\\n", "\n"));
            }
        });
        printFooter(newsletters.setFooter(caller, partner, LocalizedText.ofCodes(merged)), out);
    }
}
