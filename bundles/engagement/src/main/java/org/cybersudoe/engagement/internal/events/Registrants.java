package org.cybersudoe.engagement.internal.events;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.error.ConflictException;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.engagement.RegistrationRequest;
import org.cybersudoe.engagement.internal.EngagementTexts;
import org.cybersudoe.outreach.Company;
import org.cybersudoe.outreach.CompanyDraft;
import org.cybersudoe.outreach.CompanyQuery;
import org.cybersudoe.outreach.Consent;
import org.cybersudoe.outreach.ConsentBasis;
import org.cybersudoe.outreach.Contact;
import org.cybersudoe.outreach.ContactDraft;
import org.cybersudoe.outreach.DirectoryService;

/**
 * Finds the registrant in the outreach directory, or adds it there, de-duplicated the way the
 * directory is: an address belongs to one contact network-wide, a national id to one company per
 * country, and otherwise a company is known by its name within the partner and country.
 */
final class Registrants {

    /** The company and contact a registration refers to; contactId null when the directory keeps the address out. */
    record Found(Company company, Long contactId, String contactName) {
    }

    private final DirectoryService directory;

    Registrants(DirectoryService directory) {
        this.directory = directory;
    }

    /**
     * Finds or adds the registrant. A platform account adds contacts only to companies of partners it may change: it acts
     * for its partner, and must not put people into another partner's directory. Someone registering without an account
     * registers themselves, and their consent adds them to their company wherever it is.
     */
    Found resolve(Caller caller, RegistrationRequest r, String eventPartner, long eventId) {
        String email = Keys.email(r.email());
        Optional<Company> byAddress = first(new CompanyQuery(null, null, null, null, null, null, email, null));
        if (byAddress.isPresent()) {
            Company c = byAddress.get();
            Contact k = directory.contacts(Caller.SYSTEM, c.id()).stream().filter(x -> email.equals(Keys.email(x.email())))
                    .findFirst().orElseThrow();
            return new Found(c, k.id(), k.name() == null ? r.contactName() : k.name());
        }
        Company company = company(r, eventPartner);
        if (caller.canReadNetwork() && !caller.canChangePartnerRecords(company.partner())) {
            throw new AccessDeniedException("partner.scope", EngagementTexts.MESSAGES.text("error.denied.registration-directory",
                    caller.login(), company.partner(), company.id()));
        }
        try {
            Contact k = directory.addContact(Caller.SYSTEM, company.id(), new ContactDraft(r.contactName(), r.email().strip(),
                    r.language(), new Consent(ConsentBasis.INFORMED, LocalDate.now(), "registration to event " + eventId)));
            return new Found(company, k.id(), k.name());
        } catch (ConflictException keptOut) {
            // the address unsubscribed or was erased: the registration stands, the directory stays as it was
            return new Found(company, null, r.contactName());
        }
    }

    private Company company(RegistrationRequest r, String eventPartner) {
        if (r.companyId() != null) {
            try {
                return directory.company(Caller.SYSTEM, r.companyId());
            } catch (NotFoundException e) {
                throw new ValidationException("companyId", "unknown",
                        EngagementTexts.MESSAGES.text("error.field.unknown-company", r.companyId()));
            }
        }
        String country = r.country().strip().toUpperCase(Locale.ROOT);
        if (r.nationalId() != null && !r.nationalId().isBlank()) {
            Optional<Company> byId = first(new CompanyQuery(null, country, null, null, null, null, null, r.nationalId()));
            if (byId.isPresent()) {
                return byId.get();
            }
        }
        String name = r.companyName().strip();
        Optional<Company> byName = directory.companies(Caller.SYSTEM,
                new CompanyQuery(eventPartner, country, null, null, null, name, null, null), new PageRequest(0, 20, java.util.List.of()))
                .items().stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
        if (byName.isPresent()) {
            return byName.get();
        }
        return directory.createCompany(Caller.SYSTEM, new CompanyDraft(eventPartner, name, blankToNull(r.nationalId()), country,
                blankToNull(r.region()), null, null, null, null, null));
    }

    private Optional<Company> first(CompanyQuery q) {
        return directory.companies(Caller.SYSTEM, q, new PageRequest(0, 1, java.util.List.of())).items().stream().findFirst();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
