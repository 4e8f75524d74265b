package org.cybersudoe.outreach.internal;

import static org.cybersudoe.outreach.internal.Area.ADMIN;
import static org.cybersudoe.outreach.internal.Area.CYBERMASSIF_STAFF;
import static org.cybersudoe.outreach.internal.Area.EVALUATOR;
import static org.cybersudoe.outreach.internal.Area.FIB_STAFF;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.error.ConflictException;
import org.cybersudoe.core.error.FieldError;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.outreach.Company;
import org.cybersudoe.outreach.CompanyDraft;
import org.cybersudoe.outreach.CompanyQuery;
import org.cybersudoe.outreach.Consent;
import org.cybersudoe.outreach.ConsentRule;
import org.cybersudoe.outreach.ConsentBasis;
import org.cybersudoe.outreach.Contact;
import org.cybersudoe.outreach.ContactDraft;
import org.cybersudoe.outreach.ContactExport;
import org.cybersudoe.outreach.SizeClass;
import org.cybersudoe.outreach.Suppression;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class DirectoryServiceTest {

    private Area area;

    @Before
    public void open() {
        area = Area.fresh("directory", 500);
    }

    @After
    public void close() {
        area.close();
    }

    private static CompanyDraft company(String partner, String name, String nationalId, String country) {
        return new CompanyDraft(partner, name, nationalId, country, null, "J62.01", SizeClass.SMALL, LocalDate.of(2012, 5, 4),
                Boolean.FALSE, "https://example.org");
    }

    private static ContactDraft contact(String email) {
        return new ContactDraft("Ana", email, null, new Consent(ConsentBasis.CONSENT, LocalDate.of(2024, 1, 10), "fair"));
    }

    @Test
    public void theConsentRulesReadInEveryLanguage() {
        List<ConsentRule> rules = area.directory.consentRules(EVALUATOR);
        assertEquals(List.of("ES consent", "FR consent", "FR informed", "PT consent"),
                rules.stream().map(r -> r.country() + " " + r.basis().code()).toList());
        ConsentRule portugal = rules.get(3);
        assertEquals("Consentimento prévio (Decreto-Lei 7/2004, art. 22.º).", portugal.note().resolve(Language.PT).orElseThrow());
        assertEquals("Consentement préalable (Decreto-Lei 7/2004, art. 22).", portugal.note().resolve(Language.FR).orElseThrow());
    }

    @Test
    public void badFieldsAreAllNamedAndNothingIsWritten() {
        ValidationException e = assertThrows(ValidationException.class, () -> area.directory.createCompany(CYBERMASSIF_STAFF,
                new CompanyDraft("cybermassif", " ", "552 100 555", "FR", "ES21", "6x", null, LocalDate.now().plusDays(1), null,
                        "ftp://example.org")));
        assertEquals(List.of("name", "nationalId", "region", "nace", "founded", "website"),
                e.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals(0, area.count("out_company"));
        // the reason itself reaches a caller in its language, where a translation of "invalid-value" would lose it
        FieldError nationalId = e.fieldErrors().get(1);
        assertEquals("is not a valid SIREN or SIRET (its check digit is wrong)", nationalId.detail());
        assertEquals("n’est pas un SIREN ou un SIRET valide (sa clé de contrôle est fausse)",
                nationalId.text().resolve(Language.FR).orElseThrow());
        FieldError region = e.fieldErrors().get(2);
        assertEquals("must be a region of FR (a code starting with FR)", region.detail());
        assertEquals("debe ser una región de FR (un código que empiece por FR)", region.text().resolve(Language.ES).orElseThrow());
        assertEquals("está no futuro", e.fieldErrors().get(4).text().resolve(Language.PT).orElseThrow());
    }

    @Test
    public void anUnknownPartnerIsAFieldErrorReportedWithTheOthers() {
        ValidationException e = assertThrows(ValidationException.class, () -> area.directory.createCompany(ADMIN,
                new CompanyDraft("cybermasif", "Informatique du Puy", null, "XX", null, null, null, null, null, null)));
        assertEquals(List.of("partner", "country"), e.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals("unknown", e.fieldErrors().get(0).code());
        assertEquals("aucun partenaire « cybermasif » dans le réseau", e.fieldErrors().get(0).text().resolve(Language.FR).orElseThrow());
        assertEquals(0, area.count("out_company"));
    }

    @Test
    public void aNationalIdAndAnAddressBelongToOneRecordInTheWholeNetwork() {
        Company c = area.directory.createCompany(CYBERMASSIF_STAFF, company("cybermassif", "Informatique du Puy", "552 100 554", "FR"));
        assertEquals("552100554", c.nationalId());
        assertEquals("62.01", c.nace());
        ConflictException sameId = assertThrows(ConflictException.class, () -> area.directory.createCompany(ADMIN,
                company("cybermassif", "Same Id", "552100554", "FR")));
        assertEquals(List.of("nationalId"), sameId.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals("Company " + c.id() + " of partner cybermassif already has this national id.", sameId.getMessage());
        assertEquals("L’entreprise " + c.id() + " du partenaire cybermassif a déjà cet identifiant national.",
                sameId.detail(Language.FR));

        Contact k = area.directory.addContact(CYBERMASSIF_STAFF, c.id(), contact("Ana@Puy.example"));
        assertEquals("the company's country gives the language when none is given", Language.FR, k.language());
        Company other = area.directory.createCompany(FIB_STAFF, company("fib", "Otra", null, "ES"));
        ConflictException sameAddress = assertThrows(ConflictException.class,
                () -> area.directory.addContact(FIB_STAFF, other.id(), contact(" ana@puy.EXAMPLE ")));
        assertEquals(List.of("email"), sameAddress.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals("Esta dirección ya es la del contacto " + k.id() + " (socio cybermassif).", sameAddress.detail(Language.ES));
    }

    @Test
    public void partnersChangeOnlyTheirOwnCompaniesAndEveryReaderSeesAll() {
        Company c = area.directory.createCompany(CYBERMASSIF_STAFF, company("cybermassif", "Informatique du Puy", null, "FR"));
        assertThrows(AccessDeniedException.class, () -> area.directory.createCompany(FIB_STAFF, company("cybermassif", "X", null, "FR")));
        assertThrows(AccessDeniedException.class, () -> area.directory.updateCompany(FIB_STAFF, c.id(), c.version(),
                company("cybermassif", "Taken over", null, "FR")));
        assertThrows(AccessDeniedException.class, () -> area.directory.addContact(FIB_STAFF, c.id(), contact("x@puy.example")));
        assertThrows(AccessDeniedException.class, () -> area.directory.createCompany(EVALUATOR, company("cybermassif", "X", null, "FR")));
        assertEquals("Informatique du Puy", area.directory.company(EVALUATOR, c.id()).name());
        assertEquals(1, area.directory.companies(FIB_STAFF, new CompanyQuery(null, "fr", null, "62", SizeClass.SMALL, "informatique",
                null, null), PageRequest.first()).total());
        assertThrows(AccessDeniedException.class, () -> area.directory.companies(Area.COMPANY, CompanyQuery.all(), PageRequest.first()));
    }

    @Test
    public void aCreationAnswersTheVersionTheRecordIsStoredWith() {
        Company c = area.directory.createCompany(CYBERMASSIF_STAFF, company("cybermassif", "Informatique du Puy", null, "FR"));
        assertEquals(area.directory.company(CYBERMASSIF_STAFF, c.id()).version(), c.version());
        // the version a client got from the creation is the one its next change must send
        Company renamed = area.directory.updateCompany(CYBERMASSIF_STAFF, c.id(), c.version(),
                company("cybermassif", "Informatique du Velay", null, "FR"));
        assertEquals(c.version() + 1, renamed.version());

        Contact k = area.directory.addContact(CYBERMASSIF_STAFF, c.id(), contact("ana@puy.example"));
        assertEquals(area.directory.contact(CYBERMASSIF_STAFF, k.id()).version(), k.version());
        Contact moved = area.directory.updateContact(CYBERMASSIF_STAFF, k.id(), k.version(), contact("ana@velay.example"));
        assertEquals(k.version() + 1, moved.version());
    }

    @Test
    public void anUpdateThatChangesNothingKeepsTheVersion() {
        Company c = area.directory.createCompany(CYBERMASSIF_STAFF, company("cybermassif", "Informatique du Puy", "552 100 554", "FR"));
        Company read = area.directory.company(CYBERMASSIF_STAFF, c.id());
        // the same content again: another client holding the version it read must not get a conflict
        Company same = area.directory.updateCompany(CYBERMASSIF_STAFF, c.id(), read.version(),
                company("cybermassif", "Informatique du Puy", "552 100 554", "FR"));
        assertEquals(read, same);
        assertEquals(read, area.directory.company(CYBERMASSIF_STAFF, c.id()));

        Company renamed = area.directory.updateCompany(CYBERMASSIF_STAFF, c.id(), read.version(),
                company("cybermassif", "Informatique du Velay", "552 100 554", "FR"));
        assertEquals(read.version() + 1, renamed.version());
        assertEquals("the rename retried with the version it was sent with, once applied, is no conflict", renamed,
                area.directory.updateCompany(CYBERMASSIF_STAFF, c.id(), read.version(),
                        company("cybermassif", "Informatique du Velay", "552 100 554", "FR")));
        assertThrows(ConflictException.class, () -> area.directory.updateCompany(CYBERMASSIF_STAFF, c.id(), read.version(),
                company("cybermassif", "Informatique du Puy", "552 100 554", "FR")));
        assertEquals(renamed, area.directory.company(CYBERMASSIF_STAFF, c.id()));
    }

    @Test
    public void aContactUpdateThatChangesNothingKeepsTheVersion() {
        Company c = area.directory.createCompany(CYBERMASSIF_STAFF, company("cybermassif", "Informatique du Puy", null, "FR"));
        Contact k = area.directory.addContact(CYBERMASSIF_STAFF, c.id(), contact("ana@puy.example"));
        Contact read = area.directory.contact(CYBERMASSIF_STAFF, k.id());
        Contact same = area.directory.updateContact(CYBERMASSIF_STAFF, k.id(), read.version(), contact("ana@puy.example"));
        assertEquals(read, same);
        assertEquals(read, area.directory.contact(CYBERMASSIF_STAFF, k.id()));

        Contact moved = area.directory.updateContact(CYBERMASSIF_STAFF, k.id(), read.version(), contact("ana@velay.example"));
        assertEquals(read.version() + 1, moved.version());
        assertEquals("the move retried with the version it was sent with, once applied, is no conflict", moved,
                area.directory.updateContact(CYBERMASSIF_STAFF, k.id(), read.version(), contact("ana@velay.example")));
        assertThrows(ConflictException.class,
                () -> area.directory.updateContact(CYBERMASSIF_STAFF, k.id(), read.version(), contact("ana@puy.example")));
        assertEquals(moved, area.directory.contact(CYBERMASSIF_STAFF, k.id()));
    }

    @Test
    public void anExportHoldsEverythingAndAnErasureLeavesOnlyTheSuppressionEntry() {
        Company c = area.directory.createCompany(CYBERMASSIF_STAFF, company("cybermassif", "Informatique du Puy", null, "FR"));
        Contact k = area.directory.addContact(CYBERMASSIF_STAFF, c.id(), contact("ana@puy.example"));
        assertThrows("another partner gets nobody's personal data", AccessDeniedException.class,
                () -> area.directory.export(FIB_STAFF, k.id()));
        ContactExport export = area.directory.export(CYBERMASSIF_STAFF, k.id());
        assertEquals("ana@puy.example", export.contact().email());
        assertEquals("Informatique du Puy", export.company().name());

        assertTrue(area.directory.unsubscribe("ANA@puy.example", "one-click link"));
        assertTrue(area.directory.contact(CYBERMASSIF_STAFF, k.id()).unsubscribedAt() != null);
        Suppression s = area.directory.erase(CYBERMASSIF_STAFF, k.id());
        assertEquals("erased", s.reason());
        assertEquals(LocalDate.of(2024, 1, 10), s.consent().date());
        assertTrue("the unsubscribe survives the erasure", s.unsubscribedAt() != null);
        assertEquals(0, area.count("out_contact"));
        assertEquals(1, area.count("out_suppression"));
        ConflictException again = assertThrows(ConflictException.class,
                () -> area.directory.addContact(CYBERMASSIF_STAFF, c.id(), contact("ana@puy.example")));
        assertEquals(List.of("email"), again.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals("Cette adresse s’est désinscrite ou a été effacée : elle n’est pas ajoutée à nouveau.",
                again.detail(Language.FR));
        assertFalse(area.directory.unsubscribe("nobody@puy.example", "one-click link"));
        assertNull(area.directory.suppression(CYBERMASSIF_STAFF, "nobody@puy.example").orElse(null));
    }

    @Test
    public void anUnknownRecordIsNamedInTheCallersLanguage() {
        NotFoundException e = assertThrows(NotFoundException.class, () -> area.directory.company(EVALUATOR, 987654321L));
        assertEquals("No company '987654321'.", e.getMessage());
        assertEquals("Aucune entreprise « 987654321 ».", e.detail(Language.FR));
        assertEquals("No existe la empresa «987654321».", e.detail(Language.ES));
        assertEquals("Não existe a empresa «987654321».", e.detail(Language.PT));
    }
}
