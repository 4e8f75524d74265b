package org.cybersudoe.outreach.internal.shell;

import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.i18n.Messages;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.shell.PagedCommand;
import org.cybersudoe.outreach.Campaign;
import org.cybersudoe.outreach.CampaignProgress;
import org.cybersudoe.outreach.RowError;
import org.cybersudoe.outreach.internal.OutreachTexts;

/**
 * Every {@code outreach:*} command: the platform's command base, with the paging options of
 * lists, GT4's texts and refusal hints in the console's language, and the lines several
 * commands print alike (a campaign's progress, a footer, a rejected row).
 */
public abstract class OutreachCommand extends PagedCommand {

    /** The width of a progress bar, in characters. */
    static final int BAR = 30;

    /** The catalog key of the hint for each refusal type. */
    private static final Map<String, String> WHO = Map.of(
            "partner.scope", "console.hint.partner-scope",
            "network.read", "console.hint.network-read");

    // declared again so the area's tests (same package) can run a command directly
    @Override
    protected abstract void run(Caller caller, PrintStream out);

    @Override
    protected Messages messages() {
        return OutreachTexts.MESSAGES;
    }

    @Override
    protected Optional<String> refusalHint(String type) {
        return Optional.ofNullable(WHO.get(type)).map(key -> say(key));
    }

    /** A bar of {@link #BAR} characters, {@code filled} of them marked. */
    static String bar(int filled) {
        return "#".repeat(filled) + " ".repeat(BAR - filled);
    }

    /** A campaign on one line: its status, a progress bar and the counts (redrawn in place by campaign-status --watch). */
    String campaignLine(Campaign c) {
        CampaignProgress p = c.progress();
        int done = p.sent() + p.failed() + p.skipped();
        int filled = p.recipients() == 0 ? 0 : BAR * done / p.recipients();
        String timeLeft = p.secondsLeft() == null ? "" : say("console.campaign.time-left", String.valueOf(p.secondsLeft()));
        return say("console.campaign.line", String.valueOf(c.id()), String.valueOf(c.issueNumber()), c.status().code(), bar(filled),
                String.valueOf(p.sent()), String.valueOf(p.failed()), String.valueOf(p.skipped()), String.valueOf(p.left()),
                String.valueOf(p.perMinute()), timeLeft) + "   ";
    }

    /** A rejected row of an import, its reason in the console's language. */
    String rowError(RowError e) {
        return "  " + say("console.import.row-error", String.valueOf(e.line()), e.field(), e.detail(language()), e.code());
    }

    /** A partner's newsletter footer, one row per language. */
    void printFooter(LocalizedText footer, PrintStream out) {
        var table = table("console.column.language", "console.column.footer");
        for (Language l : Language.values()) {
            table.addRow().addContent(l.code(), footer.exact(l).orElseGet(() -> say("console.footer.none")));
        }
        table.print(out);
    }
}
