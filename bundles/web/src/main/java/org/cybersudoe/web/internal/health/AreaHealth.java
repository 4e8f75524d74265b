package org.cybersudoe.web.internal.health;

import org.cybersudoe.core.health.HealthStatus;
import org.cybersudoe.core.i18n.Language;

/**
 * One area's state in the health document.
 *
 * @param up true when the area serves requests
 * @param detail a short reason for operators, in the document's language; never null
 */
public record AreaHealth(boolean up, String detail) {

    /** {@code status} with its reason in {@code language}, or the first of its fallback order that has it. */
    public static AreaHealth of(HealthStatus status, Language language) {
        return new AreaHealth(status.up(), status.text().resolve(language).orElse(status.detail()));
    }
}
