package org.cybersudoe.engagement.internal.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.Messages;
import org.cybersudoe.engagement.Mission;
import org.cybersudoe.engagement.MissionReport;
import org.cybersudoe.engagement.ReportStatus;

/**
 * A mission report as a PDF the company can keep and pass on to suppliers: A4, in the report's
 * language, with a header block, the three written sections, the draft specification as numbered
 * requirements when there is one, the sign-off and a footer on every page.
 * <p>
 * Thread-safe: each call works on its own document; the only shared field is the immutable catalog.
 */
public final class ReportPdf {

    private static final Messages MESSAGES = Messages.of(ReportPdf.class, "OSGI-INF/l10n/report");

    /*
     * Shipped inside the PDFBox bundle, so the report looks the same on every server without any OS
     * font, and it covers Latin-1, Latin Extended-A and the typographic punctuation (« » – “ ” €) the
     * four languages need. Read through a PDFBox class so that in OSGi it comes from PDFBox's bundle.
     */
    private static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN_X = 56.7f; // 2 cm
    private static final float MARGIN_TOP = 56.7f;
    /* Leaves room under the text for the footer rule and line. */
    private static final float MARGIN_BOTTOM = 70.9f;
    private static final float FOOTER_BASELINE = 34f;
    private static final float TEXT_WIDTH = PAGE.getWidth() - 2 * MARGIN_X;
    private static final float LEADING = 1.4f;
    private static final float PARAGRAPH_GAP = 6f;

    private static final Style TITLE = new Style(20f, 0.09f, 0.22f, 0.40f, true);
    private static final Style HEADING = new Style(13f, 0.09f, 0.22f, 0.40f, true);
    private static final Style BODY = new Style(10.5f, 0.10f, 0.10f, 0.10f, false);
    private static final Style LABEL = new Style(9.5f, 0.40f, 0.40f, 0.40f, true);
    private static final Style VALUE = new Style(9.5f, 0.10f, 0.10f, 0.10f, false);
    private static final Style NUMBER = new Style(10.5f, 0.09f, 0.22f, 0.40f, true);
    private static final Style NOTE = new Style(10f, 0.35f, 0.35f, 0.35f, false);
    private static final Style SIGNED = new Style(10.5f, 0.10f, 0.10f, 0.10f, true);
    private static final Style DRAFT = new Style(11f, 0.75f, 0.10f, 0.10f, true);
    private static final Style FOOTER = new Style(8.5f, 0.45f, 0.45f, 0.45f, false);
    private static final Style FOOTER_DRAFT = new Style(8.5f, 0.75f, 0.10f, 0.10f, true);

    private static final Pattern BLANK_LINES = Pattern.compile("\n\\s*\n");
    private static final Pattern SPACES = Pattern.compile(" +");
    private static final String NONE = "—";

    public ReportPdf() {
    }

    /**
     * The report laid out on A4 pages, in the report's language. partnerName: the partner's display name.
     */
    public byte[] render(Mission mission, MissionReport report, String partnerName) {
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(report, "report");
        Language language = report.language() != null ? report.language()
                : mission.language() != null ? mission.language() : Language.EN;
        try (PDDocument document = new PDDocument()) {
            new Layout(document, language).write(mission, report, partnerName);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            // Everything happens in memory: an I/O failure here is a bug, not a condition to handle.
            throw new UncheckedIOException("Could not lay out the report of mission " + mission.id(), e);
        }
    }

    private record Style(float size, float red, float green, float blue, boolean bold) {

        float leading() {
            return size * LEADING;
        }
    }

    /** The state of one rendering: the document, its font, the page being filled and how far down it is. */
    private static final class Layout {

        private final PDDocument document;
        private final Language language;
        private final Locale locale;
        private final ZoneId zone;
        private final PDFont font;
        /* Per code point: whether the font has it, so each character is probed once per document. */
        private final Map<Integer, Boolean> glyphs = new HashMap<>();
        private PDPageContentStream stream;
        private float y;

        Layout(PDDocument document, Language language) throws IOException {
            this.document = document;
            this.language = language;
            this.locale = language.locale();
            this.zone = zoneOf(language);
            this.font = loadFont(document);
        }

        void write(Mission mission, MissionReport report, String partnerName) throws IOException {
            try {
                layOut(mission, report, partnerName);
            } finally {
                if (stream != null) {
                    stream.close();
                }
            }
        }

        private void layOut(Mission mission, MissionReport report, String partnerName) throws IOException {
            boolean signed = report.status() == ReportStatus.SIGNED_OFF;
            describe(mission, partnerName);
            newPage();

            paragraph(text("report.title"), TITLE, MARGIN_X, TEXT_WIDTH);
            if (!signed) {
                // Said at the top too, so nobody reads a draft as the agreed version.
                y -= 2f;
                paragraph(text("signoff.draft"), DRAFT, MARGIN_X, TEXT_WIDTH);
            }
            y -= 8f;
            header(mission, partnerName);

            section(text("section.situation"), report.situation());
            section(text("section.needs"), report.needs());
            section(text("section.recommendations"), report.recommendations());
            List<String> requirements = report.specification().stream().filter(r -> !r.isBlank()).toList();
            if (!requirements.isEmpty()) {
                specification(requirements);
            }
            signOff(report, signed);

            stream.close();
            stream = null;
            footers(mission, signed);
        }

        private void describe(Mission mission, String partnerName) {
            PDDocumentInformation info = document.getDocumentInformation();
            String company = orNone(mission.companyName());
            info.setTitle(text("document.title", company));
            info.setSubject(text("document.subject", String.valueOf(mission.id()), company));
            if (partnerName != null && !partnerName.isBlank()) {
                info.setAuthor(partnerName);
            }
            info.setCreator("CyberSudoe");
            info.setCreationDate(GregorianCalendar.from(ZonedDateTime.now(zone)));
            document.getDocumentCatalog().setLanguage(language.code());
            // Viewers then show the report's title rather than a generated file name.
            PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
            preferences.setDisplayDocTitle(true);
            document.getDocumentCatalog().setViewerPreferences(preferences);
        }

        private void header(Mission mission, String partnerName) throws IOException {
            boolean range = mission.start() != null && mission.end() != null && !mission.end().equals(mission.start());
            List<String[]> rows = List.of(
                    new String[] {text("header.company"), orNone(mission.companyName())},
                    new String[] {text("header.partner"), orNone(partnerName)},
                    new String[] {text("header.consultant"), orNone(mission.consultant())},
                    new String[] {text(range ? "header.dates" : "header.date"), dates(mission.start(), mission.end())},
                    new String[] {text("header.days"), days(mission.consultantDays())},
                    new String[] {text("header.themes"), themes(mission.themes())},
                    new String[] {text("header.mission"), String.valueOf(mission.id())});
            float labelWidth = 0;
            for (String[] row : rows) {
                labelWidth = Math.max(labelWidth, width(printable(row[0]), LABEL));
            }
            // A translation must not squeeze the values to nothing.
            labelWidth = Math.min(labelWidth + 14f, TEXT_WIDTH / 3);
            rule(0.6f);
            y -= 6f;
            for (String[] row : rows) {
                List<String> labels = wrap(row[0], LABEL, labelWidth - 8f);
                List<String> values = wrap(row[1], VALUE, TEXT_WIDTH - labelWidth);
                int count = Math.max(labels.size(), values.size());
                for (int i = 0; i < count; i++) {
                    ensure(VALUE.leading());
                    float baseline = y - VALUE.size();
                    if (i < labels.size()) {
                        draw(stream, labels.get(i), MARGIN_X, baseline, LABEL);
                    }
                    if (i < values.size()) {
                        draw(stream, values.get(i), MARGIN_X + labelWidth, baseline, VALUE);
                    }
                    y -= VALUE.leading();
                }
            }
            y -= 6f;
            rule(0.6f);
        }

        private void section(String title, String body) throws IOException {
            heading(title);
            String content = printable(body).strip();
            if (content.isEmpty()) {
                paragraph(text("section.empty"), NOTE, MARGIN_X, TEXT_WIDTH);
                return;
            }
            for (String paragraph : BLANK_LINES.split(content)) {
                paragraph(paragraph, BODY, MARGIN_X, TEXT_WIDTH);
                y -= PARAGRAPH_GAP;
            }
            y += PARAGRAPH_GAP;
        }

        private void specification(List<String> requirements) throws IOException {
            heading(text("section.specification"));
            paragraph(text("specification.intro"), NOTE, MARGIN_X, TEXT_WIDTH);
            y -= PARAGRAPH_GAP;
            // One indent for all, set by the widest number, so the requirement texts line up.
            float indent = width(printable(text("specification.number", String.valueOf(requirements.size()))), NUMBER)
                    + 8f;
            for (int i = 0; i < requirements.size(); i++) {
                String number = printable(text("specification.number", String.valueOf(i + 1)));
                List<String> lines = new ArrayList<>();
                for (String line : printable(requirements.get(i)).strip().split("\n", -1)) {
                    lines.addAll(wrap(line, BODY, TEXT_WIDTH - indent));
                }
                for (int j = 0; j < lines.size(); j++) {
                    ensure(BODY.leading());
                    float baseline = y - BODY.size();
                    if (j == 0) {
                        draw(stream, number, MARGIN_X, baseline, NUMBER);
                    }
                    draw(stream, lines.get(j), MARGIN_X + indent, baseline, BODY);
                    y -= BODY.leading();
                }
                y -= PARAGRAPH_GAP / 2;
            }
        }

        private void signOff(MissionReport report, boolean signed) throws IOException {
            // Kept in one piece with its rule rather than split over a page break.
            ensure(18f + 8f + SIGNED.leading() + DRAFT.leading());
            y -= 18f;
            rule(0.6f);
            y -= 8f;
            if (signed) {
                Instant at = report.signedOffAt();
                String when = at == null ? NONE : dateFormat().format(at.atZone(zone).toLocalDate());
                paragraph(text("signoff.signed", orNone(report.signedOffBy()), when), SIGNED, MARGIN_X, TEXT_WIDTH);
            } else {
                paragraph(text("signoff.draft"), DRAFT, MARGIN_X, TEXT_WIDTH);
            }
        }

        private void footers(Mission mission, boolean signed) throws IOException {
            int total = document.getNumberOfPages();
            String left = printable(text("footer.mission", String.valueOf(mission.id())));
            String draft = signed ? null : printable(text("signoff.draft"));
            for (int i = 0; i < total; i++) {
                PDPage page = document.getPage(i);
                try (PDPageContentStream footer = new PDPageContentStream(document, page, AppendMode.APPEND, true,
                        true)) {
                    footer.setStrokingColor(0.75f, 0.75f, 0.75f);
                    footer.setLineWidth(0.5f);
                    footer.moveTo(MARGIN_X, FOOTER_BASELINE + 12f);
                    footer.lineTo(PAGE.getWidth() - MARGIN_X, FOOTER_BASELINE + 12f);
                    footer.stroke();
                    draw(footer, left, MARGIN_X, FOOTER_BASELINE, FOOTER);
                    if (draft != null) {
                        // Every page says it, since pages of a draft can get separated from its first one.
                        float centre = (PAGE.getWidth() - width(draft, FOOTER_DRAFT)) / 2;
                        draw(footer, draft, centre, FOOTER_BASELINE, FOOTER_DRAFT);
                    }
                    String pages = printable(text("footer.page", String.valueOf(i + 1), String.valueOf(total)));
                    draw(footer, pages, PAGE.getWidth() - MARGIN_X - width(pages, FOOTER), FOOTER_BASELINE, FOOTER);
                }
            }
        }

        private void heading(String title) throws IOException {
            float gap = 14f;
            // Never leave a heading alone at the foot of a page: it needs two lines of text under it.
            if (y - gap - HEADING.leading() - 2 * BODY.leading() < MARGIN_BOTTOM) {
                newPage();
            } else {
                y -= gap;
            }
            paragraph(title, HEADING, MARGIN_X, TEXT_WIDTH);
            y -= 2f;
        }

        /** A paragraph whose own line breaks are kept, each line wrapped to the width. */
        private void paragraph(String raw, Style style, float x, float width) throws IOException {
            for (String line : printable(raw).split("\n", -1)) {
                for (String wrapped : wrap(line, style, width)) {
                    line(wrapped, x, style);
                }
            }
        }

        private void line(String text, float x, Style style) throws IOException {
            ensure(style.leading());
            draw(stream, text, x, y - style.size(), style);
            y -= style.leading();
        }

        private void rule(float lineWidth) throws IOException {
            ensure(lineWidth);
            stream.setStrokingColor(0.70f, 0.70f, 0.70f);
            stream.setLineWidth(lineWidth);
            stream.moveTo(MARGIN_X, y);
            stream.lineTo(MARGIN_X + TEXT_WIDTH, y);
            stream.stroke();
        }

        private void ensure(float height) throws IOException {
            if (y - height < MARGIN_BOTTOM) {
                newPage();
            }
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PAGE.getHeight() - MARGIN_TOP;
        }

        /** {@code text} must already be {@link #printable}. */
        private void draw(PDPageContentStream target, String text, float x, float baseline, Style style)
                throws IOException {
            if (text.isEmpty()) {
                return;
            }
            target.saveGraphicsState();
            target.setNonStrokingColor(style.red(), style.green(), style.blue());
            if (style.bold()) {
                // The embedded font has no bold face: outlining the glyphs thickens them the same way.
                target.setStrokingColor(style.red(), style.green(), style.blue());
                target.setLineWidth(style.size() * 0.035f);
                target.setRenderingMode(RenderingMode.FILL_STROKE);
            }
            target.beginText();
            target.setFont(font, style.size());
            target.newLineAtOffset(x, baseline);
            target.showText(text);
            target.endText();
            target.restoreGraphicsState();
        }

        /**
         * Greedy wrapping on spaces; a word wider than the line (a URL, a reference) is cut where it
         * reaches the margin rather than run off the page. Always at least one, possibly empty, line.
         */
        private List<String> wrap(String raw, Style style, float maxWidth) throws IOException {
            List<String> lines = new ArrayList<>();
            float space = width(" ", style);
            StringBuilder current = new StringBuilder();
            float currentWidth = 0;
            // Callers with several lines split them first; a stray break in a name just joins the words.
            for (String word : SPACES.split(printable(raw).replace('\n', ' ').strip())) {
                if (word.isEmpty()) {
                    continue;
                }
                float wordWidth = width(word, style);
                if (current.length() > 0 && currentWidth + space + wordWidth <= maxWidth) {
                    current.append(' ').append(word);
                    currentWidth += space + wordWidth;
                    continue;
                }
                if (current.length() > 0) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                while (wordWidth > maxWidth) {
                    int cut = fitting(word, style, maxWidth);
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                    wordWidth = width(word, style);
                }
                current.append(word);
                currentWidth = wordWidth;
            }
            if (current.length() > 0 || lines.isEmpty()) {
                lines.add(current.toString());
            }
            return lines;
        }

        /** How many chars of {@code word} fit in the width; at least one code point, so wrapping ends. */
        private int fitting(String word, Style style, float maxWidth) throws IOException {
            int end = word.offsetByCodePoints(0, 1);
            while (end < word.length()) {
                int next = word.offsetByCodePoints(end, 1);
                if (width(word.substring(0, next), style) > maxWidth) {
                    break;
                }
                end = next;
            }
            return end;
        }

        private float width(String printable, Style style) throws IOException {
            return font.getStringWidth(printable) / 1000f * style.size();
        }

        /**
         * The text as the font can show it: composed accents, one kind of line break, tabs as spaces,
         * no control characters, and '?' for what the font lacks (emoji, CJK...), so that no user text
         * can make the rendering fail.
         */
        private String printable(String raw) {
            if (raw == null) {
                return "";
            }
            String text = Normalizer.normalize(raw, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                if (cp == '\n') {
                    out.append('\n');
                } else if (cp == '\t') {
                    out.append(' ');
                } else if (Character.isISOControl(cp)) {
                    return;
                } else if (hasGlyph(cp)) {
                    out.appendCodePoint(cp);
                } else if (Character.isSpaceChar(cp)) {
                    out.append(' ');
                } else if (!invisible(cp)) {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private boolean hasGlyph(int codePoint) {
            return glyphs.computeIfAbsent(codePoint, cp -> {
                try {
                    font.encode(new String(Character.toChars(cp)));
                    return true;
                } catch (IllegalArgumentException | IOException missing) {
                    return false;
                }
            });
        }

        private String text(String key, Object... args) {
            return MESSAGES.get(language, key, args);
        }

        private String dates(LocalDate start, LocalDate end) {
            DateTimeFormatter format = dateFormat();
            if (start == null && end == null) {
                return NONE;
            }
            if (start == null || end == null || start.equals(end)) {
                return format.format(start != null ? start : end);
            }
            return text("header.dates.range", format.format(start), format.format(end));
        }

        private String days(BigDecimal days) {
            if (days == null) {
                return NONE;
            }
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(2);
            return format.format(days);
        }

        private static String themes(Set<String> themes) {
            // A set has no order: sorting keeps the same report identical from one rendering to the next.
            String joined = themes == null ? "" : themes.stream().sorted().collect(Collectors.joining(", "));
            return joined.isEmpty() ? NONE : joined;
        }

        private DateTimeFormatter dateFormat() {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        }

        private static String orNone(String value) {
            return value == null || value.isBlank() ? NONE : value;
        }

        /** Zero-width characters that only steer other characters: dropped rather than shown as '?'. */
        private static boolean invisible(int cp) {
            return Character.getType(cp) == Character.FORMAT || (cp >= 0xFE00 && cp <= 0xFE0F)
                    || (cp >= 0xE0100 && cp <= 0xE01EF);
        }

        /**
         * Dates of the sign-off and of the file are shown as the calendar day where the report is read:
         * Portugal is an hour behind Spain and France, and an instant near midnight would otherwise
         * show the wrong day.
         */
        private static ZoneId zoneOf(Language language) {
            return ZoneId.of(language == Language.PT ? "Europe/Lisbon" : "Europe/Madrid");
        }

        private static PDFont loadFont(PDDocument document) throws IOException {
            try (InputStream in = PDType0Font.class.getResourceAsStream(FONT_RESOURCE)) {
                if (in != null) {
                    return PDType0Font.load(document, in);
                }
            }
            // Should a PDFBox release drop the font, Helvetica still covers the Western European
            // letters (WinAnsi); anything else then shows as '?'.
            return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        }
    }
}
