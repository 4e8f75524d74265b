package org.cybersudoe.network;

/**
 * One line of an attendance record to store.
 *
 * @param personId the person
 * @param status present, absent or excused
 */
public record AttendanceEntry(long personId, AttendanceStatus status) {
}
