/** Health of the platform's areas. */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.cybersudoe.core.health;
