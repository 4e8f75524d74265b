package org.cybersudoe.diagnostic.internal.model;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.cybersudoe.core.digest.Sha256;
import org.cybersudoe.core.error.FieldError;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.diagnostic.internal.DiagnosticTexts;
import org.cybersudoe.diagnostic.AnswerOption;
import org.cybersudoe.diagnostic.Band;
import org.cybersudoe.diagnostic.Dimension;
import org.cybersudoe.diagnostic.Level;
import org.cybersudoe.diagnostic.Question;
import org.cybersudoe.diagnostic.QuestionType;
import org.cybersudoe.diagnostic.Questionnaire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Reads and checks a questionnaire file (format 1, docs/questionnaire-format.md). Every problem
 * is collected with its field path, so an author fixes them all in one round; a file with any
 * problem is refused as a whole. Thread-safe.
 */
public final class QuestionnaireParser {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");
    private static final Pattern OPTION_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final int MAX_SCORE = 1000;
    private static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

    private final ObjectMapper mapper;
    private final ObjectMapper canonical;

    public QuestionnaireParser() {
        this.mapper = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).build());
        this.canonical = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    /** A checked questionnaire and its file's identity. */
    public record Parsed(Questionnaire questionnaire, String canonicalJson, String digest) {
    }

    /** Parses a file's bytes; throws a {@link ValidationException} naming every problem. */
    public Parsed parse(byte[] file) {
        if (file.length > MAX_FILE_BYTES) {
            throw new ValidationException("file", "too-large",
                    DiagnosticTexts.MESSAGES.text("error.field.file.too-large", MAX_FILE_BYTES));
        }
        JsonNode root;
        try {
            root = mapper.readTree(file);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ValidationException("file", "invalid-json",
                    DiagnosticTexts.MESSAGES.text("error.field.file.not-json", e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ValidationException("file", "invalid-json",
                    DiagnosticTexts.MESSAGES.text("error.field.file.unreadable", e.getMessage()));
        }
        Reader r = new Reader();
        Questionnaire q = r.questionnaire(root);
        if (!r.errors.isEmpty()) {
            throw new ValidationException(r.errors);
        }
        String json = canonicalJson(root);
        return new Parsed(q, json, Sha256.hex(json));
    }

    /** Parses a definition stored by the server (already checked once). */
    public Questionnaire stored(String canonicalJson) {
        return parse(canonicalJson.getBytes(StandardCharsets.UTF_8)).questionnaire();
    }

    private String canonicalJson(JsonNode root) {
        try {
            return canonical.writeValueAsString(canonical.treeToValue(root, Object.class));
        } catch (IOException e) {
            throw new IllegalStateException("a parsed tree always writes back", e);
        }
    }

    /** One file's reading: collects problems instead of stopping at the first. */
    private static final class Reader {
        final List<FieldError> errors = new ArrayList<>();
        final Set<String> questionCodes = new HashSet<>();

        /** The problem's reason is the catalog's {@code error.field.file.<reason>}, worded with {@code args}. */
        void problem(String field, String reason, Object... args) {
            errors.add(new FieldError(field, "invalid-value", DiagnosticTexts.MESSAGES.text("error.field.file." + reason, args)));
        }

        Questionnaire questionnaire(JsonNode root) {
            if (root == null || !root.isObject()) {
                problem("file", "one-object");
                return null;
            }
            if (!root.path("formatVersion").isInt() || root.path("formatVersion").asInt() != 1) {
                problem("formatVersion", "format-version");
            }
            String code = code(root, "code", CODE);
            int version = root.path("version").isInt() ? root.path("version").asInt() : 0;
            if (version < 1) {
                problem("version", "version");
            }
            String theme = null;
            if (root.has("theme")) {
                theme = code(root, "theme", CODE);
            }
            LocalizedText title = text(root, "title", "title");
            LocalizedText description = text(root, "description", "description");
            List<Level> levels = levels(root.path("levels"));
            List<Dimension> dimensions = new ArrayList<>();
            JsonNode dims = root.path("dimensions");
            if (!dims.isArray() || dims.isEmpty()) {
                problem("dimensions", "dimensions");
            } else {
                Set<String> codes = new HashSet<>();
                for (int i = 0; i < dims.size(); i++) {
                    Dimension d = dimension(dims.get(i), "dimensions[" + i + "]", theme);
                    if (d != null && !codes.add(d.code())) {
                        problem("dimensions[" + i + "].code", "dimension-code-used", d.code());
                    }
                    dimensions.add(d);
                }
            }
            if (!errors.isEmpty()) {
                return null;
            }
            return new Questionnaire(code, version, theme, title, description, levels, dimensions);
        }

        List<Level> levels(JsonNode node) {
            List<Level> levels = new ArrayList<>();
            if (!node.isArray() || node.size() < 2) {
                problem("levels", "levels");
                return levels;
            }
            Set<String> codes = new HashSet<>();
            BigDecimal previous = null;
            for (int i = 0; i < node.size(); i++) {
                String f = "levels[" + i + "]";
                JsonNode l = node.get(i);
                String code = code(l, f + ".code", "code", CODE);
                if (code != null && !codes.add(code)) {
                    problem(f + ".code", "level-code-used", code);
                }
                BigDecimal from = number(l, f + ".from", "from");
                if (from != null) {
                    if (i == 0 && from.signum() != 0) {
                        problem(f + ".from", "first-level");
                    } else if (from.signum() < 0 || from.compareTo(BigDecimal.valueOf(100)) >= 0) {
                        problem(f + ".from", "level-from");
                    } else if (previous != null && from.compareTo(previous) <= 0) {
                        problem(f + ".from", "level-order");
                    }
                    previous = from;
                }
                levels.add(new Level(code, from, text(l, "title", f + ".title"), text(l, "description", f + ".description")));
            }
            return levels;
        }

        Dimension dimension(JsonNode d, String f, String questionnaireTheme) {
            if (!d.isObject()) {
                problem(f, "not-object");
                return null;
            }
            String code = code(d, f + ".code", "code", CODE);
            double weight = weight(d, f + ".weight");
            String theme = d.has("theme") ? code(d, f + ".theme", "theme", CODE) : questionnaireTheme;
            LocalizedText title = text(d, "title", f + ".title");
            LocalizedText recommendation = text(d, "recommendation", f + ".recommendation");
            List<Question> questions = new ArrayList<>();
            JsonNode qs = d.path("questions");
            if (!qs.isArray() || qs.isEmpty()) {
                problem(f + ".questions", "questions");
            } else {
                for (int i = 0; i < qs.size(); i++) {
                    questions.add(question(qs.get(i), f + ".questions[" + i + "]"));
                }
            }
            return new Dimension(code, title, weight, theme, recommendation, questions.stream().filter(q -> q != null).toList());
        }

        Question question(JsonNode q, String f) {
            int problemsBefore = errors.size();
            if (!q.isObject()) {
                problem(f, "not-object");
                return null;
            }
            String code = code(q, f + ".code", "code", CODE);
            if (code != null && !questionCodes.add(code)) {
                problem(f + ".code", "question-code-used", code);
            }
            QuestionType type = QuestionType.fromCode(q.path("type").asText("")).orElse(null);
            if (type == null) {
                problem(f + ".type", "question-type");
                return null;
            }
            LocalizedText text = text(q, "text", f + ".text");
            LocalizedText help = q.has("help") ? text(q, "help", f + ".help") : null;
            boolean required = bool(q, "required", f + ".required", true);
            boolean notRelevant = bool(q, "notRelevant", f + ".notRelevant", false);
            double weight = weight(q, f + ".weight");
            List<AnswerOption> options = List.of();
            Integer cap = null;
            BigDecimal min = null;
            BigDecimal max = null;
            LocalizedText minLabel = null;
            LocalizedText maxLabel = null;
            LocalizedText unit = null;
            List<Band> bands = List.of();
            switch (type) {
                case SINGLE -> options = options(q, f, false);
                case MULTIPLE -> {
                    options = options(q, f, true);
                    if (q.has("max")) {
                        cap = q.path("max").isInt() && q.path("max").asInt() > 0 ? q.path("max").asInt() : null;
                        if (cap == null) {
                            problem(f + ".max", "cap");
                        }
                    }
                }
                case YES_NO -> options = yesNo(q, f);
                case SCALE -> {
                    min = whole(q, "min", f + ".min");
                    max = whole(q, "max", f + ".max");
                    if (min != null && max != null && min.compareTo(max) >= 0) {
                        problem(f + ".max", "max-above-min");
                    }
                    minLabel = text(q, "minLabel", f + ".minLabel");
                    maxLabel = text(q, "maxLabel", f + ".maxLabel");
                }
                case NUMBER -> {
                    min = number(q, f + ".min", "min");
                    max = number(q, f + ".max", "max");
                    if (min != null && max != null && min.compareTo(max) >= 0) {
                        problem(f + ".max", "max-above-min");
                    }
                    unit = q.has("unit") ? text(q, "unit", f + ".unit") : null;
                    bands = bands(q.path("bands"), f + ".bands", min, max);
                }
            }
            Question question = new Question(code, type, text, help, required, notRelevant, weight, options, cap, min, max, minLabel,
                    maxLabel, unit, bands);
            if (errors.size() == problemsBefore && question.maxPoints() <= 0) {
                problem(f, "no-score");
            }
            return question;
        }

        List<AnswerOption> options(JsonNode q, String f, boolean multiple) {
            JsonNode node = q.path("options");
            List<AnswerOption> options = new ArrayList<>();
            if (!node.isArray() || node.size() < 2) {
                problem(f + ".options", "options");
                return options;
            }
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < node.size(); i++) {
                String of = f + ".options[" + i + "]";
                JsonNode o = node.get(i);
                String code = code(o, of + ".code", "code", OPTION_CODE);
                if (Question.NOT_RELEVANT.equals(code)) {
                    problem(of + ".code", "reserved-option");
                } else if (code != null && !codes.add(code)) {
                    problem(of + ".code", "option-code-used", code);
                }
                boolean exclusive = bool(o, "exclusive", of + ".exclusive", false);
                if (exclusive && !multiple) {
                    problem(of + ".exclusive", "exclusive");
                }
                options.add(new AnswerOption(code, text(o, "text", of + ".text"), score(o, "score", of + ".score"), exclusive));
            }
            return options;
        }

        List<AnswerOption> yesNo(JsonNode q, String f) {
            int yes = q.has("yes") ? score(q, "yes", f + ".yes") : 1;
            int no = q.has("no") ? score(q, "no", f + ".no") : 0;
            return List.of(new AnswerOption("yes", LocalizedText.of("Oui", "Sí", "Sim", "Yes"), yes, false),
                    new AnswerOption("no", LocalizedText.of("Non", "No", "Não", "No"), no, false));
        }

        List<Band> bands(JsonNode node, String f, BigDecimal min, BigDecimal max) {
            List<Band> bands = new ArrayList<>();
            if (!node.isArray() || node.size() < 2) {
                problem(f, "bands");
                return bands;
            }
            BigDecimal previous = null;
            for (int i = 0; i < node.size(); i++) {
                String bf = f + "[" + i + "]";
                BigDecimal from = number(node.get(i), bf + ".from", "from");
                if (from != null) {
                    if (i == 0 && min != null && from.compareTo(min) != 0) {
                        problem(bf + ".from", "first-band");
                    } else if (previous != null && from.compareTo(previous) <= 0) {
                        problem(bf + ".from", "band-order");
                    } else if (max != null && from.compareTo(max) > 0) {
                        problem(bf + ".from", "band-max");
                    }
                    previous = from;
                }
                bands.add(new Band(from, score(node.get(i), "score", bf + ".score")));
            }
            return bands;
        }

        String code(JsonNode node, String field, Pattern pattern) {
            return code(node, field, field, pattern);
        }

        String code(JsonNode node, String field, String key, Pattern pattern) {
            JsonNode v = node.path(key);
            if (!v.isTextual() || !pattern.matcher(v.asText()).matches()) {
                problem(field, "code", pattern == CODE ? 2 : 1);
                return null;
            }
            return v.asText();
        }

        LocalizedText text(JsonNode node, String key, String field) {
            JsonNode v = node.path(key);
            if (!v.isObject()) {
                problem(field, "text", "{\"fr\": ..., \"es\": ..., \"pt\": ..., \"en\": ...}");
                return null;
            }
            Map<Language, String> values = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                JsonNode t = v.path(language.code());
                if (!t.isTextual() || t.asText().isBlank()) {
                    problem(field + "." + language.code(), "text-missing");
                } else if (t.asText().length() > 4000) {
                    problem(field + "." + language.code(), "text-long");
                } else {
                    values.put(language, t.asText());
                }
            }
            v.fieldNames().forEachRemaining(name -> {
                if (Language.fromCode(name).filter(l -> l.code().equals(name)).isEmpty()) {
                    problem(field + "." + name, "text-language");
                }
            });
            return new LocalizedText(values);
        }

        int score(JsonNode node, String key, String field) {
            JsonNode v = node.path(key);
            if (!v.isInt() || v.asInt() < 0 || v.asInt() > MAX_SCORE) {
                problem(field, "score", MAX_SCORE);
                return 0;
            }
            return v.asInt();
        }

        BigDecimal number(JsonNode node, String field, String key) {
            JsonNode v = node.path(key);
            if (!v.isNumber()) {
                problem(field, "number");
                return null;
            }
            return v.decimalValue();
        }

        BigDecimal whole(JsonNode node, String key, String field) {
            JsonNode v = node.path(key);
            if (!v.isInt() || Math.abs(v.asInt()) > 1000) {
                problem(field, "whole");
                return null;
            }
            return BigDecimal.valueOf(v.asInt());
        }

        double weight(JsonNode node, String field) {
            if (!node.has("weight")) {
                return 1;
            }
            JsonNode v = node.path("weight");
            if (!v.isNumber() || v.asDouble() <= 0 || v.asDouble() > 100) {
                problem(field, "weight");
                return 1;
            }
            return v.asDouble();
        }

        boolean bool(JsonNode node, String key, String field, boolean otherwise) {
            if (!node.has(key)) {
                return otherwise;
            }
            if (!node.path(key).isBoolean()) {
                problem(field, "boolean");
                return otherwise;
            }
            return node.path(key).asBoolean();
        }
    }
}
