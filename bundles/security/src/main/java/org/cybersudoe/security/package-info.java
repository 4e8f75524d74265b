/** User accounts of the platform's JAAS realm. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.cybersudoe.security;
