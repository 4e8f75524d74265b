package org.cybersudoe.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;

/**
 * A support structure of the network: a partner or another structure. It owns its own
 * records: its partner code, for the partner scope, is its {@link #code()}.
 *
 * @param code the natural key, lower case ({@code cybermassif}, {@code fib}); never null
 * @param name the name in the languages given; never null, never empty
 * @param status the membership status; never null
 * @param statusSince the date the status last changed; never null
 * @param country the ISO 3166-1 alpha-2 country code, upper case; never null
 * @param nutsRegions the NUTS II codes of the regions it covers, in the given order; never null
 * @param nutsEdition the NUTS edition those codes follow ({@code 2006}, {@code 2016}, ...); never null
 * @param languages the languages it works in; never null
 * @param workPackages the codes of the work packages it co-pilots ({@code GT1}, ...); never null
 * @param leadPartner true for the programme's lead partner ("chef de file")
 * @param website its web site, an http(s) URL, or null
 * @param version the optimistic-locking version to send back with an update
 */
public record Structure(String code, LocalizedText name, MembershipStatus status, LocalDate statusSince,
        String country, List<String> nutsRegions, String nutsEdition, Set<Language> languages,
        Set<String> workPackages, boolean leadPartner, String website, long version) {

    public Structure {
        nutsRegions = List.copyOf(nutsRegions);
        languages = Set.copyOf(languages);
        workPackages = Set.copyOf(workPackages);
    }
}
