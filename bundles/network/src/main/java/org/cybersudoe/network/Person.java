package org.cybersudoe.network;

import java.util.Set;

import org.cybersudoe.core.i18n.Language;

/**
 * A person of the project directory. Owned by the partner of {@link #structureCode()}.
 *
 * @param id the platform's id; positive
 * @param firstName never null
 * @param lastName never null
 * @param structureCode the code of the structure the person works for; never null
 * @param function the person's function, or null
 * @param email the e-mail address, unique in the directory; never null
 * @param phone or null
 * @param languages the languages the person speaks; never null
 * @param version the optimistic-locking version to send back with an update
 */
public record Person(long id, String firstName, String lastName, String structureCode, String function,
        String email, String phone, Set<Language> languages, long version) {

    public Person {
        languages = Set.copyOf(languages);
    }

    /** "First Last"; never null. */
    public String displayName() {
        return firstName + " " + lastName;
    }
}
