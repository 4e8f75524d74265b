package org.cybersudoe.outreach.internal.importing;

import static org.cybersudoe.outreach.internal.OutreachTexts.MESSAGES;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;


import org.cybersudoe.outreach.RowError;
import org.cybersudoe.outreach.internal.directory.Keys;
import org.cybersudoe.outreach.internal.jpa.CompanyEntity;
import org.cybersudoe.outreach.internal.jpa.ContactEntity;

/**
 * Writes one batch of checked rows into one partner's directory, inside the caller's JDBC
 * transaction (plain JDBC: per entity, JPA cost twenty times Derby's own insert; the entity
 * classes serve here as plain records of the rows). It first matches every row against the directory with one query per kind of key
 * and decides which rows are refused; only then does it write, companies first, so a refused row
 * leaves nothing behind. A row finds its company by national id; without one, by the company of
 * its contact's address, then by the folded name in the same country. A row equal to what is
 * stored changes nothing.
 */
final class BatchWriter {

    private static final int IN_LIST = 50;

    private final Connection c;
    private final String partner;
    private final String source;
    private final LocalDateTime now;
    private final Function<RowError, RowError> relabel;

    /**
     * @param relabel gives an error the column name the file uses
     */
    BatchWriter(Connection c, String partner, String source, LocalDateTime now, Function<RowError, RowError> relabel) {
        this.c = c;
        this.partner = partner;
        this.source = source;
        this.now = now;
        this.relabel = relabel;
    }

    /** What one batch did. */
    record Outcome(int companiesCreated, int companiesUpdated, int contactsCreated, int contactsUpdated, int unchanged,
            List<RowError> errors) {
    }

    Outcome write(List<CheckedRow> rows) throws SQLException {
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
                        MESSAGES.text("error.field.row.other-partner-company", company.partner)));
            }
            if (contact != null && !contact.partner.equals(partner)) {
                rowErrors.add(new RowError(row.line(), "email", "other-partner",
                        MESSAGES.text("error.field.row.other-partner-contact", contact.partner)));
            }
            if (row.emailKey() != null && contact == null) {
                if (suppressed.contains(Keys.emailHash(row.emailKey()))) {
                    rowErrors.add(new RowError(row.line(), "email", "suppressed", MESSAGES.text("error.field.row.suppressed")));
                }
                if (row.consentBasis() == null) {
                    rowErrors.add(new RowError(row.line(), "consent_basis", "required", MESSAGES.text("error.field.row.new-contact")));
                }
                if (row.consentDate() == null) {
                    rowErrors.add(new RowError(row.line(), "consent_date", "required", MESSAGES.text("error.field.row.new-contact")));
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

        Set<CompanyEntity> created = new java.util.LinkedHashSet<>();
        Set<CompanyEntity> updated = new java.util.LinkedHashSet<>();
        for (Plan plan : plans) {
            CompanyEntity company = plan.company;
            boolean isNew = company.id == null;
            if (apply(plan.row, company) || isNew) {
                company.updatedAt = now;
                plan.companyChanged = true;
                if (isNew) {
                    company.id = -1L;
                    created.add(company);
                } else if (!created.contains(company)) {
                    updated.add(company);
                }
            }
        }
        // contacts refer to their company by key: companies must be in the database first
        insertCompanies(created);
        updateCompanies(updated);

        int unchanged = 0;
        Map<String, ContactEntity> newContacts = new HashMap<>();
        Set<ContactEntity> contactsCreated = new java.util.LinkedHashSet<>();
        Set<ContactEntity> contactsUpdated = new java.util.LinkedHashSet<>();
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
                    newContacts.put(row.emailKey(), k);
                    contactsCreated.add(k);
                    contactChanged = true;
                } else if (apply(row, k, plan.company.id)) {
                    k.updatedAt = now;
                    if (!contactsCreated.contains(k)) {
                        contactsUpdated.add(k);
                    }
                    contactChanged = true;
                }
            }
            if (!plan.companyChanged && !contactChanged) {
                unchanged++;
            }
        }
        insertContacts(contactsCreated);
        updateContacts(contactsUpdated);
        return new Outcome(created.size(), updated.size(), contactsCreated.size(), contactsUpdated.size(), unchanged, errors);
    }

    private static final String COMPANY_COLUMNS = "id, partner_code, name, name_key, national_id, country, nuts_region, nace_code, "
            + "size_class, founded_on, founded_by_woman, website, created_at, updated_at, version";
    private static final String CONTACT_COLUMNS = "id, company_id, partner_code, name, email, email_key, language, consent_basis, "
            + "consent_date, consent_source, unsubscribed_at, bounced_at, created_at, updated_at, version";

    private void insertCompanies(Set<CompanyEntity> companies) throws SQLException {
        if (companies.isEmpty()) {
            return;
        }
        long id = ids("company", companies.size());
        try (PreparedStatement s = c.prepareStatement("INSERT INTO out_company (" + COMPANY_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            for (CompanyEntity e : companies) {
                e.id = id++;
                e.version = 1;
                s.setLong(1, e.id);
                s.setString(2, e.partner);
                setCompanyFields(s, 3, e);
                s.setTimestamp(13, Timestamp.valueOf(e.createdAt));
                s.setTimestamp(14, Timestamp.valueOf(e.updatedAt));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void updateCompanies(Set<CompanyEntity> companies) throws SQLException {
        if (companies.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE out_company SET name = ?, name_key = ?, national_id = ?, "
                + "country = ?, nuts_region = ?, nace_code = ?, size_class = ?, founded_on = ?, founded_by_woman = ?, website = ?, "
                + "updated_at = ?, version = version + 1 WHERE id = ?")) {
            for (CompanyEntity e : companies) {
                setCompanyFields(s, 1, e);
                s.setTimestamp(11, Timestamp.valueOf(e.updatedAt));
                s.setLong(12, e.id);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** name, name_key, national_id, country, nuts_region, nace_code, size_class, founded_on, founded_by_woman, website */
    private static void setCompanyFields(PreparedStatement s, int at, CompanyEntity e) throws SQLException {
        s.setString(at, e.name);
        s.setString(at + 1, e.nameKey);
        s.setString(at + 2, e.nationalId);
        s.setString(at + 3, e.country);
        s.setString(at + 4, e.region);
        s.setString(at + 5, e.nace);
        s.setString(at + 6, e.size);
        s.setDate(at + 7, e.founded == null ? null : Date.valueOf(e.founded));
        if (e.foundedByWoman == null) {
            s.setNull(at + 8, Types.BOOLEAN);
        } else {
            s.setBoolean(at + 8, e.foundedByWoman);
        }
        s.setString(at + 9, e.website);
    }

    private void insertContacts(Set<ContactEntity> contacts) throws SQLException {
        if (contacts.isEmpty()) {
            return;
        }
        long id = ids("contact", contacts.size());
        try (PreparedStatement s = c.prepareStatement("INSERT INTO out_contact (" + CONTACT_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, 1)")) {
            for (ContactEntity k : contacts) {
                k.id = id++;
                k.version = 1;
                s.setLong(1, k.id);
                s.setLong(2, k.companyId);
                s.setString(3, k.partner);
                s.setString(4, k.name);
                s.setString(5, k.email);
                s.setString(6, k.emailKey);
                s.setString(7, k.language);
                s.setString(8, k.consentBasis);
                s.setDate(9, Date.valueOf(k.consentDate));
                s.setString(10, k.consentSource);
                s.setTimestamp(11, Timestamp.valueOf(k.createdAt));
                s.setTimestamp(12, Timestamp.valueOf(k.updatedAt));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void updateContacts(Set<ContactEntity> contacts) throws SQLException {
        if (contacts.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE out_contact SET company_id = ?, name = ?, email = ?, language = ?, "
                + "consent_basis = ?, consent_date = ?, consent_source = ?, updated_at = ?, version = version + 1 WHERE id = ?")) {
            for (ContactEntity k : contacts) {
                s.setLong(1, k.companyId);
                s.setString(2, k.name);
                s.setString(3, k.email);
                s.setString(4, k.language);
                s.setString(5, k.consentBasis);
                s.setDate(6, Date.valueOf(k.consentDate));
                s.setString(7, k.consentSource);
                s.setTimestamp(8, Timestamp.valueOf(k.updatedAt));
                s.setLong(9, k.id);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /**
     * Takes {@code n} ids from the block table the JPA entities' table generator also uses
     * ({@code out_id}), the same way: add n, read the new value; the ids are the n below it.
     */
    private long ids(String name, int n) throws SQLException {
        try (PreparedStatement up = c.prepareStatement("UPDATE out_id SET next_value = next_value + ? WHERE name = ?");
                PreparedStatement read = c.prepareStatement("SELECT next_value FROM out_id WHERE name = ?")) {
            up.setInt(1, n);
            up.setString(2, name);
            up.executeUpdate();
            read.setString(1, name);
            try (ResultSet r = read.executeQuery()) {
                r.next();
                return r.getLong(1) - n + 1;
            }
        }
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
            Map<Long, CompanyEntity> byId, Map<String, ContactEntity> byEmail, Set<String> suppressed) throws SQLException {
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
        for (CompanyEntity company : companies("national_id IN", nationalIds)) {
            byNationalId.put(nidKey(company.country, company.nationalId), company);
            byId.put(company.id, company);
        }
        // by name alone, the partner checked here: Derby probes an index for each key of an IN list
        // only when the list is on the index's first column, and otherwise scanned the table
        for (CompanyEntity company : companies("name_key IN", names)) {
            if (!company.partner.equals(partner)) {
                continue;
            }
            byId.putIfAbsent(company.id, company);
            company = byId.get(company.id);
            // the oldest company of that name wins when several share it
            CompanyEntity known = byName.get(nameKey(company.country, company.nameKey));
            if (known == null || known.id > company.id) {
                byName.put(nameKey(company.country, company.nameKey), company);
            }
        }
        if (emails.isEmpty()) {
            return;
        }
        Set<String> companyIds = new HashSet<>();
        for (List<String> chunk : chunks(emails)) {
            try (PreparedStatement s = c.prepareStatement("SELECT " + CONTACT_COLUMNS + " FROM out_contact WHERE email_key IN ("
                    + marks(chunk.size()) + ")")) {
                bind(s, 1, chunk);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ContactEntity k = contact(r);
                        byEmail.put(k.emailKey, k);
                        if (!byId.containsKey(k.companyId)) {
                            companyIds.add(Long.toString(k.companyId));
                        }
                    }
                }
            }
        }
        for (CompanyEntity company : companies("id IN", companyIds)) {
            byId.put(company.id, company);
        }
        for (List<String> chunk : chunks(hashes)) {
            try (PreparedStatement s = c.prepareStatement("SELECT email_hash FROM out_suppression WHERE email_hash IN ("
                    + marks(chunk.size()) + ")")) {
                bind(s, 1, chunk);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        suppressed.add(r.getString(1));
                    }
                }
            }
        }
    }

    /** Companies whose column in {@code condition} is one of {@code keys}. */
    private List<CompanyEntity> companies(String condition, Set<String> keys) throws SQLException {
        List<CompanyEntity> out = new ArrayList<>();
        boolean numeric = condition.startsWith("id ");
        for (List<String> chunk : chunks(keys)) {
            String sql = "SELECT " + COMPANY_COLUMNS + " FROM out_company WHERE " + condition + " (" + marks(chunk.size()) + ")";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int at = 1;
                for (String key : chunk) {
                    if (numeric) {
                        s.setLong(at++, Long.parseLong(key));
                    } else {
                        s.setString(at++, key);
                    }
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(company(r));
                    }
                }
            }
        }
        return out;
    }

    private static CompanyEntity company(ResultSet r) throws SQLException {
        CompanyEntity e = new CompanyEntity();
        e.id = r.getLong(1);
        e.partner = r.getString(2);
        e.name = r.getString(3);
        e.nameKey = r.getString(4);
        e.nationalId = r.getString(5);
        e.country = r.getString(6);
        e.region = r.getString(7);
        e.nace = r.getString(8);
        e.size = r.getString(9);
        Date founded = r.getDate(10);
        e.founded = founded == null ? null : founded.toLocalDate();
        boolean woman = r.getBoolean(11);
        e.foundedByWoman = r.wasNull() ? null : woman;
        e.website = r.getString(12);
        e.createdAt = r.getTimestamp(13).toLocalDateTime();
        e.updatedAt = r.getTimestamp(14).toLocalDateTime();
        e.version = r.getLong(15);
        return e;
    }

    private static ContactEntity contact(ResultSet r) throws SQLException {
        ContactEntity k = new ContactEntity();
        k.id = r.getLong(1);
        k.companyId = r.getLong(2);
        k.partner = r.getString(3);
        k.name = r.getString(4);
        k.email = r.getString(5);
        k.emailKey = r.getString(6);
        k.language = r.getString(7);
        k.consentBasis = r.getString(8);
        k.consentDate = r.getDate(9).toLocalDate();
        k.consentSource = r.getString(10);
        Timestamp unsubscribed = r.getTimestamp(11);
        k.unsubscribedAt = unsubscribed == null ? null : unsubscribed.toLocalDateTime();
        Timestamp bounced = r.getTimestamp(12);
        k.bouncedAt = bounced == null ? null : bounced.toLocalDateTime();
        k.createdAt = r.getTimestamp(13).toLocalDateTime();
        k.updatedAt = r.getTimestamp(14).toLocalDateTime();
        k.version = r.getLong(15);
        return k;
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static void bind(PreparedStatement s, int from, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            s.setString(from + i, values.get(i));
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

    /** Keys in lists of at most {@value #IN_LIST} values: one statement text per list size, reused from Derby's statement cache. */
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
