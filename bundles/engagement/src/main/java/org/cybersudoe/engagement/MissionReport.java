package org.cybersudoe.engagement;

import java.time.Instant;
import java.util.List;

import org.cybersudoe.core.i18n.Language;

/** A mission's report. Once signed off it no longer changes. */
public record MissionReport(long missionId, Language language, String situation, String needs, String recommendations,
        List<String> specification, ReportStatus status, String writtenBy, Instant updatedAt, String signedOffBy,
        Instant signedOffAt, long version) {

    public MissionReport {
        specification = List.copyOf(specification);
    }
}
