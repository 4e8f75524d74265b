/**
 * GT4, outreach part 2: the awareness events partners hold for companies (registration, waiting
 * list, attendance, calendars) and the technical-assistance missions they run (reports, plans).
 * Services take the {@link org.cybersudoe.core.security.Caller} and enforce the partner scope
 * themselves; companies and contacts live in the outreach directory and are referred to by id.
 */
@org.osgi.annotation.versioning.Version("0.3.0")
package org.cybersudoe.engagement;
