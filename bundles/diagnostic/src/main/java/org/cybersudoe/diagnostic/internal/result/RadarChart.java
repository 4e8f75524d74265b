package org.cybersudoe.diagnostic.internal.result;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.diagnostic.AssessmentResult;
import org.cybersudoe.diagnostic.Dimension;
import org.cybersudoe.diagnostic.DimensionScore;

/**
 * The radar chart of a result as a standalone SVG document: one axis per dimension (0 at the
 * centre, 100 at the rim), rings at 25, 50, 75 and 100, the scores as a filled polygon. A dimension
 * without a score ("not relevant") sits at the centre and its label says so. With fewer than three
 * dimensions a radar has no area, so the same data is drawn as horizontal bars.
 */
public final class RadarChart {

    private static final int SIZE = 520;
    /** Wider than high: the labels left and right of the radar need room for two lines of a long title. */
    private static final int WIDTH = 800;
    private static final double CENTRE_X = WIDTH / 2.0;
    private static final double CENTRE = SIZE / 2.0;
    private static final double RADIUS = 170;
    private static final double LABEL_FONT = 11;
    private static final double LINE = 13;
    private static final double EDGE = 8;
    /*
     * No font metrics here (the reader's browser picks the sans-serif): an advance of 0.6 em per character
     * is above that of the common sans-serif faces for the lower-case text of titles, so an estimate that
     * fits leaves the real text inside the picture.
     */
    private static final double CHARACTER_EM = 0.6;

    private RadarChart() {
    }

    /** In the assessment's language. */
    public static String svg(AssessmentResult result) {
        Language language = result.assessment().language();
        String notRelevantLabel = ResultPdf.MESSAGES.get(language, "notRelevant");
        List<Dimension> dims = result.questionnaire().dimensions();
        StringBuilder svg = new StringBuilder(4096);
        String title = result.questionnaire().title().resolve(language).orElse(result.questionnaire().code());
        boolean radar = dims.size() >= 3;
        int width = radar ? WIDTH : SIZE;
        int height = radar ? SIZE : 80 + 40 * dims.size();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height).append("\" role=\"img\" aria-label=\"")
                .append(escape(title)).append("\" font-family=\"sans-serif\" font-size=\"12\">\n<title>").append(escape(title))
                .append("</title>\n");
        if (radar) {
            radar(svg, result, dims, language, notRelevantLabel);
        } else {
            bars(svg, result, dims, language, notRelevantLabel);
        }
        return svg.append("</svg>\n").toString();
    }

    /** A score as the reader's language writes it, one decimal: 43,3 in French, Spanish and Portuguese, 43.3 in English. */
    static String number(BigDecimal value, Language language) {
        NumberFormat format = NumberFormat.getNumberInstance(language.locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    private static void radar(StringBuilder svg, AssessmentResult result, List<Dimension> dims, Language language, String notRelevant) {
        int n = dims.size();
        for (int ring = 25; ring <= 100; ring += 25) {
            svg.append("<polygon fill=\"none\" stroke=\"#c8c8c8\" stroke-width=\"1\" points=\"");
            for (int i = 0; i < n; i++) {
                svg.append(point(i, n, ring)).append(' ');
            }
            svg.append("\"/>\n");
            svg.append("<text x=\"").append(fmt(CENTRE_X + 3)).append("\" y=\"").append(fmt(CENTRE - RADIUS * ring / 100.0 - 2))
                    .append("\" fill=\"#888\" font-size=\"9\">").append(ring).append("</text>\n");
        }
        StringBuilder polygon = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Dimension d = dims.get(i);
            BigDecimal score = score(result, d.code());
            svg.append("<line x1=\"").append(fmt(CENTRE_X)).append("\" y1=\"").append(fmt(CENTRE)).append("\" ")
                    .append(xy(i, n, 100, "x2", "y2")).append(" stroke=\"#c8c8c8\"/>\n");
            polygon.append(point(i, n, score == null ? 0 : score.doubleValue())).append(' ');
            double angle = angle(i, n);
            double lx = CENTRE_X + (RADIUS + 14) * Math.cos(angle);
            double ly = CENTRE + (RADIUS + 14) * Math.sin(angle);
            boolean middle = Math.abs(Math.cos(angle)) < 0.2;
            String anchor = middle ? "middle" : Math.cos(angle) > 0 ? "start" : "end";
            double room = middle ? 2 * Math.min(lx - EDGE, WIDTH - EDGE - lx) : Math.cos(angle) > 0 ? WIDTH - EDGE - lx : lx - EDGE;
            List<String> lines = lines(title(d, language), "(" + value(score, language, notRelevant) + ")",
                    (int) Math.floor(room / (LABEL_FONT * CHARACTER_EM)));
            // above the radar the lines grow upwards, below it downwards, beside it around the axis's end
            double sin = Math.sin(angle);
            double first = sin < -0.2 ? ly + 4 - LINE * (lines.size() - 1) : sin > 0.2 ? ly + 8 : ly + 4 - LINE * (lines.size() - 1) / 2;
            svg.append("<text text-anchor=\"").append(anchor).append("\" font-size=\"").append(fmt(LABEL_FONT)).append("\">");
            for (int l = 0; l < lines.size(); l++) {
                svg.append("<tspan x=\"").append(fmt(lx)).append("\" y=\"").append(fmt(first + LINE * l)).append("\">")
                        .append(escape(lines.get(l))).append("</tspan>");
            }
            svg.append("</text>\n");
        }
        svg.append("<polygon fill=\"#1f4e79\" fill-opacity=\"0.35\" stroke=\"#1f4e79\" stroke-width=\"2\" points=\"")
                .append(polygon.toString().strip()).append("\"/>\n");
    }

    /**
     * A label of at most two lines of {@code max} characters: the title wrapped on spaces with the score after
     * it, the score kept whole and the title cut with an ellipsis when it needs more.
     */
    static List<String> lines(String title, String score, int max) {
        List<String> whole = wrap(title.strip() + " " + score, max);
        if (whole.size() <= 2 && whole.stream().allMatch(l -> l.length() <= max)) {
            return whole;
        }
        List<String> titleLines = wrap(title.strip(), max);
        String rest = String.join(" ", titleLines.subList(1, titleLines.size()));
        String second = rest.isEmpty() ? score : shorten(rest, Math.max(1, max - score.length() - 1)) + " " + score;
        return List.of(shorten(titleLines.get(0), max), shorten(second, max));
    }

    /** Greedy wrapping on spaces; a word longer than a line stays whole on its own line. */
    private static List<String> wrap(String text, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > max) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, Math.max(0, max - 1)).strip() + "…";
    }

    private static void bars(StringBuilder svg, AssessmentResult result, List<Dimension> dims, Language language, String notRelevant) {
        int max = (int) Math.floor((SIZE - 40) / (12 * CHARACTER_EM));
        for (int i = 0; i < dims.size(); i++) {
            Dimension d = dims.get(i);
            BigDecimal score = score(result, d.code());
            double y = 40 + 40 * i;
            String value = " (" + value(score, language, notRelevant) + ")";
            String label = shorten(title(d, language), Math.max(1, max - value.length())) + value;
            svg.append("<text x=\"20\" y=\"").append(fmt(y - 6)).append("\">").append(escape(label))
                    .append("</text>\n<rect x=\"20\" y=\"").append(fmt(y)).append("\" width=\"480\" height=\"14\" fill=\"#eee\"/>\n")
                    .append("<rect x=\"20\" y=\"").append(fmt(y)).append("\" width=\"")
                    .append(fmt(score == null ? 0 : 4.8 * score.doubleValue())).append("\" height=\"14\" fill=\"#1f4e79\"/>\n");
        }
    }

    private static String title(Dimension d, Language language) {
        return d.title().resolve(language).orElse(d.code());
    }

    private static String value(BigDecimal score, Language language, String notRelevant) {
        return score == null ? notRelevant : number(score, language);
    }

    static BigDecimal score(AssessmentResult result, String dimension) {
        return result.dimensions().stream().filter(s -> s.dimension().equals(dimension)).map(DimensionScore::score).findFirst()
                .orElse(null);
    }

    private static double angle(int i, int n) {
        return -Math.PI / 2 + 2 * Math.PI * i / n;
    }

    private static String point(int i, int n, double value) {
        double r = RADIUS * value / 100.0;
        return fmt(CENTRE_X + r * Math.cos(angle(i, n))) + "," + fmt(CENTRE + r * Math.sin(angle(i, n)));
    }

    private static String xy(int i, int n, double value, String xName, String yName) {
        double r = RADIUS * value / 100.0;
        return xName + "=\"" + fmt(CENTRE_X + r * Math.cos(angle(i, n))) + "\" " + yName + "=\"" + fmt(CENTRE + r * Math.sin(angle(i, n)))
                + "\"";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    // characters XML 1.0 forbids are dropped
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
