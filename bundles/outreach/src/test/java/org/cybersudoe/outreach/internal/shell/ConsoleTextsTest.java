package org.cybersudoe.outreach.internal.shell;

import static org.junit.Assert.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.cybersudoe.core.shell.ConsoleSessions;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.outreach.Campaign;
import org.cybersudoe.outreach.CampaignProgress;
import org.cybersudoe.outreach.CampaignService;
import org.cybersudoe.outreach.CampaignStatus;
import org.cybersudoe.outreach.ImportProgress;
import org.cybersudoe.outreach.ImportReport;
import org.cybersudoe.outreach.ImportService;
import org.cybersudoe.outreach.ImportStatus;
import org.cybersudoe.outreach.RowError;
import org.cybersudoe.outreach.internal.OutreachTexts;
import org.junit.Test;

/** The commands print their texts in the console's language, and in English exactly as before. */
public class ConsoleTextsTest {

    private static final Campaign CAMPAIGN = new Campaign(12345, 7, 17, CampaignStatus.CANCELLED, Instant.parse("2026-12-01T08:00:00Z"),
            "admin", null, null, new CampaignProgress(20, 8, 1, 1, 10, 42, 15L, null));

    private static final RowError REQUIRED = new RowError(3, "Consent", "required",
            OutreachTexts.MESSAGES.text("error.field.row.new-contact"));

    @Test
    public void aCampaignLineReadsAsBeforeInEnglish() {
        CampaignCancelCommand command = in(new CampaignCancelCommand(), null);
        command.campaigns = campaigns();
        assertEquals("Campaign 12345 (issue 17) cancelled [###############               ] sent 8, failed 1, skipped 1, left 10, "
                + "42/min, about 15 s left   \n", printed(command));
    }

    @Test
    public void aCampaignLineReadsInFrench() {
        CampaignCancelCommand command = in(new CampaignCancelCommand(), "fr_FR.UTF-8");
        command.campaigns = campaigns();
        assertEquals("Campagne 12345 (numéro 17) cancelled [###############               ] envoyés 8, échecs 1, ignorés 1, "
                + "restants 10, 42/min, environ 15 s restantes   \n", printed(command));
    }

    @Test
    public void anImportReportReadsAsBeforeInEnglish() throws IOException {
        CompanyImportCommand command = importing(null);
        String out = printed(command);
        assertEquals("\r[##############################] 2/2 rows, ", out.substring(0, out.indexOf("rows, ") + 6));
        assertEquals("\n"
                + "Import 12345 of companies.csv into fib: done\n"
                + "  rows read:          1234\n"
                + "  companies created:  1, updated: 0\n"
                + "  contacts created:   2, updated: 0\n"
                + "  rows unchanged:     0\n"
                + "  rows rejected:      1\n"
                + "  line 3, Consent: is required for a new contact (required)\n", out.substring(out.indexOf("rows/s") + 6));
    }

    @Test
    public void anImportReportReadsInSpanish() throws IOException {
        String out = printed(importing("es_ES.UTF-8"));
        assertEquals("\n"
                + "Importación 12345 de companies.csv en fib: done\n"
                + "  filas leídas:       1234\n"
                + "  empresas creadas:   1, actualizadas: 0\n"
                + "  contactos creados:  2, actualizados: 0\n"
                + "  filas sin cambios:  0\n"
                + "  filas rechazadas:   1\n"
                + "  línea 3, Consent: es obligatorio para un contacto nuevo (required)\n", out.substring(out.indexOf("filas/s") + 7));
    }

    @Test
    public void aFootersRefusalSpeaksOfThePartnersFooter() {
        assertEquals("only admins, or the admins and staff of the partner whose footer it is, may change it",
                in(new FooterSetCommand(), null).refusalHint("partner.scope").orElseThrow());
        assertEquals("seuls les administrateurs, ou les administrateurs et le personnel du partenaire dont c’est le pied de page, "
                + "peuvent le modifier", in(new FooterSetCommand(), "fr_FR.UTF-8").refusalHint("partner.scope").orElseThrow());
        assertEquals("a company's refusal still speaks of the company",
                "only admins, or the admins and staff of the partner that owns the company, may change it",
                in(new CompanyImportCommand(), null).refusalHint("partner.scope").orElseThrow());
    }

    private static CompanyImportCommand importing(String lang) throws IOException {
        Path file = Files.createTempFile(ConsoleSessions.exchangeFolder(), "companies", ".csv");
        file.toFile().deleteOnExit();
        CompanyImportCommand command = in(new CompanyImportCommand(), lang);
        command.partner = "fib";
        command.file = file.toString();
        ImportReport report = new ImportReport(12345, "fib", "companies.csv", "ana", Instant.EPOCH, Instant.EPOCH, ImportStatus.DONE,
                1234, 1, 0, 2, 0, 0, 1, List.of(REQUIRED));
        command.imports = (ImportService) Proxy.newProxyInstance(ImportService.class.getClassLoader(), new Class<?>[] {ImportService.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("importCsv")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    ((ImportProgress) args[4]).progress(2, 2);
                    return report;
                });
        return command;
    }

    private static CampaignService campaigns() {
        return (CampaignService) Proxy.newProxyInstance(CampaignService.class.getClassLoader(), new Class<?>[] {CampaignService.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("cancel")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    return CAMPAIGN;
                });
    }

    /** The command in a console session whose LANG is {@code lang}; no session when null. */
    private static <C extends OutreachCommand> C in(C command, String lang) {
        return ConsoleSessions.speaking(command, lang);
    }

    private static String printed(OutreachCommand command) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            command.run(new Caller("ana", java.util.Set.of(), java.util.Optional.empty()), out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
