package org.cybersudoe.engagement;

/** What is wrong with one line of an uploaded file (line 1 is the header). */
public record LineError(int line, String field, String message) {
}
