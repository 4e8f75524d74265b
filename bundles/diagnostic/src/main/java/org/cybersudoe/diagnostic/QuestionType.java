package org.cybersudoe.diagnostic;

import java.util.Optional;
import java.util.stream.Stream;

/** The kinds of question a questionnaire may ask, by their code in the file format. */
public enum QuestionType {
    SINGLE("single"), MULTIPLE("multiple"), SCALE("scale"), YES_NO("yesNo"), NUMBER("number");

    private final String code;

    QuestionType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<QuestionType> fromCode(String code) {
        return Stream.of(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
