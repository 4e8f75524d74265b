package org.cybersudoe.outreach;

import java.util.List;
import java.util.Optional;

import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;

/**
 * The company directory. Everyone with network read reads it; a partner's admins and staff
 * change their own partner's companies and contacts; the lead partner's admins change all.
 * Addresses are unique in the whole network (normalised), and national ids per country.
 */
public interface DirectoryService {

    List<String> SORTABLE = List.of("id", "name", "country", "partner", "updated");

    Page<Company> companies(Caller caller, CompanyQuery query, PageRequest page);

    Company company(Caller caller, long id);

    Company createCompany(Caller caller, CompanyDraft draft);

    Company updateCompany(Caller caller, long id, long expectedVersion, CompanyDraft draft);

    /** Deletes a company and erases its contacts (each leaves a suppression entry). */
    void deleteCompany(Caller caller, long id, long expectedVersion);

    List<Contact> contacts(Caller caller, long companyId);

    Contact contact(Caller caller, long id);

    Contact addContact(Caller caller, long companyId, ContactDraft draft);

    Contact updateContact(Caller caller, long id, long expectedVersion, ContactDraft draft);

    /** Everything held about the contact, for the person it is about. */
    ContactExport export(Caller caller, long contactId);

    /**
     * Erases the contact: its record goes; a suppression entry keeps the hash of its address,
     * its consent and its unsubscribe, so that a later import reports the address instead of
     * adding it again.
     */
    Suppression erase(Caller caller, long contactId);

    /** Marks the address unsubscribed at once; true when it was known. Anyone holding a valid link may. */
    boolean unsubscribe(String email, String how);

    /** The suppression entry of an address (normalised before hashing), if any. */
    Optional<Suppression> suppression(Caller caller, String email);

    /** Which consent bases allow mailing in which country. */
    List<ConsentRule> consentRules(Caller caller);
}
