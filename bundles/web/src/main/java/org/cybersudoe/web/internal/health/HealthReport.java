package org.cybersudoe.web.internal.health;

import java.util.LinkedHashMap;
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

    /**
     * The same document with the states alone: the reasons name schema versions, counts and
     * failures, which are for the platform's staff, not for whoever can reach the port.
     */
    public HealthReport withoutDetails() {
        Map<String, AreaHealth> states = new LinkedHashMap<>();
        areas.forEach((area, health) -> states.put(area, health.withoutDetail()));
        return new HealthReport(status, states, rest.withoutDetail());
    }

    /** True when the platform is ready: 200 rather than 503. */
    @JsonIgnore
    public boolean isUp() {
        return UP.equals(status);
    }
}
