package org.cybersudoe.network.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.network.MembershipStatus;
import org.cybersudoe.network.PersonDraft;
import org.cybersudoe.network.StructureDraft;

/** Small valid inputs. */
public final class Fixtures {

    private Fixtures() {
    }

    public static StructureDraft structure(String code, String country, String region) {
        return new StructureDraft(code, LocalizedText.of(Language.EN, "Structure " + code), MembershipStatus.PARTNER,
                LocalDate.of(2009, 7, 1), country, List.of(region), null, Set.of(Language.EN), Set.of(), false,
                "https://" + code + ".example");
    }

    public static void committee(NetworkDatabase db, String code, String name) {
        db.tx(em -> {
            org.cybersudoe.network.internal.jpa.CommitteeEntity c = new org.cybersudoe.network.internal.jpa.CommitteeEntity();
            c.code = code;
            c.name = org.cybersudoe.network.internal.jpa.LocalizedColumns.of(LocalizedText.of(Language.EN, name));
            em.persist(c);
            return null;
        });
    }

    public static PersonDraft person(String first, String last, String structure) {
        return new PersonDraft(first, last, structure, "Project lead",
                (first + "." + last + "@" + structure + ".example").toLowerCase(), "+34 925 000 000",
                Set.of(Language.ES, Language.EN));
    }
}
