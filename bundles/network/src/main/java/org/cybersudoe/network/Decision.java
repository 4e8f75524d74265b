package org.cybersudoe.network;

import java.time.LocalDate;

/**
 * A decision taken at a meeting.
 *
 * @param number its number in the meeting, from 1; never reused
 * @param text never null
 * @param decidedOn never null
 */
public record Decision(int number, String text, LocalDate decidedOn) {
}
