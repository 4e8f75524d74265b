package org.cybersudoe.web.internal.health;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One area's state in the health document.
 *
 * @param up true when the area serves requests
 * @param detail a short reason for operators, in the language the document is written in; never null
 * @param text the reason in every language
 */
public record AreaHealth(boolean up, String detail, @JsonIgnore LocalizedText text) {

    public AreaHealth {
        text = text != null ? text : LocalizedText.of(Language.EN, detail == null ? "" : detail);
        detail = detail != null ? detail : text.resolve(Language.EN).orElse("");
    }

    public AreaHealth(boolean up, LocalizedText text) {
        this(up, null, text);
    }

    /** A reason in English only. */
    public AreaHealth(boolean up, String detail) {
        this(up, detail, null);
    }

    /** The same state with its reason in {@code language} (or the first of its fallback order that has it). */
    public AreaHealth in(Language language) {
        return new AreaHealth(up, text.resolve(language).orElse(detail), text);
    }
}
