package org.cybersudoe.core.health;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An area's answer to "are you up?". Each area registers one as an OSGi service; the
 * platform's health endpoint is ready only when every expected area has one and all say up.
 */
@ConsumerType
public interface HealthContributor {

    /** The area's name, as listed in the platform's expected areas ({@code network}, ...). */
    String area();

    /** The area's state now; must answer quickly and never throw. */
    HealthStatus check();
}
