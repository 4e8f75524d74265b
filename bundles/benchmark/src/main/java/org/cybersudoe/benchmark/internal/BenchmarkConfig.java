package org.cybersudoe.benchmark.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The settings of GT2, PID {@code org.cybersudoe.benchmark}; changes apply without a restart. */
@ObjectClassDefinition(id = BenchmarkConfig.PID, name = "CyberSudoe benchmark (GT2)",
        description = "Targets of the benchmark, who reviews the sheets, and the charter's minimum size.")
public @interface BenchmarkConfig {

    String PID = "org.cybersudoe.benchmark";

    @AttributeDefinition(name = "Sheets per partner",
            description = "How many published evaluation sheets each partner aims at (the programme: 10).", min = "1", max = "1000")
    int sheetsPerPartner() default 10;

    @AttributeDefinition(name = "Reviewing committee",
            description = "Code of the committee whose seated partners' admins review sheets (besides the lead partner's admins).")
    String reviewCommittee() default "technical";

    @AttributeDefinition(name = "Rules in a charter",
            description = "The fewest golden rules a charter version may be published with (the programme: 9).", min = "1", max = "100")
    int minimumRules() default 9;
}
