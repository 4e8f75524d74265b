package org.cybersudoe.core.health;

/**
 * An area's state.
 *
 * @param up true when the area serves requests
 * @param detail a short reason, in English, for operators; never null
 */
public record HealthStatus(boolean up, String detail) {

    public HealthStatus {
        detail = detail == null ? "" : detail;
    }

    public static HealthStatus up(String detail) {
        return new HealthStatus(true, detail);
    }

    public static HealthStatus down(String detail) {
        return new HealthStatus(false, detail);
    }
}
