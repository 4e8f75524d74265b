package org.cybersudoe.engagement;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Where a partner stands against its plan. Events are held or planned (planned, open, full);
 * missions are done (done or reported) or planned (requested or planned).
 *
 * @param eventsByTheme events held or planned per theme code
 */
public record PartnerPlan(String partner, String country, int eventsTarget, int eventsHeld, int eventsPlanned,
        int missionsTarget, int missionsDone, int missionsPlanned, BigDecimal consultantDaysDone, long companiesReached,
        Map<String, Integer> eventsByTheme) {

    public PartnerPlan {
        eventsByTheme = Map.copyOf(eventsByTheme);
    }
}
