package org.cybersudoe.toolbox;

import java.time.LocalDate;

/**
 * A partner's project lead trained on the toolbox, who then trains local relays.
 *
 * @param id its id
 * @param partnerCode the partner the lead works for
 * @param fullName the lead's name
 * @param email the lead's e-mail address; may be null
 * @param trainedOn when the lead was trained
 * @param relaysTrained how many local relays the lead has trained so far
 * @param version the record's version
 */
public record ProjectLead(long id, String partnerCode, String fullName, String email, LocalDate trainedOn,
        int relaysTrained, long version) {
}
