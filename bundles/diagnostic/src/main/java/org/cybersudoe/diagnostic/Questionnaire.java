package org.cybersudoe.diagnostic;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.cybersudoe.core.i18n.LocalizedText;

/**
 * One version of a questionnaire, as its file defined it. Immutable: a change to the questions,
 * scores or levels comes as a new version, and assessments keep the version they answered.
 *
 * @param theme the theme it belongs to; null for the general digital-maturity questionnaire
 */
public record Questionnaire(String code, int version, String theme, LocalizedText title, LocalizedText description,
        List<Level> levels, List<Dimension> dimensions) {

    public Questionnaire {
        levels = List.copyOf(levels);
        dimensions = List.copyOf(dimensions);
    }

    public Stream<Question> questions() {
        return dimensions.stream().flatMap(d -> d.questions().stream());
    }

    public Optional<Question> question(String questionCode) {
        return questions().filter(q -> q.code().equals(questionCode)).findFirst();
    }

    public Optional<Dimension> dimension(String dimensionCode) {
        return dimensions.stream().filter(d -> d.code().equals(dimensionCode)).findFirst();
    }
}
