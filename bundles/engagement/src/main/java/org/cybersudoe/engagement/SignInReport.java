package org.cybersudoe.engagement;

import java.util.List;

/**
 * The outcome of an uploaded sign-in sheet. A sheet with any error changes nothing.
 *
 * @param checkedIn participants checked in by this sheet
 * @param alreadyCheckedIn participants the sheet names who were already checked in
 */
public record SignInReport(int lines, int checkedIn, int alreadyCheckedIn, List<LineError> errors) {

    public SignInReport {
        errors = List.copyOf(errors);
    }

    public boolean accepted() {
        return errors.isEmpty();
    }
}
