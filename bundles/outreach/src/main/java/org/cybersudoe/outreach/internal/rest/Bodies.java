package org.cybersudoe.outreach.internal.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.Messages;
import org.cybersudoe.outreach.Company;
import org.cybersudoe.outreach.CompanyDraft;
import org.cybersudoe.outreach.Consent;
import org.cybersudoe.outreach.ConsentBasis;
import org.cybersudoe.outreach.ConsentRule;
import org.cybersudoe.outreach.Contact;
import org.cybersudoe.outreach.ContactDraft;
import org.cybersudoe.outreach.ImportReport;
import org.cybersudoe.outreach.SizeClass;
import org.cybersudoe.outreach.Suppression;
import org.cybersudoe.outreach.internal.OutreachTexts;

/**
 * The JSON shapes of the outreach resources, kept apart from the Java API so each can evolve:
 * codes in lower case with their labels in the caller's language. Conversions name the
 * offending field of a body in a ValidationException.
 */
public final class Bodies {

    /** Labels in the caller's language: the area's one catalog, which the services' errors share. */
    public static final Messages MESSAGES = OutreachTexts.MESSAGES;

    private Bodies() {
    }

    /** A company as sent and received; on input {@code id}, {@code contacts}, {@code sizeLabel} and {@code updatedAt} are ignored. */
    public record CompanyBody(Long id, String partner, String name, String nationalId, String country, String region, String nace,
            String size, String sizeLabel, LocalDate founded, Boolean foundedByWoman, String website, Integer contacts,
            Instant updatedAt, Long version) {
    }

    public record ConsentBody(String basis, String basisLabel, LocalDate date, String source) {
    }

    /** A contact as sent and received; on input only {@code name}, {@code email}, {@code language} and {@code consent} count. */
    public record ContactBody(Long id, Long companyId, String partner, String name, String email, String language,
            ConsentBody consent, Instant unsubscribedAt, Instant bouncedAt, String bounceDetail, Long version) {
    }

    public record ImportBody(long id, String partner, String source, String importedBy, Instant startedAt, Instant finishedAt,
            String status, String statusLabel, int rows, int companiesCreated, int companiesUpdated, int contactsCreated,
            int contactsUpdated, int unchanged, int rejected, List<RowErrorBody> errors) {
    }

    /** Why a row was not taken, its detail in the caller's language. */
    public record RowErrorBody(int line, String field, String code, String detail) {
    }

    public record ConsentRuleBody(String country, String basis, String basisLabel, String note) {
    }

    public record SuppressionBody(String reason, String partner, ConsentBody consent, Instant unsubscribedAt, Instant erasedAt) {
    }

    public static CompanyBody body(Company c, Language language) {
        return new CompanyBody(c.id(), c.partner(), c.name(), c.nationalId(), c.country(), c.region(), c.nace(),
                c.size() == null ? null : c.size().code(),
                c.size() == null ? null : MESSAGES.get(language, "size." + c.size().code()), c.founded(), c.foundedByWoman(),
                c.website(), c.contacts(), c.updatedAt(), c.version());
    }

    public static ContactBody body(Contact k, Language language) {
        return new ContactBody(k.id(), k.companyId(), k.partner(), k.name(), k.email(), k.language().code(),
                body(k.consent(), language), k.unsubscribedAt(), k.bouncedAt(), k.bounceDetail(), k.version());
    }

    static ConsentBody body(Consent c, Language language) {
        return c == null ? null : new ConsentBody(c.basis().code(), MESSAGES.get(language, "consent." + c.basis().code()),
                c.date(), c.source());
    }

    public static ImportBody body(ImportReport r, Language language) {
        return new ImportBody(r.id(), r.partner(), r.source(), r.importedBy(), r.startedAt(), r.finishedAt(), r.status().code(),
                MESSAGES.get(language, "import." + r.status().code()), r.rows(), r.companiesCreated(), r.companiesUpdated(),
                r.contactsCreated(), r.contactsUpdated(), r.unchanged(), r.rejected(),
                r.errors().stream().map(e -> new RowErrorBody(e.line(), e.field(), e.code(), e.detail(language))).toList());
    }

    public static SuppressionBody body(Suppression s, Language language) {
        return new SuppressionBody(s.reason(), s.partner(), body(s.consent(), language), s.unsubscribedAt(), s.erasedAt());
    }

    public static ConsentRuleBody body(ConsentRule r, Language language) {
        return new ConsentRuleBody(r.country(), r.basis().code(), MESSAGES.get(language, "consent." + r.basis().code()),
                r.note().resolve(language).orElse(null));
    }

    static CompanyDraft draft(CompanyBody b) {
        if (b == null) {
            throw new ValidationException("body", "required", MESSAGES.text("error.field.company-body"));
        }
        SizeClass size = b.size() == null ? null : SizeClass.fromCode(b.size())
                .orElseThrow(() -> new ValidationException("size", "invalid-value", MESSAGES.text("error.field.size")));
        return new CompanyDraft(b.partner(), b.name(), b.nationalId(), b.country(), b.region(), b.nace(), size, b.founded(),
                b.foundedByWoman(), b.website());
    }

    static ContactDraft draft(ContactBody b) {
        if (b == null) {
            throw new ValidationException("body", "required", MESSAGES.text("error.field.contact-body"));
        }
        Language language = b.language() == null ? null : Language.fromCode(b.language())
                .filter(l -> l.code().equals(b.language()))
                .orElseThrow(() -> new ValidationException("language", "invalid-value", MESSAGES.text("error.field.language")));
        Consent consent = null;
        if (b.consent() != null) {
            ConsentBody c = b.consent();
            ConsentBasis basis = c.basis() == null ? null : ConsentBasis.fromCode(c.basis())
                    .orElseThrow(() -> new ValidationException("consent.basis", "invalid-value",
                            MESSAGES.text("error.field.consent-basis")));
            if (basis == null || c.date() == null || c.source() == null || c.source().isBlank()) {
                throw new ValidationException(basis == null ? "consent.basis" : c.date() == null ? "consent.date" : "consent.source",
                        "required", "is required");
            }
            consent = new Consent(basis, c.date(), c.source());
        }
        return new ContactDraft(b.name(), b.email(), language, consent);
    }
}
