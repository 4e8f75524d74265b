package org.cybersudoe.diagnostic.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The diagnostic area's settings, PID {@code org.cybersudoe.diagnostic}; changes apply at once. */
@ObjectClassDefinition(id = DiagnosticConfig.PID, name = "CyberSudoe diagnostic: self-assessments",
        description = "Peer comparison, recommendations and drafts of the self-diagnostic.")
public @interface DiagnosticConfig {

    String PID = "org.cybersudoe.diagnostic";

    /** Below this, a cohort would let a handful of respondents read each other's figures. */
    int LOWEST_MINIMUM_COHORT = 3;

    @AttributeDefinition(name = "Minimum cohort", description = "No peer figure (percentile, average gain, export group) comes "
            + "from fewer companies than this, to any role or through any interface. Values below 3 are raised to 3.", min = "3")
    int minimumCohort() default 5;

    @AttributeDefinition(name = "Weak dimension below", description = "Dimensions scoring below this (0 to 100) get "
            + "recommendations.", min = "0", max = "100")
    int weakDimensionBelow() default 50;

    @AttributeDefinition(name = "Peer statistics refresh (minutes)", description = "How often the peer statistics are read "
            + "again from the database, for the assessments submitted on other nodes; 0 for never (recompute by hand).",
            min = "0", max = "1440")
    int peerRefreshMinutes() default 15;

    @AttributeDefinition(name = "Recommended events", description = "How many upcoming events of a weak dimension's theme "
            + "are recommended.", min = "0", max = "10")
    int recommendedEvents() default 3;
}
