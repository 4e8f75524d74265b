package org.cybersudoe.diagnostic.internal.result;

import java.awt.geom.Point2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.Messages;
import org.cybersudoe.diagnostic.AssessmentResult;
import org.cybersudoe.diagnostic.Dimension;
import org.cybersudoe.diagnostic.Recommendation;

/**
 * The printable result: A4, in the assessment's language, with the questionnaire and its version,
 * the overall score and level, the radar chart, a bar per dimension, and the recommendations with
 * their resources and events. Text is set in Liberation Sans (shipped with PDFBox), which covers
 * the accents of the four languages.
 */
public final class ResultPdf {

    static final Messages MESSAGES = Messages.of(ResultPdf.class, "OSGI-INF/l10n/result");
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float MARGIN = 56f;
    private static final float WIDTH = A4.getWidth() - 2 * MARGIN;
    private static final float BOTTOM = 64f;

    public byte[] render(AssessmentResult result) {
        Language language = result.assessment().language();
        try (PDDocument document = new PDDocument()) {
            new Pages(document, language).write(result);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            // laid out in memory: an I/O failure here is a bug, not a condition to handle
            throw new UncheckedIOException("Could not lay out the result of assessment " + result.assessment().id(), e);
        }
    }

    /** One rendering: the document, the page being filled and how far down it is. */
    private static final class Pages {
        private final PDDocument document;
        private final Language language;
        private final PDFont font;
        /* per code point: whether the font can draw it, probed once per document */
        private final java.util.Map<Integer, Boolean> glyphs = new java.util.HashMap<>();
        private PDPageContentStream page;
        private float y;

        Pages(PDDocument document, Language language) throws IOException {
            this.document = document;
            this.language = language;
            try (InputStream in = PDDocument.class.getResourceAsStream(FONT)) {
                this.font = PDType0Font.load(document, in);
            }
        }

        void write(AssessmentResult r) throws IOException {
            try {
                newPage();
                text(r.questionnaire().title().resolve(language).orElse(r.questionnaire().code()), 18f, true);
                y -= 4;
                String submitted = r.assessment().submittedAt() == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(language.locale()).format(r.assessment().submittedAt().atZone(ZoneId.of("Europe/Paris")));
                text(t("pdf.version", r.questionnaire().title().resolve(language).orElse(r.questionnaire().code()),
                        r.questionnaire().version(), submitted), 9.5f, false);
                y -= 10;
                text(t("pdf.overall", r.overall() == null ? t("notRelevant") : RadarChart.number(r.overall(), language),
                        r.level().title().resolve(language).orElse(r.level().code())), 14f, true);
                paragraph(r.level().description().resolve(language).orElse(""), 10.5f);
                radar(r);
                y -= 8;
                text(t("pdf.dimensions"), 13f, true);
                for (Dimension d : r.questionnaire().dimensions()) {
                    bar(d.title().resolve(language).orElse(d.code()), RadarChart.score(r, d.code()));
                }
                if (!r.recommendations().isEmpty()) {
                    y -= 8;
                    text(t("pdf.recommendations"), 13f, true);
                    for (Recommendation rec : r.recommendations()) {
                        String title = r.questionnaire().dimension(rec.dimension()).flatMap(d -> d.title().resolve(language))
                                .orElse(rec.dimension());
                        y -= 4;
                        text(title + " (" + RadarChart.number(rec.score(), language) + ")", 11f, true);
                        paragraph(rec.advice(), 10f);
                        for (Recommendation.Resource res : rec.resources()) {
                            paragraph("• " + res.title() + " — " + res.url(), 9.5f);
                        }
                        for (Recommendation.UpcomingEvent e : rec.events()) {
                            paragraph("• " + t("pdf.event", e.title(), DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                                    .withLocale(language.locale()).format(e.start().atZone(ZoneId.of("Europe/Paris"))),
                                    e.city() == null ? t("pdf.online") : e.city()), 9.5f);
                        }
                    }
                }
            } finally {
                page.close();
            }
            footers();
        }

        private void radar(AssessmentResult r) throws IOException {
            List<Dimension> dims = r.questionnaire().dimensions();
            if (dims.size() < 3) {
                return;
            }
            float radius = 95f;
            ensure(2 * radius + 50);
            float cx = MARGIN + WIDTH / 2;
            float cy = y - radius - 24;
            int n = dims.size();
            page.setStrokingColor(0.78f, 0.78f, 0.78f);
            page.setLineWidth(0.6f);
            for (int ring = 25; ring <= 100; ring += 25) {
                float value = ring;
                polygon(cx, cy, radius, n, i -> value);
                page.stroke();
            }
            List<Point2D.Float> tips = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Point2D.Float tip = at(cx, cy, radius, i, n, 100);
                page.moveTo(cx, cy);
                page.lineTo(tip.x, tip.y);
                tips.add(at(cx, cy, radius + 10, i, n, 100));
            }
            page.stroke();
            page.setNonStrokingColor(0.12f, 0.31f, 0.47f);
            page.setStrokingColor(0.12f, 0.31f, 0.47f);
            page.setLineWidth(1.5f);
            polygon(cx, cy, radius, n, i -> {
                BigDecimal s = RadarChart.score(r, dims.get(i).code());
                return s == null ? 0 : s.floatValue();
            });
            page.stroke();
            for (int i = 0; i < n; i++) {
                String label = shorten(dims.get(i).title().resolve(language).orElse(dims.get(i).code()), 30);
                float w = width(label, 8f);
                Point2D.Float tip = tips.get(i);
                float x = tip.x < cx - 5 ? tip.x - w : tip.x > cx + 5 ? tip.x : tip.x - w / 2;
                draw(label, x, tip.y - 3, 8f, 0.25f);
            }
            y = cy - radius - 24;
        }

        private void polygon(float cx, float cy, float radius, int n, java.util.function.IntFunction<Float> value) throws IOException {
            for (int i = 0; i <= n; i++) {
                Point2D.Float p = at(cx, cy, radius, i % n, n, value.apply(i % n));
                if (i == 0) {
                    page.moveTo(p.x, p.y);
                } else {
                    page.lineTo(p.x, p.y);
                }
            }
        }

        private static Point2D.Float at(float cx, float cy, float radius, int i, int n, float value) {
            double angle = Math.PI / 2 - 2 * Math.PI * i / n;
            float r = radius * value / 100f;
            return new Point2D.Float((float) (cx + r * Math.cos(angle)), (float) (cy + r * Math.sin(angle)));
        }

        private void bar(String label, BigDecimal score) throws IOException {
            ensure(26);
            draw(shorten(label, 60), MARGIN, y - 10, 10f, 0.1f);
            String value = score == null ? t("notRelevant") : RadarChart.number(score, language);
            draw(value, MARGIN + WIDTH - width(value, 10f), y - 10, 10f, 0.1f);
            page.setNonStrokingColor(0.92f, 0.92f, 0.92f);
            page.addRect(MARGIN, y - 22, WIDTH, 7);
            page.fill();
            if (score != null) {
                page.setNonStrokingColor(0.12f, 0.31f, 0.47f);
                page.addRect(MARGIN, y - 22, WIDTH * score.floatValue() / 100f, 7);
                page.fill();
            }
            y -= 28;
        }

        private void text(String line, float size, boolean strong) throws IOException {
            for (String l : wrap(line, size)) {
                ensure(size * 1.4f);
                draw(l, MARGIN, y - size, size, strong ? 0.09f : 0.1f);
                y -= size * 1.4f;
            }
        }

        private void paragraph(String body, float size) throws IOException {
            for (String part : body.split("\n")) {
                text(part, size, false);
            }
        }

        private void draw(String text, float x, float baseline, float size, float grey) throws IOException {
            page.beginText();
            page.setNonStrokingColor(grey, grey + 0.12f, grey + 0.3f);
            page.setFont(font, size);
            page.newLineAtOffset(x, baseline);
            page.showText(printable(text));
            page.endText();
        }

        /** Greedy wrapping on spaces; at least one line. */
        private List<String> wrap(String text, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : printable(text).split(" +")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (line.length() > 0 && width(candidate, size) > WIDTH) {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        private float width(String text, float size) throws IOException {
            return font.getStringWidth(printable(text)) / 1000f * size;
        }

        /** Only characters the font can draw: others become '?' rather than failing the document. */
        private String printable(String text) {
            StringBuilder b = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                b.appendCodePoint(cp >= 0x20 && encodable(cp) ? cp : (cp == '\t' ? ' ' : '?'));
            });
            return b.toString();
        }

        private boolean encodable(int codePoint) {
            return glyphs.computeIfAbsent(codePoint, cp -> {
                try {
                    font.encode(new String(Character.toChars(cp)));
                    return true;
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
        }

        private void ensure(float height) throws IOException {
            if (y - height < BOTTOM) {
                page.close();
                newPage();
            }
        }

        private void newPage() throws IOException {
            PDPage p = new PDPage(A4);
            document.addPage(p);
            page = new PDPageContentStream(document, p);
            y = A4.getHeight() - MARGIN;
        }

        private void footers() throws IOException {
            int total = document.getNumberOfPages();
            for (int i = 0; i < total; i++) {
                try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String text = t("pdf.page", i + 1, total);
                    footer.beginText();
                    footer.setNonStrokingColor(0.45f, 0.45f, 0.45f);
                    footer.setFont(font, 8.5f);
                    footer.newLineAtOffset(A4.getWidth() - MARGIN - width(text, 8.5f), 36f);
                    footer.showText(text);
                    footer.endText();
                }
            }
        }

        private static String shorten(String text, int max) {
            return text.length() <= max ? text : text.substring(0, max - 1) + "…";
        }

        private String t(String key, Object... args) {
            return MESSAGES.get(language, key, args);
        }
    }
}
