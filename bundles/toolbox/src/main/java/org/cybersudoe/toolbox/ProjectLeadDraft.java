package org.cybersudoe.toolbox;

import java.time.LocalDate;

/** What a partner sends to record a trained project lead; see {@link ProjectLead}. */
public record ProjectLeadDraft(String partnerCode, String fullName, String email, LocalDate trainedOn) {
}
