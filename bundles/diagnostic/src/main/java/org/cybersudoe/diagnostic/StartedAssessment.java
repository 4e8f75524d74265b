package org.cybersudoe.diagnostic;

/**
 * A new assessment and the secret of its resume link. The secret is given only here: the server
 * keeps a hash of it, so a lost link cannot be sent again.
 */
public record StartedAssessment(Assessment assessment, String token) {
}
