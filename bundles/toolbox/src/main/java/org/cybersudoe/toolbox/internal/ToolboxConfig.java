package org.cybersudoe.toolbox.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The settings of GT3, PID {@code org.cybersudoe.toolbox}; changes apply without a restart. */
@ObjectClassDefinition(id = ToolboxConfig.PID, name = "CyberSudoe toolbox (GT3)",
        description = "Targets of the shared toolbox and of the training of project leads, and theme validation limits.")
public @interface ToolboxConfig {

    String PID = "org.cybersudoe.toolbox";

    @AttributeDefinition(name = "Themes per deliverable",
            description = "How many themes each deliverable (guide, video, diagnostic) is expected for.", min = "1", max = "100")
    int targetThemes() default 9;

    @AttributeDefinition(name = "Target languages",
            description = "The languages every deliverable must exist in (codes fr, es, pt, en).")
    String[] targetLanguages() default {"fr", "es", "pt"};

    @AttributeDefinition(name = "Partners", description = "How many partners train project leads.", min = "1", max = "200")
    int partners() default 9;

    @AttributeDefinition(name = "Project leads per partner", description = "How many project leads each partner trains.",
            min = "1", max = "50")
    int leadsPerPartner() default 2;

    @AttributeDefinition(name = "Largest theme jar (bytes)",
            description = "toolbox:theme-validate refuses to read a jar larger than this.", min = "1024")
    long maxThemeJarBytes() default 20L * 1024 * 1024;
}
