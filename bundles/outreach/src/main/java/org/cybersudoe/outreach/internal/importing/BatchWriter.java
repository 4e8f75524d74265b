package org.cybersudoe.outreach.internal.importing;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import javax.persistence.EntityManager;

import org.cybersudoe.outreach.RowError;
import org.cybersudoe.outreach.internal.directory.Keys;
import org.cybersudoe.outreach.internal.jpa.CompanyEntity;
import org.cybersudoe.outreach.internal.jpa.ContactEntity;

/**
 * Writes one batch of checked rows into one partner's directory, inside the caller's
 * transaction. It first matches every row against the directory with one query per kind of key
 * and decides which rows are refused; only then does it write, companies first, so a refused row
 * leaves nothing behind. A row finds its company by national id; without one, by the company of
 * its contact's address, then by the folded name in the same country. A row equal to what is
 * stored changes nothing.
 */
final class BatchWriter {

    private static final int IN_LIST = 50;

    private final EntityManager em;
    private final String partner;
    private final String source;
    private final LocalDateTime now;
    private final Function<RowError, RowError> relabel;

    /**
     * @param relabel gives an error the column name the file uses
     */
    BatchWriter(EntityManager em, String partner, String source, LocalDateTime now, Function<RowError, RowError> relabel) {
        this.em = em;
        this.partner = partner;
        this.source = source;
        this.now = now;
        this.relabel = relabel;
    }

    /** What one batch did. */
    record Outcome(int companiesCreated, int companiesUpdated, int contactsCreated, int contactsUpdated, int unchanged,
            List<RowError> errors) {
    }

    Outcome write(List<CheckedRow> rows) {
        Map<String, CompanyEntity> byNationalId = new HashMap<>();
        Map<String, CompanyEntity> byName = new HashMap<>();
        Map<Long, CompanyEntity> byId = new HashMap<>();
        Map<String, ContactEntity> byEmail = new HashMap<>();
        Set<String> suppressed = new HashSet<>();
        load(rows, byNationalId, byName, byId, byEmail, suppressed);

        // decide first: which company and contact each row means, and which rows are refused
        List<RowError> errors = new ArrayList<>();
        List<Plan> plans = new ArrayList<>();
        Map<String, CompanyEntity> newByNationalId = new HashMap<>();
        Map<String, CompanyEntity> newByName = new HashMap<>();
        for (CheckedRow row : rows) {
            ContactEntity contact = row.emailKey() == null ? null : byEmail.get(row.emailKey());
            CompanyEntity company;
            if (row.nationalId() != null) {
                company = byNationalId.get(nidKey(row.country(), row.nationalId()));
                if (company == null) {
                    // the company may have been recorded by name before its national id was known
                    CompanyEntity named = byName.get(nameKey(row.country(), row.nameKey()));
                    company = named != null && named.nationalId == null ? named : null;
                }
            } else {
                company = contact == null ? null : byId.get(contact.companyId);
                if (company == null || !company.country.equals(row.country())) {
                    company = byName.get(nameKey(row.country(), row.nameKey()));
                }
            }
            List<RowError> rowErrors = new ArrayList<>();
            if (company != null && !company.partner.equals(partner)) {
                rowErrors.add(new RowError(row.line(), row.nationalId() != null ? "national_id" : "company_name", "other-partner",
                        "this company is in the directory of partner " + company.partner + "; only its staff may change it"));
            }
            if (contact != null && !contact.partner.equals(partner)) {
                rowErrors.add(new RowError(row.line(), "email", "other-partner",
                        "this address is a contact of partner " + contact.partner + "; only its staff may change it"));
            }
            if (row.emailKey() != null && contact == null) {
                if (suppressed.contains(Keys.emailHash(row.emailKey()))) {
                    rowErrors.add(new RowError(row.line(), "email", "suppressed",
                            "this address unsubscribed or was erased; it is not added again"));
                }
                if (row.consentBasis() == null) {
                    rowErrors.add(new RowError(row.line(), "consent_basis", "required", "is required for a new contact"));
                }
                if (row.consentDate() == null) {
                    rowErrors.add(new RowError(row.line(), "consent_date", "required", "is required for a new contact"));
                }
            }
            if (!rowErrors.isEmpty()) {
                rowErrors.forEach(e -> errors.add(relabel.apply(e)));
                continue;
            }
            if (company == null) {
                // a company created by an earlier row of this batch
                company = row.nationalId() != null ? newByNationalId.get(nidKey(row.country(), row.nationalId()))
                        : newByName.get(nameKey(row.country(), row.nameKey()));
            }
            if (company == null) {
                company = new CompanyEntity();
                company.partner = partner;
                company.country = row.country();
                company.createdAt = now;
                (row.nationalId() != null ? newByNationalId : newByName).put(row.nationalId() != null
                        ? nidKey(row.country(), row.nationalId()) : nameKey(row.country(), row.nameKey()), company);
                if (row.nationalId() != null) {
                    newByName.putIfAbsent(nameKey(row.country(), row.nameKey()), company);
                }
            }
            plans.add(new Plan(row, company, contact));
        }

        Set<CompanyEntity> created = new HashSet<>();
        Set<CompanyEntity> updated = new HashSet<>();
        for (Plan plan : plans) {
            CompanyEntity c = plan.company;
            boolean isNew = c.id == null;
            if (apply(plan.row, c) || isNew) {
                c.updatedAt = now;
                plan.companyChanged = true;
                if (isNew) {
                    em.persist(c);
                    created.add(c);
                } else if (!created.contains(c)) {
                    updated.add(c);
                }
            }
        }
        // contacts refer to their company by key: companies must be in the database first
        em.flush();

        int contactsCreated = 0;
        int contactsUpdated = 0;
        int unchanged = 0;
        Map<String, ContactEntity> newContacts = new HashMap<>();
        for (Plan plan : plans) {
            CheckedRow row = plan.row;
            boolean contactChanged = false;
            if (row.emailKey() != null) {
                ContactEntity k = plan.contact != null ? plan.contact : newContacts.get(row.emailKey());
                if (k == null) {
                    k = new ContactEntity();
                    k.emailKey = row.emailKey();
                    k.partner = partner;
                    k.createdAt = now;
                    apply(row, k, plan.company.id);
                    k.updatedAt = now;
                    em.persist(k);
                    newContacts.put(row.emailKey(), k);
                    contactsCreated++;
                    contactChanged = true;
                } else if (apply(row, k, plan.company.id)) {
                    k.updatedAt = now;
                    contactsUpdated++;
                    contactChanged = true;
                }
            }
            if (!plan.companyChanged && !contactChanged) {
                unchanged++;
            }
        }
        return new Outcome(created.size(), updated.size(), contactsCreated, contactsUpdated, unchanged, errors);
    }

    private static final class Plan {
        final CheckedRow row;
        final CompanyEntity company;
        final ContactEntity contact;
        boolean companyChanged;

        Plan(CheckedRow row, CompanyEntity company, ContactEntity contact) {
            this.row = row;
            this.company = company;
            this.contact = contact;
        }
    }

    private void load(List<CheckedRow> rows, Map<String, CompanyEntity> byNationalId, Map<String, CompanyEntity> byName,
            Map<Long, CompanyEntity> byId, Map<String, ContactEntity> byEmail, Set<String> suppressed) {
        Set<String> nationalIds = new HashSet<>();
        Set<String> names = new HashSet<>();
        Set<String> emails = new HashSet<>();
        Set<String> hashes = new HashSet<>();
        for (CheckedRow row : rows) {
            if (row.nationalId() != null) {
                nationalIds.add(row.nationalId());
            }
            names.add(row.nameKey());
            if (row.emailKey() != null) {
                emails.add(row.emailKey());
                hashes.add(Keys.emailHash(row.emailKey()));
            }
        }
        for (List<String> ids : chunks(nationalIds)) {
            for (CompanyEntity c : em.createQuery("SELECT c FROM CompanyEntity c WHERE c.nationalId IN :ids", CompanyEntity.class)
                    .setParameter("ids", ids).getResultList()) {
                byNationalId.put(nidKey(c.country, c.nationalId), c);
                byId.put(c.id, c);
            }
        }
        List<CompanyEntity> named = new ArrayList<>();
        for (List<String> chunk : chunks(names)) {
            named.addAll(em.createQuery("SELECT c FROM CompanyEntity c WHERE c.partner = :p AND c.nameKey IN :names",
                    CompanyEntity.class).setParameter("p", partner).setParameter("names", chunk).getResultList());
        }
        for (CompanyEntity c : named) {
            byId.putIfAbsent(c.id, c);
            c = byId.get(c.id);
            // the oldest company of that name wins when several share it
            CompanyEntity known = byName.get(nameKey(c.country, c.nameKey));
            if (known == null || known.id > c.id) {
                byName.put(nameKey(c.country, c.nameKey), c);
            }
        }
        if (!emails.isEmpty()) {
            Set<Long> companyIds = new HashSet<>();
            List<ContactEntity> contacts = new ArrayList<>();
            for (List<String> chunk : chunks(emails)) {
                contacts.addAll(em.createQuery("SELECT k FROM ContactEntity k WHERE k.emailKey IN :emails", ContactEntity.class)
                        .setParameter("emails", chunk).getResultList());
            }
            for (ContactEntity k : contacts) {
                byEmail.put(k.emailKey, k);
                if (!byId.containsKey(k.companyId)) {
                    companyIds.add(k.companyId);
                }
            }
            for (List<Long> chunk : chunks(companyIds)) {
                for (CompanyEntity c : em.createQuery("SELECT c FROM CompanyEntity c WHERE c.id IN :ids", CompanyEntity.class)
                        .setParameter("ids", chunk).getResultList()) {
                    byId.put(c.id, c);
                }
            }
            for (List<String> chunk : chunks(hashes)) {
                suppressed.addAll(em.createQuery("SELECT s.emailHash FROM SuppressionEntity s WHERE s.emailHash IN :h", String.class)
                        .setParameter("h", chunk).getResultList());
            }
        }
    }

    /** Copies the row's non-blank company cells; true when something changed. */
    private static boolean apply(CheckedRow row, CompanyEntity c) {
        boolean changed = false;
        if (!Objects.equals(c.name, row.name())) {
            c.name = row.name();
            c.nameKey = row.nameKey();
            changed = true;
        }
        if (row.nationalId() != null && !row.nationalId().equals(c.nationalId)) {
            c.nationalId = row.nationalId();
            changed = true;
        }
        if (row.region() != null && !row.region().equals(c.region)) {
            c.region = row.region();
            changed = true;
        }
        if (row.nace() != null && !row.nace().equals(c.nace)) {
            c.nace = row.nace();
            changed = true;
        }
        if (row.size() != null && !row.size().code().equals(c.size)) {
            c.size = row.size().code();
            changed = true;
        }
        if (row.founded() != null && !row.founded().equals(c.founded)) {
            c.founded = row.founded();
            changed = true;
        }
        if (row.foundedByWoman() != null && !row.foundedByWoman().equals(c.foundedByWoman)) {
            c.foundedByWoman = row.foundedByWoman();
            changed = true;
        }
        if (row.website() != null && !row.website().equals(c.website)) {
            c.website = row.website();
            changed = true;
        }
        return changed;
    }

    /** Copies the row's non-blank contact cells; true when something changed. */
    private boolean apply(CheckedRow row, ContactEntity k, long companyId) {
        boolean changed = false;
        if (k.companyId != companyId) {
            k.companyId = companyId;
            changed = true;
        }
        if (!row.email().equals(k.email)) {
            k.email = row.email();
            changed = true;
        }
        if (row.contactName() != null && !row.contactName().equals(k.name)) {
            k.name = row.contactName();
            changed = true;
        }
        if (row.language() != null && !row.language().code().equals(k.language)) {
            k.language = row.language().code();
            changed = true;
        }
        if (row.consentBasis() != null && row.consentDate() != null
                && (!row.consentBasis().code().equals(k.consentBasis) || !row.consentDate().equals(k.consentDate))) {
            k.consentBasis = row.consentBasis().code();
            k.consentDate = row.consentDate();
            k.consentSource = row.consentSource() != null ? row.consentSource() : source;
            changed = true;
        }
        return changed;
    }

    /**
     * Keys in lists of at most {@value #IN_LIST} values: with longer IN lists Derby's optimiser
     * prefers scanning the table to probing the index, which made each batch read the whole directory.
     */
    private static <T> List<List<T>> chunks(Set<T> keys) {
        List<T> all = List.copyOf(keys);
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IN_LIST) {
            out.add(all.subList(i, Math.min(all.size(), i + IN_LIST)));
        }
        return out;
    }

    private static String nidKey(String country, String nationalId) {
        return country + ":" + nationalId;
    }

    private static String nameKey(String country, String nameKey) {
        return country + ":" + nameKey;
    }
}
