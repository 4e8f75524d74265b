package org.cybersudoe.toolbox;

import java.util.List;

import org.cybersudoe.core.i18n.LocalizedText;

/**
 * One section of a theme's methodological guide.
 *
 * @param heading the section's heading
 * @param paragraphs its paragraphs, in order; never null
 * @param checklist the things a company checks off, in order; never null, may be empty
 */
public record GuideSection(LocalizedText heading, List<LocalizedText> paragraphs, List<LocalizedText> checklist) {

    public GuideSection {
        paragraphs = List.copyOf(paragraphs);
        checklist = List.copyOf(checklist);
    }
}
