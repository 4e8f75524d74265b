package org.cybersudoe.network;

/**
 * One person's attendance at a meeting.
 *
 * @param personId positive
 * @param personName "First Last"; never null
 * @param structureCode the person's structure; never null
 * @param status never null
 */
public record Attendance(long personId, String personName, String structureCode, AttendanceStatus status) {
}
