package org.cybersudoe.network.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The settings of GT1, PID {@code org.cybersudoe.network}; changes apply without a restart. */
@ObjectClassDefinition(id = NetworkConfig.PID, name = "CyberSudoe network (GT1)",
        description = "Press-release reminders and shared documents.")
public @interface NetworkConfig {

    String PID = "org.cybersudoe.network";

    @AttributeDefinition(name = "Press-release lead days",
            description = "How many days before a steering-committee meeting its press release falls due.", min = "0", max = "365")
    int pressReleaseLeadDays() default 15;

    @AttributeDefinition(name = "Largest document (bytes)",
            description = "Uploads larger than this are refused.", min = "1")
    long maxDocumentBytes() default 20L * 1024 * 1024;
}
