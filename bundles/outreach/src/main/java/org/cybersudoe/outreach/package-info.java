/**
 * GT4, outreach: the directory of companies and their contacts, consent and suppression, and
 * the imports that fill it. Services take the {@link org.cybersudoe.core.security.Caller} and
 * enforce the partner scope themselves.
 */
@org.osgi.annotation.versioning.Version("0.3.0")
package org.cybersudoe.outreach;
