package org.cybersudoe.outreach;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How a contact's address was collected.
 *
 * @param basis why the contact may be mailed; never null
 * @param date when it was collected; never null
 * @param source where it was collected (a form, a fair, an import file); never null
 */
public record Consent(ConsentBasis basis, LocalDate date, String source) {
    public Consent {
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
    }
}
