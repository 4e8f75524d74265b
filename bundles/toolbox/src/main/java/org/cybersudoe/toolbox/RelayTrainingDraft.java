package org.cybersudoe.toolbox;

import java.time.LocalDate;

/** What a partner sends to record a relay's training; see {@link RelayTraining}. */
public record RelayTrainingDraft(String relayName, String relayStructure, LocalDate trainedOn, String themeCode) {
}
