package org.cybersudoe.network;

import java.util.List;

import org.cybersudoe.core.i18n.LocalizedText;

/**
 * A committee of the programme (the strategic steering committee, the technical committee)
 * with its members.
 *
 * @param code the natural key ({@code steering}, {@code technical}); never null
 * @param name never null
 * @param members by structure then name; never null
 */
public record Committee(String code, LocalizedText name, List<CommitteeMember> members) {

    public Committee {
        members = List.copyOf(members);
    }
}
