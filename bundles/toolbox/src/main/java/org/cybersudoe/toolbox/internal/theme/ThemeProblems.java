package org.cybersudoe.toolbox.internal.theme;

import org.cybersudoe.toolbox.ThemeProblem;
import org.cybersudoe.toolbox.internal.ToolboxTexts;

/** Problems of a theme bundle, worded by the area's catalog ({@code theme.problem.<key>}) in every language. */
final class ThemeProblems {

    private ThemeProblems() {
    }

    static ThemeProblem of(String file, String field, String key, String... args) {
        return new ThemeProblem(file, field, ToolboxTexts.MESSAGES.text("theme.problem." + key, (Object[]) args));
    }
}
