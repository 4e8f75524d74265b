/** The caller's identity, roles and partner scope. */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.cybersudoe.core.security;
