package org.cybersudoe.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;

/**
 * What a client sends to create or update a structure. Fields follow {@link Structure};
 * collections may be null (taken as empty).
 *
 * @param code required on create; on update null or equal to the updated structure's code
 * @param status required on create; on update null keeps the current status
 * @param statusSince on create, the date the status took effect (today when null); ignored on update
 * @param nutsEdition null means {@code 2006}, the programme's edition
 */
public record StructureDraft(String code, LocalizedText name, MembershipStatus status, LocalDate statusSince,
        String country, List<String> nutsRegions, String nutsEdition, Set<Language> languages,
        Set<String> workPackages, boolean leadPartner, String website) {

    public StructureDraft {
        nutsRegions = nutsRegions == null ? List.of() : List.copyOf(nutsRegions);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        workPackages = workPackages == null ? Set.of() : Set.copyOf(workPackages);
    }
}
