package org.cybersudoe.diagnostic.internal.result;

import java.math.BigDecimal;
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
    private static final double CENTRE = SIZE / 2.0;
    private static final double RADIUS = 170;

    private RadarChart() {
    }

    /** In the assessment's language. */
    public static String svg(AssessmentResult result) {
        Language language = result.assessment().language();
        String notRelevantLabel = ResultPdf.MESSAGES.get(language, "notRelevant");
        List<Dimension> dims = result.questionnaire().dimensions();
        StringBuilder svg = new StringBuilder(4096);
        String title = result.questionnaire().title().resolve(language).orElse(result.questionnaire().code());
        int height = dims.size() < 3 ? 80 + 40 * dims.size() : SIZE;
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(SIZE).append(' ').append(height)
                .append("\" width=\"").append(SIZE).append("\" height=\"").append(height).append("\" role=\"img\" aria-label=\"")
                .append(escape(title)).append("\" font-family=\"sans-serif\" font-size=\"12\">\n<title>").append(escape(title))
                .append("</title>\n");
        if (dims.size() < 3) {
            bars(svg, result, dims, language, notRelevantLabel);
        } else {
            radar(svg, result, dims, language, notRelevantLabel);
        }
        return svg.append("</svg>\n").toString();
    }

    private static void radar(StringBuilder svg, AssessmentResult result, List<Dimension> dims, Language language, String notRelevant) {
        int n = dims.size();
        for (int ring = 25; ring <= 100; ring += 25) {
            svg.append("<polygon fill=\"none\" stroke=\"#c8c8c8\" stroke-width=\"1\" points=\"");
            for (int i = 0; i < n; i++) {
                svg.append(point(i, n, ring)).append(' ');
            }
            svg.append("\"/>\n");
            svg.append("<text x=\"").append(fmt(CENTRE + 3)).append("\" y=\"").append(fmt(CENTRE - RADIUS * ring / 100.0 - 2))
                    .append("\" fill=\"#888\" font-size=\"9\">").append(ring).append("</text>\n");
        }
        StringBuilder polygon = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Dimension d = dims.get(i);
            BigDecimal score = score(result, d.code());
            svg.append("<line x1=\"").append(fmt(CENTRE)).append("\" y1=\"").append(fmt(CENTRE)).append("\" ")
                    .append(xy(i, n, 100, "x2", "y2")).append(" stroke=\"#c8c8c8\"/>\n");
            polygon.append(point(i, n, score == null ? 0 : score.doubleValue())).append(' ');
            double angle = angle(i, n);
            double lx = CENTRE + (RADIUS + 14) * Math.cos(angle);
            double ly = CENTRE + (RADIUS + 14) * Math.sin(angle);
            String anchor = Math.abs(Math.cos(angle)) < 0.2 ? "middle" : Math.cos(angle) > 0 ? "start" : "end";
            svg.append("<text x=\"").append(fmt(lx)).append("\" y=\"").append(fmt(ly + 4)).append("\" text-anchor=\"").append(anchor)
                    .append("\">").append(escape(label(d, score, language, notRelevant))).append("</text>\n");
        }
        svg.append("<polygon fill=\"#1f4e79\" fill-opacity=\"0.35\" stroke=\"#1f4e79\" stroke-width=\"2\" points=\"")
                .append(polygon.toString().strip()).append("\"/>\n");
    }

    private static void bars(StringBuilder svg, AssessmentResult result, List<Dimension> dims, Language language, String notRelevant) {
        for (int i = 0; i < dims.size(); i++) {
            Dimension d = dims.get(i);
            BigDecimal score = score(result, d.code());
            double y = 40 + 40 * i;
            svg.append("<text x=\"20\" y=\"").append(fmt(y - 6)).append("\">").append(escape(label(d, score, language, notRelevant)))
                    .append("</text>\n<rect x=\"20\" y=\"").append(fmt(y)).append("\" width=\"480\" height=\"14\" fill=\"#eee\"/>\n")
                    .append("<rect x=\"20\" y=\"").append(fmt(y)).append("\" width=\"")
                    .append(fmt(score == null ? 0 : 4.8 * score.doubleValue())).append("\" height=\"14\" fill=\"#1f4e79\"/>\n");
        }
    }

    private static String label(Dimension d, BigDecimal score, Language language, String notRelevant) {
        return d.title().resolve(language).orElse(d.code()) + " (" + (score == null ? notRelevant : score.toPlainString()) + ")";
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
        return fmt(CENTRE + r * Math.cos(angle(i, n))) + "," + fmt(CENTRE + r * Math.sin(angle(i, n)));
    }

    private static String xy(int i, int n, double value, String xName, String yName) {
        double r = RADIUS * value / 100.0;
        return xName + "=\"" + fmt(CENTRE + r * Math.cos(angle(i, n))) + "\" " + yName + "=\"" + fmt(CENTRE + r * Math.sin(angle(i, n)))
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
