/** The one error model of the platform: problems with a status, a type and the offending fields. */
@org.osgi.annotation.versioning.Version("1.3.0")
package org.cybersudoe.core.error;
