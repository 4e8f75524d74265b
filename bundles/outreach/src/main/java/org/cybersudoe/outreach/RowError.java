package org.cybersudoe.outreach;

/**
 * Why one row of an import was not taken.
 *
 * @param line the line number in the file (1 is the header), or the position in a batch
 * @param field the column, as the file names it
 * @param code a stable reason ({@code required}, {@code invalid-value}, {@code suppressed}, ...)
 * @param detail an English sentence
 */
public record RowError(int line, String field, String code, String detail) {
}
