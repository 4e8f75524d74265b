/** Versioned schema migrations, one history per area. */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.cybersudoe.core.persistence;
