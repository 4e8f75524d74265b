/**
 * GT3 self-diagnostic: questionnaires contributed by bundles, assessments and their scores,
 * the position of a company against its peers, and progress around missions and events.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.cybersudoe.diagnostic;
