/**
 * GT2, the European benchmark of ICT-diffusion methods: the inventoried awareness actions and
 * their evaluation sheets (written by a partner, reviewed by the technical committee, then
 * published), full-text search over them in the four languages, the golden rules and the
 * versioned charter of good practices with each partner's adoption.
 *
 * <p>Every method takes the {@link org.cybersudoe.core.security.Caller} first and enforces
 * the partner scope itself. Errors are core {@link org.cybersudoe.core.error.ProblemException}s;
 * nothing is written when one is thrown.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.cybersudoe.benchmark;
