package org.cybersudoe.network;

import java.util.Set;

import org.cybersudoe.core.i18n.Language;

/** What a client sends to create or update a person; fields as in {@link Person}, languages may be null. */
public record PersonDraft(String firstName, String lastName, String structureCode, String function,
        String email, String phone, Set<Language> languages) {

    public PersonDraft {
        languages = languages == null ? Set.of() : Set.copyOf(languages);
    }
}
