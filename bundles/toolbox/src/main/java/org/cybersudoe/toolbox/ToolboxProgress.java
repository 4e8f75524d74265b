package org.cybersudoe.toolbox;

import java.util.List;

import org.cybersudoe.core.i18n.Language;

/**
 * The toolbox's progress toward its target.
 *
 * @param targetLanguages the languages every deliverable must exist in (fr, es, pt by default)
 * @param lines one line per deliverable kind: guide, video, diagnostic
 */
public record ToolboxProgress(List<Language> targetLanguages, List<ProgressLine> lines) {

    public ToolboxProgress {
        targetLanguages = List.copyOf(targetLanguages);
        lines = List.copyOf(lines);
    }
}
