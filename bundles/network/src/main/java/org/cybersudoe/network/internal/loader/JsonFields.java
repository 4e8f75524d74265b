package org.cybersudoe.network.internal.loader;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the fields of one JSON object strictly: every problem is added to a shared
 * {@link Validator} under the field's full path ({@code structures[2].country}), and any
 * field the reader did not ask for is reported as unknown by {@link #done()}.
 */
final class JsonFields {

    private final JsonNode node;
    private final String path;
    private final Validator errors;
    private final Set<String> read = new HashSet<>();

    JsonFields(JsonNode node, String path, Validator errors) {
        this.node = node;
        this.path = path;
        this.errors = errors;
        if (node != null && !node.isObject()) {
            errors.check(false, path.isEmpty() ? "(file)" : path, "malformed", "must be a JSON object");
        }
    }

    String field(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private JsonNode get(String name) {
        read.add(name);
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    boolean has(String name) {
        return node != null && node.isObject() && node.has(name);
    }

    String text(String name, boolean required) {
        JsonNode v = get(name);
        if (v == null) {
            if (required) {
                errors.required(field(name), null);
            }
            return null;
        }
        if (!v.isTextual()) {
            errors.check(false, field(name), "malformed", "must be a string");
            return null;
        }
        if (required) {
            errors.required(field(name), v.asText());
        }
        return v.asText();
    }

    Integer integer(String name, boolean required) {
        JsonNode v = get(name);
        if (v == null) {
            if (required) {
                errors.required(field(name), null);
            }
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            errors.check(false, field(name), "malformed", "must be a whole number");
            return null;
        }
        return v.intValue();
    }

    boolean bool(String name) {
        JsonNode v = get(name);
        if (v == null) {
            return false;
        }
        if (!v.isBoolean()) {
            errors.check(false, field(name), "malformed", "must be true or false");
            return false;
        }
        return v.booleanValue();
    }

    BigDecimal decimal(String name, boolean required) {
        JsonNode v = get(name);
        if (v == null) {
            if (required) {
                errors.required(field(name), null);
            }
            return null;
        }
        if (!v.isNumber()) {
            errors.check(false, field(name), "malformed", "must be a number");
            return null;
        }
        return v.decimalValue();
    }

    LocalDate date(String name, boolean required) {
        return parse(name, required, LocalDate::parse, "a date such as 2009-09-24");
    }

    LocalDateTime dateTime(String name, boolean required) {
        return parse(name, required, LocalDateTime::parse, "a local date-time such as 2009-09-24T09:30");
    }

    <T> T parse(String name, boolean required, Function<String, T> parser, String expected) {
        String text = text(name, required);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text.strip());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            errors.check(false, field(name), "invalid-value", "must be " + expected);
            return null;
        }
    }

    /** A {@code {"fr": "...", "es": "..."}} object. */
    LocalizedText localized(String name, boolean required) {
        JsonNode v = get(name);
        if (v == null) {
            if (required) {
                errors.check(false, field(name), "required", "is required in at least one language");
            }
            return null;
        }
        if (!v.isObject()) {
            errors.check(false, field(name), "malformed", "must be an object of texts by language code");
            return null;
        }
        Map<Language, String> map = new EnumMap<>(Language.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            var language = Language.fromCode(e.getKey()).filter(l -> l.code().equals(e.getKey()));
            if (language.isEmpty()) {
                errors.check(false, field(name) + "." + e.getKey(), "unknown-field", "must be one of fr, es, pt, en");
            } else if (!e.getValue().isTextual()) {
                errors.check(false, field(name) + "." + e.getKey(), "malformed", "must be a string");
            } else {
                map.put(language.get(), e.getValue().asText());
            }
        }
        return new LocalizedText(map);
    }

    List<String> texts(String name) {
        JsonNode v = get(name);
        List<String> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!v.isArray()) {
            errors.check(false, field(name), "malformed", "must be an array of strings");
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual()) {
                errors.check(false, field(name) + "[" + i + "]", "malformed", "must be a string");
            } else {
                out.add(v.get(i).asText());
            }
        }
        return out;
    }

    List<Integer> integers(String name) {
        JsonNode v = get(name);
        List<Integer> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!v.isArray()) {
            errors.check(false, field(name), "malformed", "must be an array of whole numbers");
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isIntegralNumber() || !v.get(i).canConvertToInt()) {
                errors.check(false, field(name) + "[" + i + "]", "malformed", "must be a whole number");
            } else {
                out.add(v.get(i).intValue());
            }
        }
        return out;
    }

    Set<Language> languages(String name) {
        Set<Language> out = new LinkedHashSet<>();
        List<String> codes = texts(name);
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            var language = Language.fromCode(code).filter(l -> l.code().equals(code));
            errors.check(language.isPresent(), field(name) + "[" + i + "]", "invalid-value", "must be one of fr, es, pt, en");
            language.ifPresent(out::add);
        }
        return out;
    }

    /** The objects of an array field, each with its own reader. */
    List<JsonFields> objects(String name) {
        JsonNode v = get(name);
        List<JsonFields> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!v.isArray()) {
            errors.check(false, field(name), "malformed", "must be an array");
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            out.add(new JsonFields(v.get(i), field(name) + "[" + i + "]", errors));
        }
        return out;
    }

    /** An object field's reader, or null when absent. */
    JsonFields object(String name) {
        JsonNode v = get(name);
        return v == null ? null : new JsonFields(v, field(name), errors);
    }

    Validator errors() {
        return errors;
    }

    /** Reports every field that was not read. */
    void done() {
        if (node == null || !node.isObject()) {
            return;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!read.contains(name)) {
                errors.check(false, field(name), "unknown-field", "is not a known field");
            }
        }
    }
}
