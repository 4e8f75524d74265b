package org.cybersudoe.diagnostic.internal.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cybersudoe.core.error.FieldError;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.diagnostic.AnswerOption;
import org.cybersudoe.diagnostic.Question;
import org.cybersudoe.diagnostic.Questionnaire;
import org.cybersudoe.diagnostic.internal.DiagnosticTexts;

/**
 * Checks answers against a questionnaire version and writes them in their stored form: an option
 * code, option codes separated by commas in the question's order, a plain number, or
 * {@value Question#NOT_RELEVANT}. Every refusal names the question as {@code answers.<code>}.
 */
public final class Answers {

    private Answers() {
    }

    /**
     * The stored form of each given answer; a null value stays null (the answer is erased).
     * Throws one {@link ValidationException} naming every bad answer.
     */
    public static Map<String, String> normalise(Questionnaire questionnaire, Map<String, ?> given) {
        return normalise(questionnaire, given, false);
    }

    /**
     * As {@link #normalise(Questionnaire, Map)}; with {@code textLists}, a multiple choice may also come as option
     * codes separated by commas, the only form a channel of plain texts (SOAP's {@code answer/value}) can send.
     */
    public static Map<String, String> normalise(Questionnaire questionnaire, Map<String, ?> given, boolean textLists) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, String> out = new LinkedHashMap<>();
        if (given == null) {
            return out;
        }
        given.forEach((code, value) -> {
            String field = "answers." + code;
            Question q = questionnaire.question(code).orElse(null);
            if (q == null) {
                errors.add(new FieldError(field, "unknown-question",
                        DiagnosticTexts.MESSAGES.text("error.field.answer.unknown-question",
                                questionnaire.code(), questionnaire.version())));
                return;
            }
            if (value == null) {
                out.put(code, null);
                return;
            }
            try {
                out.put(code, normalise(q, value, textLists));
            } catch (Refused e) {
                errors.add(new FieldError(field, "invalid-answer", e.text));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(field, "invalid-answer", e.getMessage()));
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return out;
    }

    /** The required questions without an answer, as field errors; empty when the answers can be submitted. */
    public static List<FieldError> missingRequired(Questionnaire questionnaire, Map<String, String> answers) {
        return questionnaire.questions().filter(q -> q.required() && !answers.containsKey(q.code()))
                .map(q -> new FieldError("answers." + q.code(), "required", DiagnosticTexts.MESSAGES.text(
                        q.notRelevantAllowed() ? "error.field.answer.missing-or-not-relevant" : "error.field.answer.missing")))
                .toList();
    }

    private static String normalise(Question q, Object value, boolean textLists) {
        if (Question.NOT_RELEVANT.equals(value)) {
            if (!q.notRelevantAllowed()) {
                throw new Refused("not-relevant");
            }
            return Question.NOT_RELEVANT;
        }
        return switch (q.type()) {
            case SINGLE, YES_NO -> {
                String code = value instanceof Boolean b && q.type() == org.cybersudoe.diagnostic.QuestionType.YES_NO
                        ? (b ? "yes" : "no") : text(value);
                if (q.option(code).isEmpty()) {
                    throw new Refused("not-an-option", code, codes(q));
                }
                yield code;
            }
            case MULTIPLE -> multiple(q, value, textLists);
            case SCALE -> {
                BigDecimal n = number(value);
                if (n.stripTrailingZeros().scale() > 0 || n.compareTo(q.min()) < 0 || n.compareTo(q.max()) > 0) {
                    throw new Refused("scale", q.min(), q.max(), value);
                }
                yield n.stripTrailingZeros().toPlainString();
            }
            case NUMBER -> {
                BigDecimal n = number(value);
                if (n.compareTo(q.min()) < 0 || n.compareTo(q.max()) > 0) {
                    throw new Refused("number-range", q.min().toPlainString(), q.max().toPlainString(), value);
                }
                yield n.stripTrailingZeros().toPlainString();
            }
        };
    }

    private static String multiple(Question q, Object value, boolean textLists) {
        Collection<?> chosen;
        if (value instanceof Collection<?> c) {
            chosen = c;
        } else if (textLists && value instanceof String s) {
            chosen = s.isBlank() ? List.of() : List.of(s.split(","));
        } else {
            throw new Refused("option-list", codes(q));
        }
        Set<String> codes = new LinkedHashSet<>();
        for (Object o : chosen) {
            String code = text(o).strip();
            if (q.option(code).isEmpty()) {
                throw new Refused("not-some-option", code, codes(q));
            }
            codes.add(code);
        }
        if (codes.isEmpty()) {
            throw new Refused(q.options().stream().anyMatch(AnswerOption::exclusive) ? "none-chosen-but-none" : "none-chosen");
        }
        for (AnswerOption o : q.options()) {
            if (o.exclusive() && codes.contains(o.code()) && codes.size() > 1) {
                throw new Refused("alone", o.code());
            }
        }
        // the question's order, so that the same choice is always stored the same way
        return String.join(",", q.options().stream().map(AnswerOption::code).filter(codes::contains).toList());
    }

    /**
     * A stored answer as a JSON client sent it: a list of option codes for a multiple choice, a number for a
     * scale or a number, otherwise the text ({@value Question#NOT_RELEVANT} stays a text everywhere).
     */
    public static Object asSent(Question q, String stored) {
        if (stored == null || Question.NOT_RELEVANT.equals(stored)) {
            return stored;
        }
        return switch (q.type()) {
            case MULTIPLE -> List.of(stored.split(","));
            case SCALE, NUMBER -> new BigDecimal(stored);
            case SINGLE, YES_NO -> stored;
        };
    }

    private static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        throw new Refused("option-code", value);
    }

    private static BigDecimal number(Object value) {
        try {
            if (value instanceof Number n) {
                return new BigDecimal(n.toString());
            }
            if (value instanceof String s) {
                return new BigDecimal(s.strip());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new Refused("not-a-number", value);
    }

    private static String codes(Question q) {
        return String.join(", ", q.options().stream().map(AnswerOption::code).toList());
    }

    /** A refused answer, its reason worded from the catalog's {@code error.field.answer.<reason>}. */
    private static final class Refused extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        // exceptions are not serialised across the platform; the English survives in the message
        private final transient LocalizedText text;

        Refused(String reason, Object... args) {
            this(DiagnosticTexts.MESSAGES.text("error.field.answer." + reason, args));
        }

        private Refused(LocalizedText text) {
            super(text.resolve(Language.EN).orElse(null));
            this.text = text;
        }
    }
}
