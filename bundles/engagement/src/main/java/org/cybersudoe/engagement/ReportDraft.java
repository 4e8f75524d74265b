package org.cybersudoe.engagement;

import java.util.List;

/**
 * A mission report as the consultant writes it, in the mission's language.
 *
 * @param situation the company's situation
 * @param needs its needs
 * @param recommendations the solutions recommended
 * @param specification the draft specification, one requirement per item, which the company can
 *        send to suppliers; empty when none is needed
 */
public record ReportDraft(String situation, String needs, String recommendations, List<String> specification) {

    public ReportDraft {
        specification = specification == null ? List.of() : List.copyOf(specification);
    }
}
