package org.cybersudoe.network;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a structure's membership history.
 *
 * @param status the status taken; never null
 * @param changedOn the date it took effect; never null
 * @param changedBy the login of whoever recorded it; never null
 * @param note why, or null
 * @param recordedAt when it was recorded; never null
 */
public record StatusChange(MembershipStatus status, LocalDate changedOn, String changedBy, String note,
        Instant recordedAt) {
}
