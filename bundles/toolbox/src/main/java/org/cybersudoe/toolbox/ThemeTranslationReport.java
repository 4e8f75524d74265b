package org.cybersudoe.toolbox;

import java.util.List;

/**
 * What is missing in which language for one theme.
 *
 * @param theme the theme (possibly unavailable, when resources still refer to it)
 * @param gaps what is missing; empty when the theme's guide, video and diagnostic exist in every target language
 */
public record ThemeTranslationReport(Theme theme, List<TranslationGap> gaps) {

    public ThemeTranslationReport {
        gaps = List.copyOf(gaps);
    }

    public boolean complete() {
        return gaps.isEmpty();
    }
}
