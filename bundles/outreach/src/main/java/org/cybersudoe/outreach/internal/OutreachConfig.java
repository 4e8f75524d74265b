package org.cybersudoe.outreach.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The settings of GT4's directory, PID {@code org.cybersudoe.outreach}; changes apply without a restart. */
@ObjectClassDefinition(id = OutreachConfig.PID, name = "CyberSudoe outreach (GT4)",
        description = "Limits of the company directory's imports.")
public @interface OutreachConfig {

    String PID = "org.cybersudoe.outreach";

    @AttributeDefinition(name = "Rows per import",
            description = "The most rows one file or batch may have; larger files are refused before anything is imported.",
            min = "1", max = "1000000")
    int maxImportRows() default 100_000;

    @AttributeDefinition(name = "Rows per transaction",
            description = "Rows committed together during an import: a crash loses at most this batch, which running the "
                    + "import again completes.", min = "1", max = "10000")
    int importBatchSize() default 500;
}
