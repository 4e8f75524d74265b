package org.cybersudoe.toolbox.internal.theme;

import java.util.List;

import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.toolbox.GuideSection;
import org.cybersudoe.toolbox.Question;
import org.cybersudoe.toolbox.Theme;
import org.cybersudoe.toolbox.ThemeContent;
import org.cybersudoe.toolbox.ThemeVideo;

/** A theme as read from its files, valid in every respect the parser checks. */
public record ParsedTheme(String code, String kind, LocalizedText name, LocalizedText description,
        List<GuideSection> guide, ThemeVideo video, List<Question> questionnaire) {

    public Theme theme(boolean available, String bundleSymbolicName, String bundleVersion) {
        return new Theme(code, kind, name, description, available, bundleSymbolicName, bundleVersion);
    }

    public ThemeContent content(Theme theme) {
        return new ThemeContent(theme, guide, video, questionnaire);
    }
}
