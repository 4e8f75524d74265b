package org.cybersudoe.web.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The edge's settings, PID {@value #PID} (etc/org.cybersudoe.web.cfg); every one applies without a restart. */
@ObjectClassDefinition(
        id = WebConfig.PID,
        name = "CyberSudoe web edge",
        description = "Limits, authentication cache and expected areas of the platform's REST and SOAP edge.")
public @interface WebConfig {

    /** The configuration PID shared by the edge's components. */
    String PID = "org.cybersudoe.web";

    @AttributeDefinition(name = "Expected areas",
            description = "Areas that must have a health contributor reporting up for GET /api/v1/health to answer 200.")
    String[] expectedAreas() default {"network"};

    @AttributeDefinition(name = "Largest request body (bytes)",
            description = "A larger JSON, XML, text or form body is refused with 413; also bounds the characters of a SOAP message.")
    long maxBodyBytes() default 1_048_576L;

    @AttributeDefinition(name = "Largest file upload (bytes)",
            description = "A larger upload (a CSV file, or a body that is not JSON, XML, text or a form, such as a shared document) is refused with 413.")
    long maxUploadBytes() default 52_428_800L;

    @AttributeDefinition(name = "Deepest JSON nesting",
            description = "Deepest nesting of arrays and objects accepted in a JSON body; also bounds SOAP element depth.")
    int maxJsonDepth() default 64;

    @AttributeDefinition(name = "Idempotency keys kept (hours)",
            description = "How long the answer to a POST or PATCH sent with an Idempotency-Key header is kept and sent again to a retry with the same key; between 1 and 720.")
    int idempotencyKeyHours() default 24;

    @AttributeDefinition(name = "Authentication cache (seconds)",
            description = "How long a successful login is remembered, so each request does not redo the JAAS login; 0 disables.")
    int authCacheSeconds() default 60;
}
