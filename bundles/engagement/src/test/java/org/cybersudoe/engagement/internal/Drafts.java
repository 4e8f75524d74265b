package org.cybersudoe.engagement.internal;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.engagement.EventDraft;
import org.cybersudoe.engagement.RegistrationRequest;
import org.cybersudoe.engagement.Venue;

/** Drafts the tests start from. */
public final class Drafts {

    private Drafts() {
    }

    /** A physical event of Cybermassif in Clermont-Ferrand, announced in French and English, starting in {@code days}. */
    public static EventDraft event(int capacity, int days) {
        LocalDateTime start = LocalDateTime.now().plusDays(days).withHour(9).withMinute(0).withSecond(0).withNano(0);
        return new EventDraft("cybermassif", Set.of("is-security"), Language.FR, EnumSet.of(Language.FR, Language.EN),
                LocalizedText.of("Sécurité : protéger son entreprise", null, null, "Security: protecting your company"),
                LocalizedText.of("Une matinée d'échanges.", null, null, "A morning of exchanges."),
                new Venue("Pôle numérique", "1 rue de l'Innovation", "Clermont-Ferrand", "FR72"), null, start, start.plusHours(3),
                "Europe/Paris", capacity);
    }

    public static RegistrationRequest registrant(int n, Language language) {
        return new RegistrationRequest(null, "Entreprise " + n, "FR", null, "FR72", "Personne " + n, "person" + n + "@company" + n
                + ".example", language);
    }
}
