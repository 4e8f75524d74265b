package org.cybersudoe.outreach.internal.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import javax.persistence.EntityManager;

import org.cybersudoe.core.error.ConflictException;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.network.StructureService;
import org.cybersudoe.outreach.Company;
import org.cybersudoe.outreach.CompanyDraft;
import org.cybersudoe.outreach.CompanyQuery;
import org.cybersudoe.outreach.ConsentBasis;
import org.cybersudoe.outreach.ConsentRule;
import org.cybersudoe.outreach.Contact;
import org.cybersudoe.outreach.ContactDraft;
import org.cybersudoe.outreach.ContactExport;
import org.cybersudoe.outreach.DirectoryService;
import org.cybersudoe.outreach.Suppression;
import org.cybersudoe.outreach.internal.OutreachDatabase;
import org.cybersudoe.outreach.internal.OutreachTexts;
import org.cybersudoe.outreach.internal.jpa.CompanyEntity;
import org.cybersudoe.outreach.internal.jpa.ConsentRuleEntity;
import org.cybersudoe.outreach.internal.jpa.ContactEntity;
import org.cybersudoe.outreach.internal.jpa.SuppressionEntity;
import org.cybersudoe.persistence.Jpql;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = {DirectoryService.class, DirectoryServiceImpl.class})
public class DirectoryServiceImpl implements DirectoryService {

    private static final Map<String, String> SORT = Map.of("id", "c.id", "name", "c.nameKey", "country", "c.country",
            "partner", "c.partner", "updated", "c.updatedAt");

    private final OutreachDatabase db;
    private final StructureService structures;

    @Activate
    public DirectoryServiceImpl(@Reference OutreachDatabase db, @Reference StructureService structures) {
        this.db = db;
        this.structures = structures;
    }

    @Override
    public Page<Company> companies(Caller caller, CompanyQuery query, PageRequest page) {
        caller.requireNetworkRead();
        CompanyQuery q = query == null ? CompanyQuery.all() : query;
        return db.tx(em -> {
            Jpql jpql = new Jpql("CompanyEntity", "c")
                    .where("c.partner = :partner", "partner", blankToNull(q.partner()))
                    .where("c.country = :country", "country", upper(q.country()))
                    .where("c.region = :region", "region", upper(q.region()))
                    .where("c.nace LIKE :nace", "nace", q.nace() == null || q.nace().isBlank() ? null
                            : Checks.nace(q.nace()).map(n -> n + "%").orElseThrow(() -> new ValidationException("nace",
                                    "invalid-value", OutreachTexts.MESSAGES.text("error.field.nace-start"))))
                    .where("c.size = :size", "size", q.size() == null ? null : q.size().code())
                    .where("c.nameKey LIKE :text", "text", q.text() == null || q.text().isBlank() ? null
                            : "%" + Keys.name(q.text()).replace("\\", "").replace("%", "").replace("_", "") + "%")
                    .where("c.nationalId = :nid", "nid", Keys.nationalId(q.nationalId()))
                    .where("c.id IN (SELECT k.companyId FROM ContactEntity k WHERE k.emailKey = :email)", "email",
                            q.email() == null || q.email().isBlank() ? null : Keys.email(q.email()));
            Page<CompanyEntity> found = jpql.page(em, CompanyEntity.class, page, SORT, "c.id ASC");
            Map<Long, Integer> counts = contactCounts(em, found.items().stream().map(c -> c.id).toList());
            return found.map(c -> Mapping.company(c, counts.getOrDefault(c.id, 0)));
        });
    }

    @Override
    public Company company(Caller caller, long id) {
        caller.requireNetworkRead();
        return db.tx(em -> {
            CompanyEntity c = companyEntity(em, id);
            return Mapping.company(c, contactCounts(em, List.of(id)).getOrDefault(id, 0));
        });
    }

    @Override
    public Company createCompany(Caller caller, CompanyDraft draft) {
        CompanyDraft d = checked(draft, this::isStructure);
        caller.requireChange(d.partner());
        return db.tx(em -> {
            requireNationalIdFree(em, d, null);
            CompanyEntity c = new CompanyEntity();
            c.partner = d.partner();
            c.createdAt = Mapping.now();
            c.updatedAt = c.createdAt;
            copy(d, c);
            em.persist(c);
            // the version is set when the row is written: mapped before, the answer would carry 0 for a stored 1
            em.flush();
            return Mapping.company(c, 0);
        });
    }

    @Override
    public Company updateCompany(Caller caller, long id, long expectedVersion, CompanyDraft draft) {
        CompanyDraft d = checked(draft, this::isStructure);
        return db.tx(em -> {
            CompanyEntity c = companyEntity(em, id);
            caller.requireChange(c.partner);
            if (!c.partner.equals(d.partner())) {
                throw new ValidationException("partner", "invalid-value",
                        OutreachTexts.MESSAGES.text("error.field.partner-fixed", c.partner));
            }
            requireNationalIdFree(em, d, c.id);
            long stored = c.version;
            List<Object> before = content(c);
            copy(d, c);
            boolean changes = !before.equals(content(c));
            // the same content sent again is no change: a client still holding this version must not get a conflict,
            // nor a retry whose first answer was lost, with the version it was first sent with
            if (changes) {
                requireVersion(stored, expectedVersion);
                c.updatedAt = Mapping.now();
            }
            em.flush();
            return Mapping.company(c, contactCounts(em, List.of(id)).getOrDefault(id, 0));
        });
    }

    @Override
    public void deleteCompany(Caller caller, long id, long expectedVersion) {
        db.tx(em -> {
            CompanyEntity c = companyEntity(em, id);
            caller.requireChange(c.partner);
            requireVersion(c.version, expectedVersion);
            for (ContactEntity k : em.createQuery("SELECT k FROM ContactEntity k WHERE k.companyId = :id", ContactEntity.class)
                    .setParameter("id", id).getResultList()) {
                suppress(em, k, caller.login());
                em.remove(k);
            }
            em.flush();
            em.remove(c);
            return null;
        });
    }

    @Override
    public List<Contact> contacts(Caller caller, long companyId) {
        caller.requireNetworkRead();
        return db.tx(em -> {
            companyEntity(em, companyId);
            return em.createQuery("SELECT k FROM ContactEntity k WHERE k.companyId = :id ORDER BY k.id", ContactEntity.class)
                    .setParameter("id", companyId).getResultList().stream().map(Mapping::contact).toList();
        });
    }

    @Override
    public Contact contact(Caller caller, long id) {
        caller.requireNetworkRead();
        return db.tx(em -> Mapping.contact(contactEntity(em, id)));
    }

    @Override
    public Contact addContact(Caller caller, long companyId, ContactDraft draft) {
        checked(draft, true);
        return db.tx(em -> {
            CompanyEntity c = companyEntity(em, companyId);
            caller.requireChange(c.partner);
            String key = Keys.email(draft.email());
            requireEmailFree(em, key, null);
            if (em.find(SuppressionEntity.class, Keys.emailHash(key)) != null) {
                throw new ConflictException("email", OutreachTexts.MESSAGES.text("error.conflict.suppressed"));
            }
            ContactEntity k = new ContactEntity();
            k.companyId = companyId;
            k.partner = c.partner;
            k.emailKey = key;
            k.createdAt = Mapping.now();
            k.updatedAt = k.createdAt;
            copy(draft, k, c.country);
            em.persist(k);
            // the version is set when the row is written: mapped before, the answer would carry 0 for a stored 1
            em.flush();
            return Mapping.contact(k);
        });
    }

    @Override
    public Contact updateContact(Caller caller, long id, long expectedVersion, ContactDraft draft) {
        checked(draft, true);
        return db.tx(em -> {
            ContactEntity k = contactEntity(em, id);
            caller.requireChange(k.partner);
            String key = Keys.email(draft.email());
            requireEmailFree(em, key, id);
            long stored = k.version;
            List<Object> before = content(k);
            String country = companyEntity(em, k.companyId).country;
            k.emailKey = key;
            copy(draft, k, country);
            boolean changes = !before.equals(content(k));
            // the same content sent again is no change: a client still holding this version must not get a conflict,
            // nor a retry whose first answer was lost, with the version it was first sent with
            if (changes) {
                requireVersion(stored, expectedVersion);
                k.updatedAt = Mapping.now();
            }
            em.flush();
            return Mapping.contact(k);
        });
    }

    @Override
    public ContactExport export(Caller caller, long contactId) {
        caller.requireNetworkRead();
        return db.tx(em -> {
            ContactEntity k = contactEntity(em, contactId);
            // personal data goes to the partner that holds it, not to the whole network
            caller.requireChange(k.partner);
            CompanyEntity c = companyEntity(em, k.companyId);
            return new ContactExport(Mapping.contact(k), Mapping.company(c, contactCounts(em, List.of(c.id)).getOrDefault(c.id, 0)),
                    Instant.now());
        });
    }

    @Override
    public Suppression erase(Caller caller, long contactId) {
        return db.tx(em -> {
            ContactEntity k = contactEntity(em, contactId);
            caller.requireChange(k.partner);
            SuppressionEntity s = suppress(em, k, caller.login());
            em.remove(k);
            return Mapping.suppression(s);
        });
    }

    @Override
    public boolean unsubscribe(String email, String how) {
        if (email == null || email.isBlank()) {
            throw new ValidationException("email", "required", "is required");
        }
        String key = Keys.email(email);
        return db.tx(em -> {
            List<ContactEntity> found = em.createQuery("SELECT k FROM ContactEntity k WHERE k.emailKey = :e", ContactEntity.class)
                    .setParameter("e", key).getResultList();
            LocalDateTime now = Mapping.now();
            SuppressionEntity s = em.find(SuppressionEntity.class, Keys.emailHash(key));
            if (found.isEmpty()) {
                return false;
            }
            ContactEntity k = found.get(0);
            if (k.unsubscribedAt == null) {
                k.unsubscribedAt = now;
                k.updatedAt = now;
            }
            if (s == null) {
                s = new SuppressionEntity();
                s.emailHash = Keys.emailHash(key);
                s.reason = "unsubscribed";
                s.partner = k.partner;
                s.consentBasis = k.consentBasis;
                s.consentDate = k.consentDate;
                s.consentSource = k.consentSource;
                s.unsubscribedAt = k.unsubscribedAt;
                s.recordedBy = how == null || how.isBlank() ? "unsubscribe" : how;
                s.recordedAt = now;
                em.persist(s);
            }
            return true;
        });
    }

    /** A contact for the unsubscribe page, without a caller: the link's token is the proof. */
    public Optional<Contact> mailable(long contactId) {
        return db.tx(em -> Optional.ofNullable(em.find(ContactEntity.class, contactId)).map(Mapping::contact));
    }

    /** Unsubscribes a contact by id, for a signed link; true when it was known. */
    public boolean unsubscribeContact(long contactId, String how) {
        String email = mailable(contactId).map(Contact::email).orElse(null);
        return email != null && unsubscribe(email, how);
    }

    @Override
    public Optional<Suppression> suppression(Caller caller, String email) {
        caller.requireNetworkRead();
        if (email == null || email.isBlank()) {
            throw new ValidationException("email", "required", "is required");
        }
        return db.tx(em -> Optional.ofNullable(em.find(SuppressionEntity.class, Keys.emailHash(email))).map(Mapping::suppression));
    }

    @Override
    public List<ConsentRule> consentRules(Caller caller) {
        caller.requireNetworkRead();
        return db.tx(em -> em.createQuery("SELECT r FROM ConsentRuleEntity r ORDER BY r.country, r.basis", ConsentRuleEntity.class)
                .getResultList().stream()
                .map(r -> new ConsentRule(r.country, ConsentBasis.fromCode(r.basis).orElse(ConsentBasis.CONSENT), ruleNote(r)))
                .toList());
    }

    /** The rules the platform ships are worded in its catalog; one added to the table later keeps its own note. */
    private static LocalizedText ruleNote(ConsentRuleEntity rule) {
        String key = "consent-rule." + rule.country + "." + rule.basis;
        return OutreachTexts.MESSAGES.has(Language.EN, key) ? OutreachTexts.MESSAGES.text(key)
                : LocalizedText.of(Language.EN, rule.note);
    }

    /** Keeps what must outlive the contact: the hash of its address, its consent, its unsubscribe. */
    private static SuppressionEntity suppress(EntityManager em, ContactEntity k, String by) {
        LocalDateTime now = Mapping.now();
        SuppressionEntity s = em.find(SuppressionEntity.class, Keys.emailHash(k.emailKey));
        if (s == null) {
            s = new SuppressionEntity();
            s.emailHash = Keys.emailHash(k.emailKey);
            em.persist(s);
        }
        s.reason = "erased";
        s.partner = k.partner;
        s.consentBasis = k.consentBasis;
        s.consentDate = k.consentDate;
        s.consentSource = k.consentSource;
        s.unsubscribedAt = k.unsubscribedAt;
        s.erasedAt = now;
        s.recordedBy = by;
        s.recordedAt = now;
        return s;
    }

    private static Map<Long, Integer> contactCounts(EntityManager em, List<Long> companyIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (companyIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createQuery("SELECT k.companyId, COUNT(k) FROM ContactEntity k WHERE k.companyId IN :ids "
                + "GROUP BY k.companyId", Object[].class).setParameter("ids", companyIds).getResultList()) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        return counts;
    }

    private static CompanyEntity companyEntity(EntityManager em, long id) {
        CompanyEntity c = em.find(CompanyEntity.class, id);
        if (c == null) {
            throw new NotFoundException(OutreachTexts.MESSAGES.text("error.not-found.company", id));
        }
        return c;
    }

    private static ContactEntity contactEntity(EntityManager em, long id) {
        ContactEntity k = em.find(ContactEntity.class, id);
        if (k == null) {
            throw new NotFoundException(OutreachTexts.MESSAGES.text("error.not-found.contact", id));
        }
        return k;
    }

    private static void requireVersion(long actual, long expected) {
        if (actual != expected) {
            throw new ConflictException("version", OutreachTexts.MESSAGES.text("error.conflict.version", actual, expected));
        }
    }

    private static void requireNationalIdFree(EntityManager em, CompanyDraft d, Long self) {
        String nid = Keys.nationalId(d.nationalId());
        if (nid == null) {
            return;
        }
        List<CompanyEntity> same = em.createQuery("SELECT c FROM CompanyEntity c WHERE c.country = :c AND c.nationalId = :n",
                CompanyEntity.class).setParameter("c", d.country()).setParameter("n", nid).getResultList();
        if (same.stream().anyMatch(c -> !c.id.equals(self))) {
            CompanyEntity other = same.get(0);
            throw new ConflictException("nationalId",
                    OutreachTexts.MESSAGES.text("error.conflict.national-id", other.id, other.partner));
        }
    }

    private static void requireEmailFree(EntityManager em, String key, Long self) {
        List<ContactEntity> same = em.createQuery("SELECT k FROM ContactEntity k WHERE k.emailKey = :e", ContactEntity.class)
                .setParameter("e", key).getResultList();
        if (same.stream().anyMatch(k -> !k.id.equals(self))) {
            ContactEntity other = same.get(0);
            throw new ConflictException("email", OutreachTexts.MESSAGES.text("error.conflict.email", other.id, other.partner));
        }
    }

    /** Whether {@code code} names a structure of the network, whatever its status. */
    private boolean isStructure(String code) {
        try {
            structures.get(Caller.SYSTEM, code);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** The draft as stored, every field error found reported at once; {@code knownPartner} says whether a partner code exists. */
    private static CompanyDraft checked(CompanyDraft d, Predicate<String> knownPartner) {
        if (d == null) {
            throw new ValidationException("body", "required", OutreachTexts.MESSAGES.text("error.field.company-body"));
        }
        String country = upper(d.country());
        String nid = Keys.nationalId(d.nationalId());
        String region = upper(d.region());
        Validator v = new Validator().required("partner", d.partner()).required("name", d.name()).maxLength("name", d.name(), 200)
                .required("country", country);
        if (d.partner() != null && !d.partner().isBlank()) {
            v.check(knownPartner.test(d.partner().strip()), "partner", "unknown",
                    () -> OutreachTexts.MESSAGES.text("error.field.unknown-partner", d.partner().strip()));
        }
        if (country != null) {
            Checks.country(country).ifPresent(m -> v.check(false, "country", "invalid-value", () -> m));
            if (Checks.country(country).isEmpty()) {
                if (nid != null) {
                    Checks.nationalId(nid, country).ifPresent(m -> v.check(false, "nationalId", "invalid-value", () -> m));
                }
                if (region != null) {
                    Checks.region(region, country).ifPresent(m -> v.check(false, "region", "invalid-value", () -> m));
                }
            }
        }
        String nace = blankToNull(d.nace());
        if (nace != null && Checks.nace(nace).isEmpty()) {
            v.check(false, "nace", "invalid-value", () -> OutreachTexts.MESSAGES.text("error.field.nace"));
        }
        if (d.founded() != null && d.founded().isAfter(LocalDate.now())) {
            v.check(false, "founded", "invalid-value", () -> OutreachTexts.MESSAGES.text("error.field.in-the-future"));
        }
        String website = blankToNull(d.website());
        if (website != null) {
            Checks.website(website).ifPresent(m -> v.check(false, "website", "invalid-value", () -> m));
            v.maxLength("website", website, 300);
        }
        v.throwIfInvalid();
        return new CompanyDraft(d.partner().strip(), d.name().strip(), nid, country, region,
                nace == null ? null : Checks.nace(nace).orElseThrow(), d.size(), d.founded(), d.foundedByWoman(), website);
    }

    private static void checked(ContactDraft d, boolean consentRequired) {
        if (d == null) {
            throw new ValidationException("body", "required", OutreachTexts.MESSAGES.text("error.field.contact-body"));
        }
        Validator v = new Validator().required("email", d.email()).email("email", d.email() == null ? null : d.email().strip())
                .maxLength("email", d.email(), 254).maxLength("name", d.name(), 200);
        if (consentRequired) {
            v.required("consent", d.consent());
        }
        if (d.consent() != null) {
            v.check(!d.consent().date().isAfter(LocalDate.now()), "consent.date", "invalid-value",
                    () -> OutreachTexts.MESSAGES.text("error.field.in-the-future"))
                    .required("consent.source", d.consent().source()).maxLength("consent.source", d.consent().source(), 200);
        }
        v.throwIfInvalid();
    }

    private static void copy(CompanyDraft d, CompanyEntity c) {
        c.name = d.name();
        c.nameKey = Keys.name(d.name());
        c.nationalId = d.nationalId();
        c.country = d.country();
        c.region = d.region();
        c.nace = d.nace();
        c.size = d.size() == null ? null : d.size().code();
        c.founded = d.founded();
        c.foundedByWoman = d.foundedByWoman();
        c.website = d.website();
    }

    /** What a draft sets, to tell an update that changes something from one that sends the same again. */
    private static List<Object> content(CompanyEntity c) {
        return Arrays.asList(c.name, c.nameKey, c.nationalId, c.country, c.region, c.nace, c.size, c.founded, c.foundedByWoman,
                c.website);
    }

    private static void copy(ContactDraft d, ContactEntity k, String country) {
        k.name = blankToNull(d.name());
        k.email = d.email().strip();
        k.language = (d.language() != null ? d.language() : defaultLanguage(country)).code();
        k.consentBasis = d.consent().basis().code();
        k.consentDate = d.consent().date();
        k.consentSource = d.consent().source().strip();
    }

    /** What a draft sets, to tell an update that changes something from one that sends the same again. */
    private static List<Object> content(ContactEntity k) {
        return Arrays.asList(k.name, k.email, k.emailKey, k.language, k.consentBasis, k.consentDate, k.consentSource);
    }

    /** The language of the company's country, when the contact's is not given. */
    public static Language defaultLanguage(String country) {
        return switch (country) {
            case "FR", "BE", "LU" -> Language.FR;
            case "ES", "AD" -> Language.ES;
            case "PT" -> Language.PT;
            default -> Language.EN;
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String upper(String s) {
        String t = blankToNull(s);
        return t == null ? null : t.toUpperCase(java.util.Locale.ROOT);
    }
}
