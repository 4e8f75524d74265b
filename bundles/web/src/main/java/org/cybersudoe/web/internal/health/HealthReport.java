package org.cybersudoe.web.internal.health;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The health document: {@code {"status":"UP","areas":{"network":{"up":true,"detail":"..."}},"rest":{...}}}.
 *
 * @param status {@code UP} or {@code DOWN}
 * @param areas every expected area and every area that registered a contributor, by name
 * @param rest the REST server's own state
 */
@JsonPropertyOrder({"status", "areas", "rest"})
public record HealthReport(String status, Map<String, AreaHealth> areas, AreaHealth rest) {

    public static final String UP = "UP";
    public static final String DOWN = "DOWN";

    /** True when the platform is ready: 200 rather than 503. */
    @JsonIgnore
    public boolean isUp() {
        return UP.equals(status);
    }
}
