package org.cybersudoe.toolbox.internal.theme;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.toolbox.AnswerOption;
import org.cybersudoe.toolbox.GuideSection;
import org.cybersudoe.toolbox.Question;
import org.cybersudoe.toolbox.ThemeProblem;
import org.cybersudoe.toolbox.ThemeVideo;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads and checks a theme's files (format 1, described in docs/partner-guide.md): the
 * descriptor {@code theme.json} in the folder named by the {@code CyberSudoe-Theme} header,
 * and the guide, video and questionnaire files it names. Every problem is collected with
 * its file and field, so a partner fixes them all in one round. Every text must be given in
 * all four languages: the network publishes every tool in French, Spanish and Portuguese, and
 * English is its working language. Thread-safe.
 */
public final class ThemeParser {

    public static final int FORMAT = 1;
    public static final String DESCRIPTOR = "theme.json";
    public static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_./-]{0,199}");
    private static final int MAX_TEXT = 4000;
    private static final String MANIFEST = "META-INF/MANIFEST.MF";

    private final ObjectMapper json = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** The result: a theme, or the problems that refused it (never both). */
    public record Result(ParsedTheme theme, List<ThemeProblem> problems) {

        public Result {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return theme != null;
        }
    }

    public Result parse(ThemeSource source) {
        Problems p = new Problems();
        String folder = source.header(ThemeSource.HEADER);
        if (folder == null || folder.isBlank()) {
            p.add(MANIFEST, ThemeSource.HEADER, "manifest-header-missing");
            return new Result(null, p.list);
        }
        folder = folder.strip();
        if (folder.startsWith("/")) {
            folder = folder.substring(1);
        }
        if (!folder.isEmpty() && !folder.endsWith("/")) {
            folder = folder + "/";
        }
        if (folder.contains("..")) {
            p.add(MANIFEST, ThemeSource.HEADER, "manifest-folder");
            return new Result(null, p.list);
        }
        Reader r = new Reader(source, folder, p);
        JsonNode d = r.file(DESCRIPTOR);
        if (d == null) {
            return new Result(null, p.list);
        }
        Node root = new Node(d, DESCRIPTOR, "", p);
        JsonNode format = root.get("formatVersion");
        if (format == null || !format.canConvertToInt() || format.asInt() != FORMAT) {
            p.add(DESCRIPTOR, "formatVersion", "format-version", String.valueOf(FORMAT));
        }
        String code = root.text("code", true);
        if (code != null && !CODE.matcher(code).matches()) {
            p.add(DESCRIPTOR, "code", "code-form");
        }
        String kind = root.text("kind", true);
        if (kind != null && !CODE.matcher(kind).matches()) {
            p.add(DESCRIPTOR, "kind", "kind-form");
        }
        LocalizedText name = root.localized("name", 200);
        LocalizedText description = root.localized("description", MAX_TEXT);
        String guideFile = root.fileName("guide");
        String videoFile = root.fileName("video");
        String questionnaireFile = root.fileName("questionnaire");
        root.done();

        List<GuideSection> guide = guideFile == null ? List.of() : guide(r, guideFile);
        ThemeVideo video = videoFile == null ? null : video(r, videoFile);
        List<Question> questions = questionnaireFile == null ? List.of() : questionnaire(r, questionnaireFile);
        if (!p.list.isEmpty()) {
            return new Result(null, p.list);
        }
        return new Result(new ParsedTheme(code, kind, name, description, guide, video, questions), List.of());
    }

    private List<GuideSection> guide(Reader r, String file) {
        JsonNode g = r.file(file);
        if (g == null) {
            return List.of();
        }
        Node root = new Node(g, file, "", r.problems);
        List<GuideSection> sections = new ArrayList<>();
        List<Node> items = root.array("sections", true);
        for (Node s : items) {
            LocalizedText heading = s.localized("heading", 200);
            List<LocalizedText> paragraphs = new ArrayList<>();
            for (Node para : s.array("paragraphs", true)) {
                paragraphs.add(para.asLocalized(MAX_TEXT));
            }
            List<LocalizedText> checklist = new ArrayList<>();
            for (Node item : s.array("checklist", false)) {
                checklist.add(item.asLocalized(500));
            }
            s.done();
            sections.add(new GuideSection(heading, paragraphs, checklist));
        }
        root.done();
        return sections;
    }

    private ThemeVideo video(Reader r, String file) {
        JsonNode v = r.file(file);
        if (v == null) {
            return null;
        }
        Node root = new Node(v, file, "", r.problems);
        String url = root.text("url", true);
        if (url != null && !isHttpUrl(url)) {
            r.problems.add(file, "url", "url");
        }
        int duration = root.integer("durationSeconds", true, 1, 36_000);
        LocalizedText title = root.localized("title", 200);
        Map<Language, String> subtitles = new EnumMap<>(Language.class);
        Node subs = root.object("subtitles");
        if (subs != null) {
            for (Language l : Language.values()) {
                String path = subs.fileName(l.code());
                if (path != null) {
                    String vtt = r.text(path);
                    if (vtt != null && !vtt.stripLeading().startsWith("WEBVTT")) {
                        r.problems.add(path, "", "webvtt");
                    } else if (vtt != null) {
                        subtitles.put(l, vtt);
                    }
                }
            }
            subs.done();
        }
        LocalizedText transcript = root.localized("transcript", 20_000);
        root.done();
        return new ThemeVideo(url, duration, title, subtitles, transcript);
    }

    private List<Question> questionnaire(Reader r, String file) {
        JsonNode q = r.file(file);
        if (q == null) {
            return List.of();
        }
        Node root = new Node(q, file, "", r.problems);
        List<Question> questions = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (Node item : root.array("questions", true)) {
            String code = item.text("code", true);
            if (code != null && !CODE.matcher(code).matches()) {
                r.problems.add(file, item.field("code"), "code-form");
            } else if (code != null && !codes.add(code)) {
                r.problems.add(file, item.field("code"), "question-code-taken", code);
            }
            LocalizedText text = item.localized("text", 1000);
            List<AnswerOption> options = new ArrayList<>();
            Set<String> optionCodes = new HashSet<>();
            List<Node> optionNodes = item.array("options", true);
            if (optionNodes.size() == 1) {
                r.problems.add(file, item.field("options"), "options-min");
            }
            for (Node o : optionNodes) {
                String oc = o.text("code", true);
                if (oc != null && !optionCodes.add(oc)) {
                    r.problems.add(file, o.field("code"), "option-code-taken", oc);
                }
                LocalizedText ot = o.localized("text", 500);
                int score = o.integer("score", true, -1000, 1000);
                o.done();
                options.add(new AnswerOption(oc, ot, score));
            }
            item.done();
            questions.add(new Question(code, text, options));
        }
        root.done();
        return questions;
    }

    static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }

    /** The problems of one parse. */
    private static final class Problems {
        final List<ThemeProblem> list = new ArrayList<>();

        /** A problem worded by {@code theme.problem.<key>} of the area's catalog. */
        void add(String file, String field, String key, String... args) {
            list.add(ThemeProblems.of(file, field, key, args));
        }
    }

    /** Reads files of the theme folder, reporting missing or malformed ones. */
    private final class Reader {
        final ThemeSource source;
        final String folder;
        final Problems problems;

        Reader(ThemeSource source, String folder, Problems problems) {
            this.source = source;
            this.folder = folder;
            this.problems = problems;
        }

        String text(String file) {
            byte[] bytes;
            try {
                bytes = source.read(folder + file);
            } catch (IOException e) {
                problems.add(file, "", "unreadable", String.valueOf(e.getMessage()));
                return null;
            }
            if (bytes == null) {
                problems.add(file, "", "file-missing", folder + file);
                return null;
            }
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                problems.add(file, "", "not-utf8");
                return null;
            }
        }

        JsonNode file(String file) {
            String text = text(file);
            if (text == null) {
                return null;
            }
            try {
                JsonNode node = json.readTree(text);
                if (node == null || !node.isObject()) {
                    problems.add(file, "", "not-object-file");
                    return null;
                }
                return node;
            } catch (IOException e) {
                String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
                problems.add(file, "", "not-json", message);
                return null;
            }
        }
    }

    /** One JSON object of a file, read strictly: fields it was not asked for are reported. */
    private static final class Node {
        final JsonNode node;
        final String file;
        final String path;
        final Problems problems;
        final Set<String> read = new HashSet<>();

        Node(JsonNode node, String file, String path, Problems problems) {
            this.node = node;
            this.file = file;
            this.path = path;
            this.problems = problems;
        }

        String field(String name) {
            return path.isEmpty() ? name : path + "." + name;
        }

        JsonNode get(String name) {
            read.add(name);
            JsonNode v = node.get(name);
            return v == null || v.isNull() ? null : v;
        }

        String text(String name, boolean required) {
            JsonNode v = get(name);
            if (v == null) {
                if (required) {
                    problems.add(file, field(name), "required");
                }
                return null;
            }
            if (!v.isTextual() || v.asText().isBlank()) {
                problems.add(file, field(name), "non-empty-text");
                return null;
            }
            return v.asText().strip();
        }

        String fileName(String name) {
            String f = text(name, true);
            if (f != null && (!FILE.matcher(f).matches() || f.contains(".."))) {
                problems.add(file, field(name), "file-name");
                return null;
            }
            return f;
        }

        int integer(String name, boolean required, int min, int max) {
            JsonNode v = get(name);
            if (v == null) {
                if (required) {
                    problems.add(file, field(name), "required");
                }
                return 0;
            }
            if (!v.isNumber()) {
                if (v.isTextual()) {
                    problems.add(file, field(name), "number-not-text", "\"" + v.asText() + "\"");
                } else {
                    problems.add(file, field(name), "number-not-type", v.getNodeType().toString().toLowerCase());
                }
                return 0;
            }
            if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < min || v.asInt() > max) {
                problems.add(file, field(name), "whole-number-range", String.valueOf(min), String.valueOf(max));
                return 0;
            }
            return v.asInt();
        }

        Node object(String name) {
            JsonNode v = get(name);
            if (v == null) {
                problems.add(file, field(name), "required");
                return null;
            }
            if (!v.isObject()) {
                problems.add(file, field(name), "object");
                return null;
            }
            return new Node(v, file, field(name), problems);
        }

        List<Node> array(String name, boolean required) {
            JsonNode v = get(name);
            List<Node> out = new ArrayList<>();
            if (v == null || (v.isArray() && v.isEmpty())) {
                if (required) {
                    problems.add(file, field(name), "required-non-empty");
                }
                return out;
            }
            if (!v.isArray()) {
                problems.add(file, field(name), "list");
                return out;
            }
            for (int i = 0; i < v.size(); i++) {
                String f = field(name) + "[" + i + "]";
                if (v.get(i).isObject()) {
                    out.add(new Node(v.get(i), file, f, problems));
                } else {
                    problems.add(file, f, "object");
                }
            }
            return out;
        }

        LocalizedText localized(String name, int maxLength) {
            JsonNode v = get(name);
            if (v == null) {
                problems.add(file, field(name), "required-languages");
                return new LocalizedText(Map.of());
            }
            return new Node(v, file, field(name), problems).asLocalized(maxLength);
        }

        /** This node as a text in the four languages: {"fr": ..., "es": ..., "pt": ..., "en": ...}. */
        LocalizedText asLocalized(int maxLength) {
            Map<Language, String> map = new EnumMap<>(Language.class);
            if (!node.isObject()) {
                problems.add(file, path, "languages-object");
                return new LocalizedText(map);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                String f = field(e.getKey());
                Language l = Language.fromCode(e.getKey()).filter(x -> x.code().equals(e.getKey())).orElse(null);
                if (l == null) {
                    problems.add(file, f, "not-a-language");
                } else if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
                    problems.add(file, f, "non-empty-text");
                } else if (e.getValue().asText().length() > maxLength) {
                    problems.add(file, f, "max-length", String.valueOf(maxLength));
                } else {
                    map.put(l, e.getValue().asText());
                }
            }
            for (Language l : Language.values()) {
                if (!node.has(l.code())) {
                    problems.add(file, field(l.code()), "language-missing");
                }
            }
            return new LocalizedText(map);
        }

        /** Reports the fields nobody asked for: a typo must not pass silently. */
        void done() {
            if (!node.isObject()) {
                return;
            }
            node.fieldNames().forEachRemaining(n -> {
                if (!read.contains(n)) {
                    problems.add(file, field(n), "unknown-field");
                }
            });
        }
    }
}
