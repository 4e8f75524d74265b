package org.cybersudoe.toolbox;

import java.time.LocalDate;

/**
 * A local relay trained by a project lead.
 *
 * @param id its id
 * @param leadId the project lead who trained the relay
 * @param relayName the relay's name
 * @param relayStructure the structure the relay works for (a Cybersite, a chamber of commerce, ...)
 * @param trainedOn when
 * @param themeCode the theme the training was about; may be null for a general training
 * @param version the record's version
 */
public record RelayTraining(long id, long leadId, String relayName, String relayStructure, LocalDate trainedOn,
        String themeCode, long version) {
}
