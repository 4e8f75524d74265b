/** The caller's identity, roles and partner scope. */
@org.osgi.annotation.versioning.Version("1.3.0")
package org.cybersudoe.core.security;
