package org.cybersudoe.web.internal.health;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.cybersudoe.core.health.HealthStatus;
import org.cybersudoe.core.i18n.Language;

/**
 * One area's state in the health document.
 *
 * @param up true when the area serves requests
 * @param detail a short reason for operators, in the document's language; null (and left out of
 *        the document) for a caller who may not read the network's data
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AreaHealth(boolean up, String detail) {

    /** {@code status} with its reason in {@code language}, or the first of its fallback order that has it. */
    public static AreaHealth of(HealthStatus status, Language language) {
        return new AreaHealth(status.up(), status.text().resolve(language).orElse(status.detail()));
    }

    /** The state alone. */
    public AreaHealth withoutDetail() {
        return new AreaHealth(up, null);
    }
}
