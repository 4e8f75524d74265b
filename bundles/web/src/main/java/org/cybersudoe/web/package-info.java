/**
 * The platform's HTTP edge as seen by the bundles that contribute to it: the whiteboard
 * properties that publish a REST resource or a SOAP endpoint, the {@link org.cybersudoe.web.Anonymous}
 * marker, and the helpers that give a resource or an endpoint the
 * {@link org.cybersudoe.core.security.Caller} of the request it serves.
 */
@org.osgi.annotation.versioning.Version("1.5.0")
package org.cybersudoe.web;
