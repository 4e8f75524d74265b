package org.cybersudoe.engagement.internal.report;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.Messages;
import org.cybersudoe.engagement.Mission;
import org.cybersudoe.engagement.MissionReport;
import org.cybersudoe.engagement.MissionStatus;
import org.cybersudoe.engagement.ReportStatus;
import org.junit.Test;

public class ReportPdfTest {

    private static final String PARTNER = "Agência de Inovação do Alentejo";
    private static final List<String> SPECIFICATION = List.of(
            "Alojamento na nuvem com cópias de segurança diárias, no máximo 40 € por mês.",
            "Formação de dois colaboradores em faturação eletrónica.\nDuração: meio dia.");

    private final ReportPdf pdf = new ReportPdf();

    @Test
    public void portugueseReportShowsItsHeadingsHeaderAndAccentedContent() throws IOException {
        byte[] bytes = pdf.render(mission(Language.PT), report(Language.PT, SPECIFICATION, null), PARTNER);

        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = flat(new PDFTextStripper().getText(document));
            for (String expected : List.of("Relatório de assistência técnica", "Empresa Padaria São João, Lda.",
                    "Parceiro Agência de Inovação do Alentejo", "Consultor Inês Conceição",
                    "Datas de 3 de março de 2025 a 4 de março de 2025", "Dias de consultoria 1,5",
                    "Temas cybersecurity, e-commerce", "Número da missão 4217", "Situação da empresa",
                    "Necessidades da empresa", "Soluções recomendadas", "Proposta de caderno de encargos",
                    "podem ser enviados tal como estão aos fornecedores",
                    "A padaria fatura à mão « sem software » – custo anual: 1 200 €.",
                    "O gerente diz: “precisamos de encomendas online”.",
                    "R1. Alojamento na nuvem com cópias de segurança diárias, no máximo 40 € por mês.",
                    "R2. Formação de dois colaboradores em faturação eletrónica. Duração: meio dia.",
                    "Missão n.º 4217", "página 1 / 1")) {
                assertTrue("missing \"" + expected + "\" in: " + text, text.contains(expected));
            }
            assertEquals(1, document.getNumberOfPages());
            assertEquals("pt", document.getDocumentCatalog().getLanguage());
            assertEquals("Relatório de assistência técnica — Padaria São João, Lda.",
                    document.getDocumentInformation().getTitle());
            assertTrue(document.getDocumentInformation().getSubject().contains("4217"));
            assertNotNull(document.getDocumentInformation().getCreationDate());
            // A4
            assertEquals(595.3f, document.getPage(0).getMediaBox().getWidth(), 0.5f);
            assertEquals(841.9f, document.getPage(0).getMediaBox().getHeight(), 0.5f);
        }
    }

    @Test
    public void theParagraphsOfASectionStaySeparate() throws IOException {
        String text;
        try (PDDocument document = Loader.loadPDF(
                pdf.render(mission(Language.PT), report(Language.PT, List.of(), null), PARTNER))) {
            text = new PDFTextStripper().getText(document);
        }
        // The two paragraphs of the situation are not run together into one line.
        assertTrue(text, Pattern.compile("1 200 €\\.\\s*\\R\\s*O gerente").matcher(text).find());
    }

    @Test
    public void aReportWithoutSpecificationHasNoSpecificationSection() throws IOException {
        String text = textOf(pdf.render(mission(Language.PT), report(Language.PT, List.of(), null), PARTNER));
        assertTrue(text.contains("Soluções recomendadas"));
        assertFalse(text, text.contains("Proposta de caderno de encargos"));
        assertFalse(text, text.contains("R1."));

        String blanks = textOf(pdf.render(mission(Language.PT), report(Language.PT, List.of(" ", ""), null), PARTNER));
        assertFalse(blanks, blanks.contains("Proposta de caderno de encargos"));
    }

    @Test
    public void anUnsignedReportIsMarkedAsDraftAndASignedOneNamesItsSigner() throws IOException {
        String draft = textOf(pdf.render(mission(Language.PT), report(Language.PT, SPECIFICATION, null), PARTNER));
        assertTrue(draft, draft.contains("Rascunho — não validado"));
        assertFalse(draft, draft.contains("Validado por"));

        String signed = textOf(pdf.render(mission(Language.PT),
                report(Language.PT, SPECIFICATION, Instant.parse("2025-03-10T09:30:00Z")), PARTNER));
        assertTrue(signed, signed.contains("Validado por Marta Lopes em 10 de março de 2025"));
        assertFalse(signed, signed.contains("Rascunho"));
    }

    @Test
    public void aLongReportRunsOverSeveralPagesWithinTheMargins() throws IOException {
        StringBuilder situation = new StringBuilder();
        for (int i = 1; i <= 200; i++) {
            situation.append("Parágrafo ").append(i).append(". A empresa descreve a sua organização, os seus")
                    .append(" clientes e as ferramentas que usa hoje; o consultor anota o que funciona e o que")
                    .append(" falta, com a maior precisão possível, para preparar as recomendações.\n\n");
        }
        // One word wider than the page, as a pasted link would be.
        situation.append("https://exemplo.pt/").append("caminho-muito-longo-".repeat(30)).append("\n\nÚltimo parágrafo.");
        MissionReport report = new MissionReport(4217, Language.PT, situation.toString(), "Necessidades.",
                "Recomendações.", SPECIFICATION, ReportStatus.DRAFT, "ines", Instant.now(), null, null, 3);

        try (PDDocument document = Loader.loadPDF(pdf.render(mission(Language.PT), report, PARTNER))) {
            int pages = document.getNumberOfPages();
            assertTrue("pages: " + pages, pages > 3);

            String all = flat(new PDFTextStripper().getText(document));
            int previous = -1;
            for (int i = 1; i <= 200; i++) {
                int at = all.indexOf("Parágrafo " + i + ". A empresa");
                assertTrue("paragraph " + i + " lost or out of order", at > previous);
                previous = at;
            }
            assertTrue(all.replace(" ", "").contains("caminho-muito-longo-".repeat(30)));

            // The end of the text and what follows it are on the later pages, not lost past the first one.
            PDFTextStripper later = new PDFTextStripper();
            later.setStartPage(2);
            assertTrue(flat(later.getText(document)).contains("Último parágrafo."));
            PDFTextStripper lastPages = new PDFTextStripper();
            lastPages.setStartPage(pages - 1);
            String end = flat(lastPages.getText(document));
            assertTrue(end, end.contains("R2. Formação de dois colaboradores"));
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(pages);
            String last = flat(lastPage.getText(document));
            // The sign-off block, just above the footer.
            assertTrue(last, last.contains("Rascunho — não validado Missão n.º 4217"));

            for (int i = 0; i < pages; i++) {
                PDPage page = document.getPage(i);
                float width = page.getMediaBox().getWidth();
                float height = page.getMediaBox().getHeight();
                // The bottom 2 cm hold the footer, and nothing else.
                PDFTextStripperByArea areas = new PDFTextStripperByArea();
                areas.addRegion("footer", new Rectangle2D.Float(0, height - 56.7f, width, 56.7f));
                areas.extractRegions(page);
                assertEquals("Missão n.º 4217 Rascunho — não validado página " + (i + 1) + " / " + pages,
                        flat(areas.getTextForRegion("footer")).trim());

                Positions positions = new Positions();
                positions.setStartPage(i + 1);
                positions.setEndPage(i + 1);
                positions.getText(document);
                assertFalse(positions.glyphs.isEmpty());
                for (TextPosition glyph : positions.glyphs) {
                    String where = "page " + (i + 1) + ", '" + glyph.getUnicode() + "' at " + glyph.getXDirAdj() + ","
                            + glyph.getYDirAdj();
                    assertTrue(where, glyph.getXDirAdj() >= 42.5f);
                    assertTrue(where, glyph.getXDirAdj() + glyph.getWidthDirAdj() <= width - 42.5f);
                    assertTrue(where, glyph.getYDirAdj() - glyph.getHeightDir() >= 28f);
                    assertTrue(where, glyph.getYDirAdj() <= height - 28f);
                }
            }
        }
    }

    @Test
    public void charactersTheFontLacksAndControlCharactersStillRender() throws IOException {
        MissionReport report = new MissionReport(4217, Language.PT,
                "Cliente com loja em Macau 澳門 😀👍🏽 e site.\tSeparado\u0007 por tabulação.\u200B\nIntegrac\u0327a\u0303o feita.",
                "Nada\u0000 a \u001Bassinalar.", "Ver ❤️ anexo.", List.of("Requisito 🚀 um."), ReportStatus.DRAFT,
                "ines", Instant.now(), null, null, 1);

        Mission pasted = new Mission(4217, 88, "Padaria\r\nSão João\t(Évora)\uD800", "p-alentejo", "Inês\u0000",
                null, null, null, Set.of(), Language.PT, MissionStatus.REQUESTED, ReportStatus.DRAFT, Instant.now(), 1);

        String text = textOf(pdf.render(pasted, report, PARTNER));

        assertTrue(text, text.contains("Empresa Padaria São João (Évora)?"));
        assertTrue(text, text.contains("Consultor Inês Data — Dias de consultoria —"));

        assertTrue(text, text.contains("Cliente com loja em Macau ?? ??? e site. Separado por tabulação."));
        assertTrue(text, text.contains("Integração feita."));
        assertTrue(text, text.contains("Nada a assinalar."));
        assertTrue(text, text.contains("R1. Requisito ? um."));
    }

    @Test
    public void eachLanguageHasEveryLabelAndUsesItsOwnDates() throws IOException {
        Messages messages = Messages.of(ReportPdf.class, "OSGI-INF/l10n/report");
        for (Language language : Language.values()) {
            assertEquals(language.toString(), List.of(), messages.missingKeys(language));
            assertTrue(language.toString(), messages.has(language, "report.title"));
        }

        String french = textOf(pdf.render(mission(Language.FR), report(Language.FR, SPECIFICATION, null), PARTNER));
        assertTrue(french, french.contains("Rapport d’assistance technique"));
        assertTrue(french, french.contains("du 3 mars 2025 au 4 mars 2025"));
        assertTrue(french, french.contains("Projet de cahier des charges"));
        assertTrue(french, french.contains("page 1 / 1"));

        String spanish = textOf(pdf.render(mission(Language.ES), report(Language.ES, List.of(), null), PARTNER));
        assertTrue(spanish, spanish.contains("Informe de asistencia técnica"));
        assertTrue(spanish, spanish.contains("del 3 de marzo de 2025 al 4 de marzo de 2025"));
        assertTrue(spanish, spanish.contains("Borrador — sin validar"));

        Mission oneDay = new Mission(12, 7, "Bodega Ñandú", "p1", "Luis", LocalDate.of(2025, 5, 20),
                LocalDate.of(2025, 5, 20), BigDecimal.ONE, Set.of(), Language.EN, MissionStatus.DONE,
                ReportStatus.DRAFT, Instant.now(), 1);
        String english = textOf(pdf.render(oneDay, report(Language.EN, List.of(), null), null));
        assertTrue(english, english.contains("Technical assistance report"));
        assertTrue(english, english.contains("Date May 20, 2025"));
        assertTrue(english, english.contains("Company Bodega Ñandú"));
        assertTrue(english, english.contains("Partner —"));
        assertTrue(english, english.contains("Themes —"));
    }

    @Test
    public void concurrentRenderingsDoNotInterfere() throws Exception {
        String expected = textOf(pdf.render(mission(Language.PT), report(Language.PT, SPECIFICATION, null), PARTNER));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Language language = Language.values()[i % 4];
                results.add(pool.submit(() -> textOf(
                        pdf.render(mission(language), report(language, SPECIFICATION, null), PARTNER))));
            }
            for (int i = 0; i < results.size(); i++) {
                String text = results.get(i).get();
                if (i % 4 == Language.PT.ordinal()) {
                    assertEquals(expected, text);
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    private static Mission mission(Language language) {
        return new Mission(4217, 88, "Padaria São João, Lda.", "p-alentejo", "Inês Conceição",
                LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 4), new BigDecimal("1.50"),
                Set.of("e-commerce", "cybersecurity"), language, MissionStatus.DONE, ReportStatus.DRAFT,
                Instant.parse("2025-03-05T10:00:00Z"), 2);
    }

    /** A report, signed off at {@code signedOffAt} when it is not null. */
    private static MissionReport report(Language language, List<String> specification, Instant signedOffAt) {
        return new MissionReport(4217, language,
                "A padaria fatura à mão « sem software » – custo anual: 1 200 €.\n\n"
                        + "O gerente diz: “precisamos de encomendas online”.",
                "Faturação eletrónica e uma loja online simples.",
                "Adotar um programa de faturação certificado e uma página de encomendas.", specification,
                signedOffAt == null ? ReportStatus.DRAFT : ReportStatus.SIGNED_OFF, "ines",
                Instant.parse("2025-03-06T10:00:00Z"), signedOffAt == null ? null : "Marta Lopes", signedOffAt, 4);
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return flat(new PDFTextStripper().getText(document));
        }
    }

    /** Line breaks and runs of spaces as single spaces, so wrapped text can be searched as one line. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** Every glyph PDFBox finds on the pages it is asked for, where it is drawn. */
    private static final class Positions extends PDFTextStripper {

        final List<TextPosition> glyphs = new ArrayList<>();

        @Override
        protected void processTextPosition(TextPosition text) {
            glyphs.add(text);
            super.processTextPosition(text);
        }
    }
}
