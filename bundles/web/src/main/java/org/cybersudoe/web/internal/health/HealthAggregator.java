package org.cybersudoe.web.internal.health;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cybersudoe.core.health.HealthContributor;
import org.cybersudoe.core.health.HealthStatus;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;

/**
 * Decides whether the platform is up: every expected area has at least one registered
 * contributor, all of an expected area's contributors say up, and the REST server carries
 * every contributed resource. Areas nobody expects are listed but do not decide.
 */
public final class HealthAggregator {

    private HealthAggregator() {
    }

    /** The health document, its reasons in {@code language}. */
    public static HealthReport aggregate(List<String> expectedAreas, Collection<HealthContributor> contributors,
            HealthStatus rest, Language language) {
        Map<String, List<HealthStatus>> byArea = new TreeMap<>();
        for (HealthContributor contributor : contributors) {
            byArea.computeIfAbsent(String.valueOf(contributor.area()), a -> new ArrayList<>()).add(check(contributor));
        }
        Map<String, AreaHealth> areas = new LinkedHashMap<>();
        boolean up = rest.up();
        for (String area : expectedAreas) {
            List<HealthStatus> statuses = byArea.remove(area);
            HealthStatus health = statuses == null
                    ? HealthStatus.down(HealthTexts.MESSAGES.text("health.no-contributor"))
                    : combine(statuses);
            areas.put(area, AreaHealth.of(health, language));
            up &= health.up();
        }
        byArea.forEach((area, statuses) -> areas.put(area, AreaHealth.of(combine(statuses), language)));
        return new HealthReport(up ? HealthReport.UP : HealthReport.DOWN, areas, AreaHealth.of(rest, language));
    }

    private static HealthStatus check(HealthContributor contributor) {
        try {
            HealthStatus status = contributor.check();
            return status == null ? HealthStatus.down(HealthTexts.MESSAGES.text("health.no-status")) : status;
        } catch (RuntimeException e) {
            return HealthStatus.down(HealthTexts.MESSAGES.text("health.check-failed", e.getClass().getSimpleName()));
        }
    }

    private static HealthStatus combine(List<HealthStatus> statuses) {
        boolean up = statuses.stream().allMatch(HealthStatus::up);
        List<LocalizedText> details = statuses.stream().map(HealthStatus::text).distinct().toList();
        return new HealthStatus(up, null, LocalizedText.join("; ", details));
    }
}
