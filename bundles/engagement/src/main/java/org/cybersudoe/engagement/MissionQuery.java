package org.cybersudoe.engagement;

/** Filters of the mission list; null means any. */
public record MissionQuery(String partner, Long companyId, String theme, MissionStatus status) {

    public static MissionQuery all() {
        return new MissionQuery(null, null, null, null);
    }
}
