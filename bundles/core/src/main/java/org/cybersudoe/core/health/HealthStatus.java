package org.cybersudoe.core.health;

import java.util.List;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;

/**
 * An area's state.
 *
 * @param up true when the area serves requests
 * @param detail a short reason for operators, in English; never null
 * @param text the same reason in the platform's languages, as the health endpoint answers it to a
 *        caller's {@code Accept-Language}; never null (English only when built from a string)
 */
public record HealthStatus(boolean up, String detail, LocalizedText text) {

    public HealthStatus {
        text = text != null ? text : LocalizedText.of(Language.EN, detail == null ? "" : detail);
        detail = detail != null ? detail : text.resolve(Language.EN).orElse("");
    }

    /** A reason in English only, for a contributor without a catalog of its own. */
    public HealthStatus(boolean up, String detail) {
        this(up, detail, null);
    }

    public static HealthStatus up(String detail) {
        return new HealthStatus(true, detail);
    }

    public static HealthStatus down(String detail) {
        return new HealthStatus(false, detail);
    }

    public static HealthStatus up(LocalizedText text) {
        return new HealthStatus(true, null, text);
    }

    public static HealthStatus down(LocalizedText text) {
        return new HealthStatus(false, null, text);
    }

    /** The same state with {@code more} after its reason, in every language ("schema version 3, 4 questionnaires"). */
    public HealthStatus followedBy(LocalizedText more) {
        return new HealthStatus(up, null, LocalizedText.join(", ", List.of(text, more)));
    }
}
