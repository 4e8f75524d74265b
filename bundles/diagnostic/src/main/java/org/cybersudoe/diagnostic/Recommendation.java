package org.cybersudoe.diagnostic;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What a weak dimension points to: its advice, the toolbox's resources of its theme in the
 * respondent's language, and the theme's next open events.
 */
public record Recommendation(String dimension, BigDecimal score, String advice, String theme, List<Resource> resources,
        List<UpcomingEvent> events) {

    public Recommendation {
        resources = List.copyOf(resources);
        events = List.copyOf(events);
    }

    public record Resource(long id, String kind, String title, String url) {
    }

    public record UpcomingEvent(long id, String title, Instant start, String city, String partner) {
    }
}
