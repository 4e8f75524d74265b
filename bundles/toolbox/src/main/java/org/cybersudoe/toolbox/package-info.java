/**
 * GT3, the shared toolbox: the themes deployed as theme bundles, the resources per theme
 * (guides, videos, diagnostic tools, adapted partner tools) with one version per language,
 * and the trained project leads with the local relays they train.
 *
 * <p>Every method takes the {@link org.cybersudoe.core.security.Caller} first and enforces
 * the partner scope itself: reading needs {@code requireNetworkRead()}, changing a record
 * owned by a partner needs {@code requireChange(partner)}. Errors are core
 * {@link org.cybersudoe.core.error.ProblemException}s; nothing is written when one is thrown.
 */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.cybersudoe.toolbox;
