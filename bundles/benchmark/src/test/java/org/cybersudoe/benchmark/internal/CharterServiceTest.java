package org.cybersudoe.benchmark.internal;

import static org.cybersudoe.benchmark.internal.Fakes.ADMIN;
import static org.cybersudoe.benchmark.internal.Fakes.CIEBI_ADMIN;
import static org.cybersudoe.benchmark.internal.Fakes.EVALUATOR;
import static org.cybersudoe.benchmark.internal.Fakes.FIB_ADMIN;
import static org.cybersudoe.benchmark.internal.Fakes.FIB_STAFF;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

import org.cybersudoe.benchmark.Adoption;
import org.cybersudoe.benchmark.AdoptionStatus;
import org.cybersudoe.benchmark.CharterVersion;
import org.cybersudoe.benchmark.GoldenRule;
import org.cybersudoe.benchmark.GoldenRuleDraft;
import org.cybersudoe.benchmark.Sheet;
import org.cybersudoe.benchmark.internal.jpa.RuleEntity;
import org.cybersudoe.benchmark.internal.jpa.RuleTexts;
import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.error.ConflictException;
import org.cybersudoe.core.error.FieldError;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class CharterServiceTest {

    private TestDatabase database;
    private SheetServiceImpl sheets;
    private CharterServiceImpl charter;
    private long published;
    private long draft;

    @Before
    public void setUp() {
        database = TestDatabase.fresh("charter");
        Fakes.Area area = Fakes.area(database);
        sheets = area.sheets();
        charter = area.charter();
        Sheet s = sheets.create(FIB_STAFF, Drafts.complete("fib", Language.ES, "Talleres", "prácticos",
                List.of("is-security"), List.of(), "workshop"));
        sheets.submit(FIB_STAFF, s.id());
        published = sheets.publish(CIEBI_ADMIN, s.id(), null).id();
        draft = sheets.create(FIB_STAFF, Drafts.titleOnly("fib", "not yet")).id();
    }

    @After
    public void tearDown() {
        database.close();
    }

    private static LocalizedText all(String text) {
        return new LocalizedText(Map.of(Language.FR, text + " (fr)", Language.ES, text + " (es)", Language.PT,
                text + " (pt)", Language.EN, text));
    }

    private void nineRules() {
        for (int i = 1; i <= 9; i++) {
            charter.createRule(ADMIN, new GoldenRuleDraft("rule-" + i, null, all("Rule " + i), all("Because " + i),
                    List.of(published)));
        }
    }

    @Test
    public void rulesAreLinkedToPublishedSheetsOnlyAndWrittenByAdmins() {
        GoldenRule r = charter.createRule(ADMIN, new GoldenRuleDraft("start-from-needs", null, all("Start from needs"),
                all("Why"), List.of(published)));
        assertEquals(1, r.position());
        assertEquals(List.of(published), r.supportingSheets());
        ValidationException notPublished = assertThrows(ValidationException.class, () -> charter.createRule(ADMIN,
                new GoldenRuleDraft("other", null, all("x"), all("y"), List.of(published, draft))));
        assertEquals("supportingSheets[1]", notPublished.fieldErrors().get(0).field());
        assertEquals("must be the id of a published sheet", notPublished.fieldErrors().get(0).detail());
        assertEquals("deve ser o identificador de uma ficha publicada",
                notPublished.fieldErrors().get(0).text().resolve(Language.PT).orElseThrow());
        assertThrows(AccessDeniedException.class, () -> charter.createRule(FIB_ADMIN,
                new GoldenRuleDraft("mine", null, all("x"), all("y"), List.of())));
        assertThrows(ConflictException.class, () -> charter.createRule(ADMIN,
                new GoldenRuleDraft("start-from-needs", null, all("x"), all("y"), List.of())));
        assertEquals(1, database.count("bm_rule"));
        assertEquals(List.of(r), charter.rules(EVALUATOR));
    }

    @Test
    public void anUpdateThatChangesNothingKeepsTheVersion() {
        Sheet other = sheets.create(FIB_STAFF, Drafts.complete("fib", Language.EN, "Clinics", "one-to-one",
                List.of("is-security"), List.of(), "workshop"));
        sheets.submit(FIB_STAFF, other.id());
        sheets.publish(CIEBI_ADMIN, other.id(), null);
        charter.createRule(ADMIN, new GoldenRuleDraft("start-from-needs", null, all("Start from needs"), all("Why"),
                List.of(published, other.id())));
        GoldenRule read = charter.rule(EVALUATOR, "start-from-needs");

        GoldenRule same = charter.updateRule(ADMIN, read.code(), read.version(), new GoldenRuleDraft(read.code(),
                read.position(), read.title(), read.text(), read.supportingSheets()));
        assertEquals(read, same);
        assertEquals(read, charter.rule(EVALUATOR, "start-from-needs"));
        // the supporting sheets are a set: another order is the same content
        assertEquals(read, charter.updateRule(ADMIN, read.code(), read.version(), new GoldenRuleDraft(null,
                read.position(), read.title(), read.text(), List.of(other.id(), published))));

        GoldenRule fewer = charter.updateRule(ADMIN, read.code(), read.version(), new GoldenRuleDraft(null,
                read.position(), read.title(), read.text(), List.of(published)));
        assertTrue("a real change moves the version", fewer.version() > read.version());
        assertEquals(List.of(published), fewer.supportingSheets());
        GoldenRule reworded = charter.updateRule(ADMIN, read.code(), fewer.version(), new GoldenRuleDraft(null,
                read.position(), all("Start from the needs"), read.text(), List.of(published)));
        assertTrue("a real change moves the version", reworded.version() > fewer.version());
        assertEquals(reworded, charter.rule(EVALUATOR, "start-from-needs"));

        assertEquals("the rewording retried with the version it was sent with, once applied, is no conflict", reworded,
                charter.updateRule(ADMIN, read.code(), fewer.version(), new GoldenRuleDraft(null, read.position(),
                        all("Start from the needs"), read.text(), List.of(published))));
        assertThrows("a stale version with another change is a conflict", ConflictException.class,
                () -> charter.updateRule(ADMIN, read.code(), fewer.version(), new GoldenRuleDraft(null,
                        read.position(), all("Start from what they need"), read.text(), List.of(published))));
        assertEquals(reworded, charter.rule(EVALUATOR, "start-from-needs"));
    }

    @Test
    public void aCharterNeedsNineRulesAndANewVersionAsksEveryPartnerToAdoptAgain() {
        charter.createRule(ADMIN, new GoldenRuleDraft("only-one", null, all("One"), all("Why"), List.of()));
        assertThrows(ConflictException.class, () -> charter.publish(ADMIN, all("Preamble")));
        ConflictException nothingToAdopt = assertThrows(ConflictException.class, () -> charter.adopt(FIB_ADMIN, "fib", 1));
        assertEquals("No version of the charter has been published yet.", nothingToAdopt.getMessage());
        assertEquals("Aucune version de la charte n’a encore été publiée.", nothingToAdopt.detail(Language.FR));
        nineRules();

        CharterVersion v1 = charter.publish(ADMIN, all("Preamble"));
        assertEquals(1, v1.number());
        assertEquals(10, v1.rules().size());
        assertThrows(AccessDeniedException.class, () -> charter.publish(FIB_ADMIN, all("Mine")));

        // only the partner's admins commit it
        AccessDeniedException staff = assertThrows(AccessDeniedException.class, () -> charter.adopt(FIB_STAFF, "fib", 1));
        assertEquals("User 'pablo' may not adopt the charter for 'fib': that is for its partner-admins or an admin.",
                staff.getMessage());
        assertEquals("El usuario «pablo» no puede adoptar la carta en nombre de «fib»: eso corresponde a los "
                + "administradores de ese socio o a un administrador.", staff.detail(Language.ES));
        assertThrows(AccessDeniedException.class, () -> charter.adopt(CIEBI_ADMIN, "fib", 1));
        Adoption fib = charter.adopt(FIB_ADMIN, "fib", 1);
        assertEquals(new Adoption("fib", 1, "pilar", fib.adoptedAt()), fib);
        assertEquals(fib, charter.adopt(FIB_ADMIN, "fib", 1));
        charter.adopt(CIEBI_ADMIN, "ciebi", 1);
        assertEquals(2, database.count("bm_adoption"));
        assertEquals(List.of("ciebi", "fib"), adopted());

        // a rule changes: the published version keeps the text its adopters signed
        GoldenRule one = charter.rule(EVALUATOR, "only-one");
        charter.updateRule(ADMIN, "only-one", one.version(), new GoldenRuleDraft(null, 1, all("One, reworded"), all("Why"),
                List.of(published)));
        assertEquals("One", charter.version(EVALUATOR, 1).rules().get(0).title().exact(Language.EN).orElseThrow());

        CharterVersion v2 = charter.publish(ADMIN, all("Preamble, second edition"));
        assertEquals(2, v2.number());
        assertEquals("One, reworded", v2.rules().get(0).title().exact(Language.EN).orElseThrow());
        assertEquals(List.of(), adopted());
        AdoptionStatus fibStatus = status("fib");
        assertFalse(fibStatus.adoptedCurrent());
        assertEquals(2, fibStatus.currentVersion());
        assertEquals(1, fibStatus.latest().version());
        assertThrows(ConflictException.class, () -> charter.adopt(FIB_ADMIN, "fib", 1));

        charter.adopt(FIB_ADMIN, "fib", 2);
        assertEquals(List.of("fib"), adopted());
        assertTrue(status("fib").adoptedCurrent());
        assertEquals(9, charter.adoptionStatus(EVALUATOR).size());
        assertEquals(List.of(2, 1, 1), charter.adoptions(EVALUATOR).stream().map(Adoption::version).toList());
        assertEquals(List.of(2, 1), charter.versions(EVALUATOR).stream().map(CharterVersion::number).toList());
    }

    @Test
    public void aRuleAndThePreambleAreRequiredInEveryLanguageEachMissingOneNamed() {
        ValidationException e = assertThrows(ValidationException.class, () -> charter.createRule(ADMIN,
                new GoldenRuleDraft("xb-rule", null, LocalizedText.of(Language.FR, "x"),
                        new LocalizedText(Map.of(Language.EN, "y", Language.PT, " ")), List.of())));
        assertEquals(List.of("title.es", "title.pt", "title.en", "text.fr", "text.es", "text.pt"),
                e.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals("required", e.fieldErrors().get(0).code());
        assertEquals("is required: the golden rules and the charter are given in French, Spanish, Portuguese and English",
                e.fieldErrors().get(0).detail());
        assertEquals("é obrigatório: as regras de ouro e a carta são redigidas em francês, espanhol, português e inglês",
                e.fieldErrors().get(0).text().resolve(Language.PT).orElseThrow());
        assertEquals(0, database.count("bm_rule"));

        GoldenRule r = charter.createRule(ADMIN, new GoldenRuleDraft("xb-rule", null, all("x"), all("y"), List.of()));
        LocalizedText noSpanish = new LocalizedText(Map.of(Language.FR, "x", Language.PT, "x", Language.EN, "x"));
        ValidationException update = assertThrows(ValidationException.class, () -> charter.updateRule(ADMIN, "xb-rule",
                r.version(), new GoldenRuleDraft(null, null, noSpanish, all("y"), List.of())));
        assertEquals(List.of("title.es"), update.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals(r, charter.rule(EVALUATOR, "xb-rule"));

        nineRules();
        ValidationException preamble = assertThrows(ValidationException.class,
                () -> charter.publish(ADMIN, LocalizedText.of(Language.EN, "Preamble")));
        assertEquals(List.of("preamble.fr", "preamble.es", "preamble.pt"),
                preamble.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals(0, database.count("bm_charter_version"));
    }

    @Test
    public void aCharterIsNotPublishedWithARuleStoredInOneLanguage() {
        nineRules();
        // as written before every language was required
        database.db.tx(em -> {
            RuleEntity legacy = new RuleEntity();
            legacy.code = "legacy";
            legacy.position = 10;
            legacy.texts = RuleTexts.of(LocalizedText.of(Language.FR, "Ancienne"), all("Why"));
            legacy.updatedAt = java.time.LocalDateTime.now();
            em.persist(legacy);
            return null;
        });
        ConflictException e = assertThrows(ConflictException.class, () -> charter.publish(ADMIN, all("Preamble")));
        assertEquals("Some golden rules are not given in every language: legacy (title.es, title.pt, title.en); complete "
                + "them in French, Spanish, Portuguese and English before publishing the charter.", e.getMessage());
        assertEquals("rules", e.fieldErrors().get(0).field());
        assertEquals(0, database.count("bm_charter_version"));
        assertEquals(0, database.count("bm_charter_rule"));
    }

    @Test
    public void anAdminDeletesARuleThatNoPublishedVersionHolds() {
        GoldenRule mistake = charter.createRule(ADMIN, new GoldenRuleDraft("xb-rule", null, all("x"), all("y"),
                List.of(published)));
        assertThrows(AccessDeniedException.class, () -> charter.deleteRule(FIB_ADMIN, "xb-rule", mistake.version()));
        ConflictException stale = assertThrows(ConflictException.class,
                () -> charter.deleteRule(ADMIN, "xb-rule", mistake.version() + 1));
        assertEquals("version", stale.fieldErrors().get(0).field());
        assertThrows(NotFoundException.class, () -> charter.deleteRule(ADMIN, "no-such-rule", 0));
        assertEquals(1, database.count("bm_rule"));

        charter.deleteRule(ADMIN, "xb-rule", mistake.version());
        assertEquals(0, database.count("bm_rule"));
        assertEquals(0, database.count("bm_rule_sheet"));
        assertThrows(NotFoundException.class, () -> charter.rule(EVALUATOR, "xb-rule"));

        nineRules();
        charter.publish(ADMIN, all("Preamble"));
        GoldenRule adopted = charter.rule(EVALUATOR, "rule-3");
        ConflictException held = assertThrows(ConflictException.class,
                () -> charter.deleteRule(ADMIN, "rule-3", adopted.version()));
        assertEquals("Golden rule 'rule-3' is part of published charter version(s) 1; it can be changed but not deleted.",
                held.getMessage());
        assertEquals("La regla de oro «rule-3» forma parte de la carta publicada (versión o versiones 1); se puede "
                + "modificar, pero no eliminar.", held.detail(Language.ES));
        assertEquals(adopted, charter.rule(EVALUATOR, "rule-3"));
    }

    private List<String> adopted() {
        return charter.adoptionStatus(EVALUATOR).stream().filter(AdoptionStatus::adoptedCurrent)
                .map(AdoptionStatus::partner).toList();
    }

    private AdoptionStatus status(String partner) {
        return charter.adoptionStatus(EVALUATOR).stream().filter(s -> s.partner().equals(partner)).findFirst().orElseThrow();
    }
}
