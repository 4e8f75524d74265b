/** Periods of a programme: semesters. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.cybersudoe.core.period;
