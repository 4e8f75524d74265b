/**
 * GT1, the network: the support structures of a programme and their membership, the
 * directory of people, the committees and their meetings, press-release reminders, shared
 * documents, and the programme with its work packages and budget.
 *
 * <p>Every method takes the {@link org.cybersudoe.core.security.Caller} first and enforces
 * the partner scope itself: reading needs {@code requireNetworkRead()}, changing a record
 * owned by a partner needs {@code requireChange(partner)}. Errors are core
 * {@link org.cybersudoe.core.error.ProblemException}s; nothing is written when one is thrown.
 */
@org.osgi.annotation.versioning.Version("2.0.0")
package org.cybersudoe.network;
