package org.cybersudoe.benchmark.internal;

import static org.cybersudoe.benchmark.internal.Fakes.ADMIN;
import static org.cybersudoe.benchmark.internal.Fakes.CIEBI_ADMIN;
import static org.cybersudoe.benchmark.internal.Fakes.CYBERMASSIF_STAFF;
import static org.cybersudoe.benchmark.internal.Fakes.EVALUATOR;
import static org.cybersudoe.benchmark.internal.Fakes.FIB_ADMIN;
import static org.cybersudoe.benchmark.internal.Fakes.FIB_STAFF;
import static org.cybersudoe.benchmark.internal.Fakes.LEITAT_ADMIN;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.cybersudoe.benchmark.Progress;
import org.cybersudoe.benchmark.Sheet;
import org.cybersudoe.benchmark.SheetDraft;
import org.cybersudoe.benchmark.SheetQuery;
import org.cybersudoe.benchmark.SheetStatus;
import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.error.ConflictException;
import org.cybersudoe.core.error.FieldError;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.paging.PageRequest;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class SheetServiceTest {

    private TestDatabase database;
    private SheetServiceImpl sheets;

    @Before
    public void setUp() {
        database = TestDatabase.fresh("sheets");
        sheets = Fakes.area(database).sheets();
    }

    @After
    public void tearDown() {
        database.close();
    }

    private Sheet fibSheet() {
        return sheets.create(FIB_STAFF, Drafts.complete("fib", Language.ES, "Talleres de seguridad",
                "Talleres prácticos para pymes", List.of("is-security"), List.of("tourism"), "workshop"));
    }

    @Test
    public void aPartnerWritesADraftForItsOwnStructureWithTheCountryTakenFromIt() {
        Sheet s = fibSheet();
        assertEquals("fib", s.owner());
        assertEquals("ES", s.country());
        assertEquals(SheetStatus.DRAFT, s.status());
        assertEquals("pablo", s.createdBy());
        assertEquals(List.of("tourism"), s.sectors());
        assertEquals(Map.of(Language.ES, "Talleres de seguridad"), s.title().values());
        assertEquals(s, sheets.get(FIB_STAFF, s.id()));
    }

    @Test
    public void aPartnerEditingAnotherPartnersSheetIsRefusedAndNothingIsWritten() {
        Sheet draft = fibSheet();
        sheets.submit(FIB_STAFF, draft.id());
        // published, so every partner sees it: the refusal is about scope, not existence
        Sheet s = sheets.publish(CIEBI_ADMIN, draft.id(), null);
        Map<String, Long> before = database.counts();
        SheetDraft takeOver = Drafts.complete("fib", Language.FR, "Pris par Cybermassif", "autre texte",
                List.of("is-security"), List.of(), "coaching");

        AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                () -> sheets.update(CYBERMASSIF_STAFF, s.id(), s.version(), takeOver));
        assertEquals(403, denied.status());
        assertEquals("partner.scope", denied.type());
        // even naming itself as the new owner does not help
        assertThrows(AccessDeniedException.class, () -> sheets.update(CYBERMASSIF_STAFF, s.id(), s.version(),
                Drafts.complete("cybermassif", Language.FR, "À nous", "texte", List.of("is-security"), List.of(), "coaching")));
        assertThrows(AccessDeniedException.class, () -> sheets.delete(CYBERMASSIF_STAFF, s.id(), s.version()));
        assertThrows(AccessDeniedException.class, () -> sheets.submit(CYBERMASSIF_STAFF, s.id()));
        assertThrows(AccessDeniedException.class, () -> sheets.create(CYBERMASSIF_STAFF, takeOver));
        assertThrows(AccessDeniedException.class, () -> sheets.create(EVALUATOR, takeOver));

        assertEquals(before, database.counts());
        assertEquals(s, sheets.get(ADMIN, s.id()));
    }

    @Test
    public void writingToADraftOneMayNotReadAnswersNotFoundAsReadingIt() {
        Sheet draft = fibSheet();
        Map<String, Long> before = database.counts();
        SheetDraft takeOver = Drafts.complete("fib", Language.FR, "Pris par Cybermassif", "autre texte",
                List.of("is-security"), List.of(), "coaching");

        NotFoundException update = assertThrows(NotFoundException.class,
                () -> sheets.update(CYBERMASSIF_STAFF, draft.id(), draft.version(), takeOver));
        assertEquals("No sheet '" + draft.id() + "'.", update.getMessage());
        assertEquals(404, update.status());
        assertThrows(NotFoundException.class, () -> sheets.delete(CYBERMASSIF_STAFF, draft.id(), draft.version()));
        assertThrows(NotFoundException.class, () -> sheets.submit(CYBERMASSIF_STAFF, draft.id()));
        // the same answer as for a sheet that does not exist at all
        NotFoundException none = assertThrows(NotFoundException.class, () -> sheets.submit(CYBERMASSIF_STAFF, 999_999));
        assertEquals(update.detail(Language.FR).replace(String.valueOf(draft.id()), "999999"), none.detail(Language.FR));
        assertThrows(NotFoundException.class, () -> sheets.update(EVALUATOR, draft.id(), draft.version(), takeOver));
        assertThrows(NotFoundException.class, () -> sheets.submit(LEITAT_ADMIN, draft.id()));

        assertEquals(before, database.counts());
        assertEquals(draft, sheets.get(FIB_STAFF, draft.id()));
        // once submitted, reviewers see it: theirs is then a refusal of scope
        sheets.submit(FIB_STAFF, draft.id());
        assertThrows(AccessDeniedException.class, () -> sheets.delete(CIEBI_ADMIN, draft.id(), draft.version()));
    }

    @Test
    public void aCountryOtherThanTheOwnersIsRefusedAndNothingIsWritten() {
        SheetDraft inFrance = new SheetDraft("leitat", "FR", LocalizedText.of(Language.ES, "Coaching"), null, null,
                List.of("is-security"), List.of(), "coaching", null, null, null, null, null, null, null);
        ValidationException e = assertThrows(ValidationException.class, () -> sheets.create(LEITAT_ADMIN, inFrance));
        assertEquals(List.of("country"), e.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals("must be ES, the country of the owner, or be left out", e.fieldErrors().get(0).detail());
        assertEquals("doit être ES, le pays du propriétaire, ou être omis",
                e.fieldErrors().get(0).text().resolve(Language.FR).orElseThrow());
        assertEquals(0, database.count("bm_sheet"));

        Sheet inSpain = sheets.create(LEITAT_ADMIN, new SheetDraft("leitat", "ES", inFrance.title(), null, null,
                inFrance.themes(), List.of(), "coaching", null, null, null, null, null, null, null));
        assertEquals("ES", inSpain.country());
        assertThrows(ValidationException.class, () -> sheets.update(LEITAT_ADMIN, inSpain.id(), inSpain.version(), inFrance));
        assertEquals(List.of(), sheets.search(ADMIN, new SheetQuery(null, null, null, null, "FR", null, null, "leitat"),
                PageRequest.first()).items());
        assertEquals(inSpain, sheets.get(LEITAT_ADMIN, inSpain.id()));
    }

    @Test
    public void aCostTooLargeSaysSoWithTheBound() {
        SheetDraft huge = new SheetDraft("fib", null, LocalizedText.of(Language.ES, "Talleres"), null, null,
                List.of("is-security"), List.of(), "workshop", new BigDecimal("1e308"), null, null, null, null, null, null);
        ValidationException e = assertThrows(ValidationException.class, () -> sheets.create(FIB_STAFF, huge));
        assertEquals("costEuros", e.fieldErrors().get(0).field());
        assertEquals("must be less than 1000000000", e.fieldErrors().get(0).detail());
        assertEquals("debe ser menor que 1000000000", e.fieldErrors().get(0).text().resolve(Language.ES).orElseThrow());
        assertEquals(1, e.fieldErrors().size());
        SheetDraft negative = new SheetDraft("fib", null, huge.title(), null, null, huge.themes(), List.of(), "workshop",
                new BigDecimal("-0.01"), null, null, null, null, null, null);
        assertEquals("must be 0 or more", assertThrows(ValidationException.class,
                () -> sheets.create(FIB_STAFF, negative)).fieldErrors().get(0).detail());
        assertEquals(0, database.count("bm_sheet"));
        assertEquals(new BigDecimal("999999999.99"), sheets.create(FIB_STAFF, new SheetDraft("fib", null, huge.title(),
                null, null, huge.themes(), List.of(), "workshop", new BigDecimal("999999999.99"), null, null, null, null,
                null, null)).costEuros());
    }

    @Test
    public void everyOffendingFieldIsNamedAsTheClientSendsIt() {
        SheetDraft bad = new SheetDraft("nowhere", "XX", null, null, null, List.of("is-security", "no-such-theme", "old-theme"),
                List.of("is-security"), "juggling", new java.math.BigDecimal("-1"), -5, null, null, null, null, null);
        ValidationException e = assertThrows(ValidationException.class, () -> sheets.create(ADMIN, bad));
        List<String> fields = e.fieldErrors().stream().map(FieldError::field).toList();
        assertEquals(List.of("owner", "country", "title", "method", "costEuros", "reach", "themes[1]", "themes[2]",
                "sectors[0]"), fields);
        // the reason reaches other languages as specific as in English, not as a translation of its code
        FieldError sector = e.fieldErrors().get(8);
        assertEquals("must be a theme of kind 'sector'", sector.detail());
        assertEquals("doit être un thème de type « sector »", sector.text().resolve(Language.FR).orElseThrow());
        assertEquals("must be the code of a structure of the network", e.fieldErrors().get(0).detail());
        assertEquals("debe ser el código de una estructura de la red",
                e.fieldErrors().get(0).text().resolve(Language.ES).orElseThrow());
        assertEquals(0, database.count("bm_sheet"));
    }

    @Test
    public void theWorkflowGoesFromDraftThroughReviewToPublished() {
        Sheet draft = sheets.create(FIB_STAFF, Drafts.titleOnly("fib", "Security workshops"));
        // incomplete: the texts a reviewer needs are named
        ValidationException incomplete = assertThrows(ValidationException.class, () -> sheets.submit(FIB_STAFF, draft.id()));
        assertEquals(List.of("description", "results", "strengths", "targetCompanies", "transferability", "weaknesses"),
                incomplete.fieldErrors().stream().map(FieldError::field).toList());

        Sheet complete = sheets.update(FIB_STAFF, draft.id(), draft.version(), Drafts.complete("fib", Language.EN,
                "Security workshops", "hands-on sessions", List.of("is-security"), List.of(), "workshop"));
        Sheet submitted = sheets.submit(FIB_STAFF, complete.id());
        assertEquals(SheetStatus.SUBMITTED, submitted.status());
        assertThrows(ConflictException.class, () -> sheets.update(FIB_STAFF, submitted.id(), submitted.version(),
                Drafts.titleOnly("fib", "changed under review")));

        // fib's own admin sits on the technical committee, but nobody reviews their own partner's sheet
        assertFalse(sheets.canReview(FIB_ADMIN, submitted.id()));
        AccessDeniedException ownPartner = assertThrows(AccessDeniedException.class,
                () -> sheets.publish(FIB_ADMIN, submitted.id(), null));
        assertEquals("User 'pilar' may not review sheets of 'fib': reviewers are the lead partner's admins and the "
                + "partner-admins of other partners seated in the 'technical' committee.", ownPartner.getMessage());
        assertEquals("El usuario «pilar» no puede revisar las fichas de «fib»: los revisores son los administradores del "
                + "socio principal y los administradores de los demás socios que forman parte del comité «technical».",
                ownPartner.detail(Language.ES));
        // leitat is not seated in the technical committee; staff never review
        assertThrows(NotFoundException.class, () -> sheets.publish(LEITAT_ADMIN, submitted.id(), null));
        assertThrows(NotFoundException.class, () -> sheets.publish(CYBERMASSIF_STAFF, submitted.id(), null));

        assertTrue(sheets.canReview(CIEBI_ADMIN, submitted.id()));
        ValidationException noComment = assertThrows(ValidationException.class,
                () -> sheets.returnForChanges(CIEBI_ADMIN, submitted.id(), " "));
        assertEquals("comment", noComment.fieldErrors().get(0).field());
        Sheet returned = sheets.returnForChanges(CIEBI_ADMIN, submitted.id(), "Add the results after 6 months");
        assertEquals(SheetStatus.RETURNED, returned.status());
        assertEquals("rui", returned.reviewedBy());
        assertEquals("Add the results after 6 months", returned.reviewComment());

        Sheet fixed = sheets.update(FIB_STAFF, returned.id(), returned.version(), Drafts.complete("fib", Language.EN,
                "Security workshops", "hands-on sessions; 60% made backups", List.of("is-security"), List.of(), "workshop"));
        sheets.submit(FIB_STAFF, fixed.id());
        Sheet published = sheets.publish(CIEBI_ADMIN, fixed.id(), "Clear and complete");
        assertEquals(SheetStatus.PUBLISHED, published.status());
        assertTrue(published.publishedAt() != null);
        ConflictException reviewedTwice = assertThrows(ConflictException.class,
                () -> sheets.publish(ADMIN, published.id(), null));
        assertEquals("Sheet " + published.id() + " is published; only a submitted sheet can be reviewed.",
                reviewedTwice.getMessage());
        assertEquals("La fiche " + published.id() + " est à l’état « published » ; seule une fiche soumise peut être relue.",
                reviewedTwice.detail(Language.FR));
        assertEquals("status", reviewedTwice.fieldErrors().get(0).field());
        assertThrows(ConflictException.class, () -> sheets.delete(FIB_STAFF, published.id(), published.version()));

        assertEquals(List.of("submitted", "returned", "submitted", "published"),
                sheets.history(EVALUATOR, published.id()).stream().map(e -> e.action()).toList());
    }

    @Test
    public void draftsAreSeenByTheirPartnerOnlyAndPublishedSheetsByEveryone() {
        Sheet draft = fibSheet();
        NotFoundException hidden = assertThrows(NotFoundException.class, () -> sheets.get(CYBERMASSIF_STAFF, draft.id()));
        assertEquals("No sheet '" + draft.id() + "'.", hidden.getMessage());
        assertEquals("Aucune fiche « " + draft.id() + " ».", hidden.detail(Language.FR));
        assertEquals("Não existe a ficha «" + draft.id() + "».", hidden.detail(Language.PT));
        assertThrows(NotFoundException.class, () -> sheets.get(EVALUATOR, draft.id()));
        assertEquals(0, sheets.search(CYBERMASSIF_STAFF, SheetQuery.all(), PageRequest.first()).total());
        assertEquals(1, sheets.search(FIB_STAFF, SheetQuery.all(), PageRequest.first()).total());

        sheets.submit(FIB_STAFF, draft.id());
        assertEquals(1, sheets.search(CIEBI_ADMIN, SheetQuery.all(), PageRequest.first()).total());
        assertEquals(0, sheets.search(EVALUATOR, SheetQuery.all(), PageRequest.first()).total());
        sheets.publish(ADMIN, draft.id(), null);
        assertEquals(1, sheets.search(EVALUATOR, SheetQuery.all(), PageRequest.first()).total());
        assertEquals("ES", sheets.get(CYBERMASSIF_STAFF, draft.id()).country());
    }

    @Test
    public void aStaleVersionIsAConflictAndADraftCanBeDeleted() {
        Sheet s = fibSheet();
        Sheet changed = sheets.update(FIB_STAFF, s.id(), s.version(), Drafts.titleOnly("fib", "v2"));
        assertThrows(ConflictException.class, () -> sheets.update(FIB_STAFF, s.id(), s.version(), Drafts.titleOnly("fib", "v3")));
        assertNull(changed.description().exact(Language.ES).orElse(null));
        assertEquals(1, database.count("bm_sheet_text"));
        sheets.delete(FIB_STAFF, s.id(), changed.version());
        assertEquals(0, database.count("bm_sheet"));
        assertThrows(NotFoundException.class, () -> sheets.get(ADMIN, s.id()));
    }

    @Test
    public void anUpdateThatChangesNothingKeepsTheVersion() {
        LocalizedText title = LocalizedText.of("Ateliers", "Talleres", null, "Workshops");
        LocalizedText body = LocalizedText.of("Ateliers pratiques", "Talleres prácticos", null, "Hands-on sessions");
        Sheet created = sheets.create(FIB_STAFF, new SheetDraft("fib", null, title, body, body,
                List.of("is-security", "e-hr"), List.of("tourism", "retail"), "workshop", new BigDecimal("1500.5"), 20,
                LocalizedText.of(Language.EN, "3 h"), body, body, body, body));
        Sheet read = sheets.get(FIB_STAFF, created.id());

        Sheet same = sheets.update(FIB_STAFF, read.id(), read.version(), draftOf(read, read.costEuros()));
        assertEquals(read, same);
        assertEquals(read, sheets.get(FIB_STAFF, read.id()));
        // 1500.5 is the amount stored as 1500.50
        assertEquals(read, sheets.update(FIB_STAFF, read.id(), read.version(), draftOf(read, new BigDecimal("1500.5"))));
        assertEquals(read, sheets.get(FIB_STAFF, read.id()));

        Sheet cheaper = sheets.update(FIB_STAFF, read.id(), read.version(), draftOf(read, new BigDecimal("1200")));
        assertTrue("a real change moves the version", cheaper.version() > read.version());
        assertTrue(cheaper.updatedAt().isAfter(read.updatedAt()));
        assertEquals(cheaper, sheets.get(FIB_STAFF, read.id()));
        assertEquals("the change retried with the version it was sent with, once applied, is no conflict", cheaper,
                sheets.update(FIB_STAFF, read.id(), read.version(), draftOf(read, new BigDecimal("1200"))));
        assertThrows(ConflictException.class,
                () -> sheets.update(FIB_STAFF, read.id(), read.version(), draftOf(read, read.costEuros())));
        assertEquals(cheaper, sheets.get(FIB_STAFF, read.id()));
    }

    private static SheetDraft draftOf(Sheet s, BigDecimal costEuros) {
        return new SheetDraft(s.owner(), s.country(), s.title(), s.targetCompanies(), s.description(), s.themes(),
                s.sectors(), s.method(), costEuros, s.reach(), s.duration(), s.results(), s.strengths(), s.weaknesses(),
                s.transferability());
    }

    @Test
    public void progressCountsPublishedSheetsAgainstTenPerPartner() {
        Sheet a = fibSheet();
        sheets.submit(FIB_STAFF, a.id());
        sheets.publish(CIEBI_ADMIN, a.id(), null);
        fibSheet();
        Sheet c = fibSheet();
        sheets.submit(FIB_STAFF, c.id());
        Progress p = sheets.progress(EVALUATOR);
        assertEquals(90, p.target());
        assertEquals(1, p.published());
        assertEquals(1, p.submitted());
        assertEquals(1, p.inProgress());
        assertEquals(9, p.partners().size());
        Progress.PartnerProgress fib = p.partners().stream().filter(x -> x.partner().equals("fib")).findFirst().orElseThrow();
        assertEquals(new Progress.PartnerProgress("fib", 10, 1, 1, 1), fib);
    }

    @Test
    public void methodsAreDataInFourLanguages() {
        var methods = sheets.methods(EVALUATOR);
        assertTrue(methods.size() >= 6);
        assertEquals("workshop", methods.get(0).code());
        for (var m : methods) {
            assertEquals(m.code(), 4, m.label().languages().size());
        }
        assertThrows(AccessDeniedException.class, () -> sheets.methods(new org.cybersudoe.core.security.Caller("acme",
                java.util.EnumSet.of(org.cybersudoe.core.security.Role.COMPANY), java.util.Optional.empty())));
    }
}
