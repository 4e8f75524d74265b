package org.cybersudoe.network.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.error.ConflictException;
import org.cybersudoe.core.error.FieldError;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.network.MembershipStatus;
import org.cybersudoe.network.StatusChange;
import org.cybersudoe.network.Structure;
import org.cybersudoe.network.StructureDraft;
import org.cybersudoe.network.StructureQuery;
import org.cybersudoe.network.StructureService;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

public class StructureServiceTest {

    private static TestDatabase database;
    private static StructureService structures;

    @BeforeClass
    public static void open() {
        database = TestDatabase.fresh("structures");
        structures = new StructureServiceImpl(database.db);
        structures.create(Callers.ADMIN, Fixtures.structure("cybermassif", "FR", "FR72"));
        structures.create(Callers.ADMIN, Fixtures.structure("fib", "ES", "ES42"));
        structures.create(Callers.ADMIN, Fixtures.structure("leitat", "ES", "ES51"));
    }

    @AfterClass
    public static void close() {
        database.close();
    }

    @Test
    public void createdStructureReadsBackWithEveryField() {
        StructureDraft draft = new StructureDraft("ceei-burgos",
                new LocalizedText(Map.of(Language.ES, "CEEI Burgos", Language.EN, "CEEI Burgos centre")),
                MembershipStatus.ASSOCIATED, LocalDate.of(2010, 3, 1), "ES", List.of("ES41"), null,
                Set.of(Language.ES, Language.EN), Set.of("GT4"), false, "https://www.ceeiburgos.example");
        Structure created = structures.create(Callers.ADMIN, draft);

        Structure read = structures.get(Callers.EVALUATOR, "ceei-burgos");
        assertEquals(created, read);
        assertEquals("CEEI Burgos", read.name().exact(Language.ES).orElseThrow());
        assertEquals(MembershipStatus.ASSOCIATED, read.status());
        assertEquals(LocalDate.of(2010, 3, 1), read.statusSince());
        assertEquals(List.of("ES41"), read.nutsRegions());
        assertEquals("2006", read.nutsEdition());
        assertEquals(Set.of(Language.ES, Language.EN), read.languages());
        assertEquals(Set.of("GT4"), read.workPackages());
        assertEquals(1, structures.statusHistory(Callers.ADMIN, "ceei-burgos").size());
    }

    @Test
    public void anUpdateThatChangesNothingKeepsTheVersion() {
        Structure before = structures.get(Callers.FIB_STAFF, "fib");
        StructureDraft same = new StructureDraft(null, before.name(), null, null, before.country(), before.nutsRegions(),
                before.nutsEdition(), before.languages(), before.workPackages(), before.leadPartner(), before.website());
        Structure after = structures.update(Callers.FIB_STAFF, "fib", before.version(), same);

        assertEquals("a client holding the version read before still writes: nothing changed", before, after);
        assertEquals(before, structures.get(Callers.ADMIN, "fib"));
    }

    @Test
    public void ownStaffUpdatesTheirStructureAndTheVersionMovesAndARetryIsNoConflict() {
        Structure before = structures.get(Callers.FIB_STAFF, "fib");
        StructureDraft changed = new StructureDraft(null, LocalizedText.of(Language.ES, "Fundación Insula Barataria"),
                null, null, "ES", List.of("ES42"), null, Set.of(Language.ES), before.workPackages(), false,
                "https://fib.example/new");
        Structure after = structures.update(Callers.FIB_STAFF, "fib", before.version(), changed);

        assertEquals("https://fib.example/new", after.website());
        assertTrue(after.version() > before.version());
        assertEquals(after, structures.get(Callers.ADMIN, "fib"));

        Structure retried = structures.update(Callers.FIB_STAFF, "fib", before.version(), changed);
        assertEquals("the same update retried with the version it was sent with (its answer lost) is answered as"
                + " the record is, and moves nothing", after, retried);

        StructureDraft otherChange = new StructureDraft(null, changed.name(), null, null, "ES", List.of("ES42"), null,
                Set.of(Language.ES), before.workPackages(), false, "https://fib.example/other");
        ConflictException stale = assertThrows(ConflictException.class,
                () -> structures.update(Callers.FIB_STAFF, "fib", before.version(), otherChange));
        assertEquals("a stale update that would change something overwrites nothing", after,
                structures.get(Callers.ADMIN, "fib"));
        assertEquals(409, stale.status());
        assertEquals("'fib' was changed meanwhile (now at version " + after.version() + "); read it again and retry.",
                stale.getMessage());
        assertEquals("La structure d’accompagnement « fib » a été modifiée entre-temps (elle en est maintenant à la version "
                + after.version() + ") ; relisez-la et réessayez.", stale.detail(Language.FR));
    }

    @Test
    public void invalidDraftNamesEveryFieldAndWritesNothing() {
        Map<String, Long> before = database.counts();
        StructureDraft bad = new StructureDraft("Bad Code!", new LocalizedText(Map.of()), MembershipStatus.PARTNER, null,
                "XX", List.of("E42"), "nope", Set.of(), Set.of("WP9"), false, "ftp://example.org");
        ValidationException e = assertThrows(ValidationException.class, () -> structures.create(Callers.ADMIN, bad));

        List<String> fields = e.fieldErrors().stream().map(FieldError::field).toList();
        assertTrue(fields.toString(), fields.containsAll(List.of("code", "name", "country", "nutsRegions[0]",
                "nutsEdition", "workPackages[0]", "website")));
        assertEquals(before, database.counts());
    }

    @Test
    public void regionMustBelongToTheCountry() {
        StructureDraft wrong = Fixtures.structure("cci-gijon", "ES", "FR72");
        ValidationException e = assertThrows(ValidationException.class, () -> structures.create(Callers.ADMIN, wrong));
        assertEquals("nutsRegions[0]", e.fieldErrors().get(0).field());
        assertEquals("must be a region of ES (its code starts with ES)", e.fieldErrors().get(0).detail());
        assertEquals("doit être une région du pays ES (son code commence par ES)",
                e.fieldErrors().get(0).text().resolve(Language.FR).orElseThrow());
    }

    @Test
    public void aBadCodeSaysWhyInEveryLanguage() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> structures.create(Callers.ADMIN, Fixtures.structure("Bad Code!", "ES", "ES42")));
        FieldError code = e.fieldErrors().get(0);
        assertEquals("code", code.field());
        assertEquals("must be 2 to 40 lower-case letters, digits or '-', starting with a letter", code.detail());
        assertEquals("deve ter de 2 a 40 letras minúsculas, algarismos ou «-», começando por uma letra",
                code.text().resolve(Language.PT).orElseThrow());

        Structure fib = structures.get(Callers.ADMIN, "fib");
        StructureDraft renamed = Fixtures.structure("fundacion", "ES", "ES42");
        ValidationException rename = assertThrows(ValidationException.class,
                () -> structures.update(Callers.ADMIN, "fib", fib.version(), renamed));
        assertEquals("cannot be changed; it must be 'fib' or left out", rename.fieldErrors().get(0).detail());
        assertEquals("no se puede cambiar; debe ser «fib» o no indicarse",
                rename.fieldErrors().get(0).text().resolve(Language.ES).orElseThrow());
    }

    @Test
    public void partnerStaffCannotChangeAnotherPartnersStructure() {
        Structure cm = structures.get(Callers.FIB_STAFF, "cybermassif");
        StructureDraft draft = Fixtures.structure("cybermassif", "FR", "FR72");
        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> structures.update(Callers.FIB_STAFF, "cybermassif", cm.version(), draft));
        assertEquals(403, e.status());
        assertEquals(cm, structures.get(Callers.ADMIN, "cybermassif"));
    }

    @Test
    public void evaluatorReadsButCannotWriteAndCompaniesCannotRead() {
        assertTrue(structures.list(Callers.EVALUATOR, StructureQuery.all(), PageRequest.first()).total() >= 3);
        Structure leitat = structures.get(Callers.EVALUATOR, "leitat");
        assertThrows(AccessDeniedException.class, () -> structures.update(Callers.EVALUATOR, "leitat", leitat.version(),
                Fixtures.structure("leitat", "ES", "ES51")));
        assertThrows(AccessDeniedException.class, () -> structures.get(Callers.COMPANY, "leitat"));
    }

    @Test
    public void onlyAdminsAddStructuresOrChangeMembershipAndTheHistoryKeepsIt() {
        assertThrows(AccessDeniedException.class,
                () -> structures.create(Callers.FIB_ADMIN, Fixtures.structure("new-one", "ES", "ES42")));
        assertThrows(AccessDeniedException.class, () -> structures.changeStatus(Callers.LEITAT_STAFF, "leitat",
                MembershipStatus.INFORMED, null, null));
        // Own staff may not slip a status change into an ordinary update either.
        Structure leitat = structures.get(Callers.LEITAT_STAFF, "leitat");
        StructureDraft promote = new StructureDraft(null, leitat.name(), MembershipStatus.ASSOCIATED, null, "ES",
                leitat.nutsRegions(), null, leitat.languages(), leitat.workPackages(), false, leitat.website());
        assertThrows(AccessDeniedException.class,
                () -> structures.update(Callers.LEITAT_STAFF, "leitat", leitat.version(), promote));

        Structure changed = structures.changeStatus(Callers.ADMIN, "leitat", MembershipStatus.ASSOCIATED,
                LocalDate.of(2011, 1, 15), "left the budgeted partnership");
        assertEquals(MembershipStatus.ASSOCIATED, changed.status());
        assertEquals(LocalDate.of(2011, 1, 15), changed.statusSince());
        List<StatusChange> history = structures.statusHistory(Callers.EVALUATOR, "leitat");
        assertEquals(2, history.size());
        assertEquals(MembershipStatus.PARTNER, history.get(0).status());
        assertEquals(MembershipStatus.ASSOCIATED, history.get(1).status());
        assertEquals("alice", history.get(1).changedBy());
        structures.changeStatus(Callers.ADMIN, "leitat", MembershipStatus.PARTNER, LocalDate.of(2011, 2, 1), null);

        ValidationException future = assertThrows(ValidationException.class, () -> structures.changeStatus(Callers.ADMIN,
                "leitat", MembershipStatus.INFORMED, LocalDate.now().plusDays(1), null));
        assertEquals("effectiveOn", future.fieldErrors().get(0).field());
        ValidationException backwards = assertThrows(ValidationException.class, () -> structures.changeStatus(Callers.ADMIN,
                "leitat", MembershipStatus.INFORMED, LocalDate.of(2011, 1, 31), null));
        assertEquals("no puede ser anterior a la fecha del estado actual (2011-02-01)",
                backwards.fieldErrors().get(0).text().resolve(Language.ES).orElseThrow());
        assertEquals("neither changed anything", MembershipStatus.PARTNER, structures.get(Callers.ADMIN, "leitat").status());
        assertEquals(3, structures.statusHistory(Callers.EVALUATOR, "leitat").size());
    }

    @Test
    public void duplicateCodeIsAConflict() {
        ConflictException e = assertThrows(ConflictException.class,
                () -> structures.create(Callers.ADMIN, Fixtures.structure("fib", "ES", "ES42")));
        assertEquals("A structure with code 'fib' already exists.", e.getMessage());
        assertEquals("Ya existe una estructura de apoyo con el código «fib».", e.detail(Language.ES));
        assertEquals("Ya existe una estructura de apoyo con el código «fib».",
                e.fieldErrors().get(0).text().exact(Language.ES).orElseThrow());
    }

    @Test
    public void listFiltersByCountryAndPagesAndSorts() {
        Page<Structure> spanish = structures.list(Callers.EVALUATOR, new StructureQuery(null, "es", null),
                PageRequest.of(0, 50, "-code", StructureService.SORTABLE));
        assertTrue(spanish.items().stream().allMatch(s -> s.country().equals("ES")));
        List<String> codes = spanish.items().stream().map(Structure::code).toList();
        assertEquals(codes.stream().sorted(java.util.Comparator.reverseOrder()).toList(), codes);

        Page<Structure> firstOne = structures.list(Callers.EVALUATOR, StructureQuery.all(), PageRequest.of(0, 1, null,
                StructureService.SORTABLE));
        assertEquals(1, firstOne.items().size());
        assertTrue(firstOne.total() >= 3);
        assertFalse(structures.list(Callers.EVALUATOR, new StructureQuery(null, null, "cyber"), PageRequest.first())
                .items().isEmpty());
    }

    @Test
    public void unknownStructureIsNotFound() {
        NotFoundException e = assertThrows(NotFoundException.class, () -> structures.get(Callers.ADMIN, "nowhere"));
        assertEquals("No structure 'nowhere'.", e.detail(Language.EN));
        assertEquals("Aucune structure d’accompagnement « nowhere ».", e.detail(Language.FR));
        assertEquals("Não existe nenhuma estrutura de apoio «nowhere».", e.detail(Language.PT));
    }
}
