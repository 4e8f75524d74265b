package org.cybersudoe.engagement;

import java.util.List;

/** Everything the programme did with one company: its registrations (with attendance) and its missions. */
public record CompanyHistory(long companyId, List<Attended> events, List<Mission> missions) {

    public CompanyHistory {
        events = List.copyOf(events);
        missions = List.copyOf(missions);
    }

    /** One event the company registered to, and whether it came. */
    public record Attended(Event event, Registration registration) {
    }
}
