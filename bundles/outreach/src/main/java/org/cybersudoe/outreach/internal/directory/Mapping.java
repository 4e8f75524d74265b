package org.cybersudoe.outreach.internal.directory;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.outreach.Company;
import org.cybersudoe.outreach.Consent;
import org.cybersudoe.outreach.ConsentBasis;
import org.cybersudoe.outreach.Contact;
import org.cybersudoe.outreach.SizeClass;
import org.cybersudoe.outreach.Suppression;
import org.cybersudoe.outreach.internal.jpa.CompanyEntity;
import org.cybersudoe.outreach.internal.jpa.ContactEntity;
import org.cybersudoe.outreach.internal.jpa.SuppressionEntity;

/** Entities to the API's records. Times are stored in UTC. */
final class Mapping {

    private Mapping() {
    }

    static Company company(CompanyEntity c, int contacts) {
        return new Company(c.id, c.partner, c.name, c.nationalId, c.country, c.region, c.nace,
                c.size == null ? null : SizeClass.fromCode(c.size).orElse(null), c.founded, c.foundedByWoman, c.website,
                contacts, instant(c.updatedAt), c.version);
    }

    static Contact contact(ContactEntity k) {
        return new Contact(k.id, k.companyId, k.partner, k.name, k.email, Language.fromCode(k.language).orElse(Language.EN),
                new Consent(ConsentBasis.fromCode(k.consentBasis).orElse(ConsentBasis.CONSENT), k.consentDate, k.consentSource),
                instant(k.unsubscribedAt), instant(k.bouncedAt), k.bounceDetail, k.version);
    }

    static Suppression suppression(SuppressionEntity s) {
        Consent consent = s.consentBasis == null || s.consentDate == null ? null
                : new Consent(ConsentBasis.fromCode(s.consentBasis).orElse(ConsentBasis.CONSENT), s.consentDate,
                        s.consentSource == null ? "" : s.consentSource);
        return new Suppression(s.reason, s.partner, consent, instant(s.unsubscribedAt), instant(s.erasedAt));
    }

    static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
