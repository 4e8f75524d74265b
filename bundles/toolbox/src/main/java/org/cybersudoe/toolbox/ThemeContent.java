package org.cybersudoe.toolbox;

import java.util.List;

/**
 * What a deployed theme bundle carries besides its name: the methodological guide, the
 * awareness video and the questionnaire of its diagnostic tool, each in every language.
 *
 * @param theme the theme
 * @param guide the guide's sections, in reading order; never null
 * @param video the awareness video; never null
 * @param questionnaire the diagnostic questions, in order; never null, never empty
 */
public record ThemeContent(Theme theme, List<GuideSection> guide, ThemeVideo video, List<Question> questionnaire) {

    public ThemeContent {
        guide = List.copyOf(guide);
        questionnaire = List.copyOf(questionnaire);
    }
}
