package org.cybersudoe.benchmark.internal;

import static org.cybersudoe.benchmark.internal.Fakes.ADMIN;
import static org.cybersudoe.benchmark.internal.Fakes.EVALUATOR;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.cybersudoe.benchmark.Sheet;
import org.cybersudoe.benchmark.SheetDraft;
import org.cybersudoe.benchmark.SheetQuery;
import org.cybersudoe.benchmark.SheetService;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.paging.SortOrder;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Full-text search with each language's stemming (the pairs below are ones the Lucene
 * analyzers actually conflate) and the filters, over published sheets in four languages.
 */
public class SearchTest {

    private static TestDatabase database;
    private static SheetServiceImpl sheets;
    private static long fr;
    private static long es;
    private static long pt;
    private static long en;

    @BeforeClass
    public static void index() {
        database = TestDatabase.fresh("search");
        sheets = Fakes.area(database).sheets();
        fr = publish(Drafts.complete("cybermassif", Language.FR, "Ateliers de sécurité informatique",
                "Sensibiliser les entreprises artisanales à la sauvegarde", List.of("is-security"), List.of(), "workshop"));
        es = publish(Drafts.complete("fib", Language.ES, "Diagnóstico de seguridad para alojamientos rurales",
                "Un taller por empresa turística", List.of("is-security", "mobility"), List.of("tourism"), "individual-diagnosis"));
        pt = publish(Drafts.complete("ciebi", Language.PT, "Oficina de segurança informática",
                "Para a empresa agroalimentar", List.of("is-security"), List.of("agri-food"), "workshop"));
        en = publish(Drafts.complete("leitat", Language.EN, "Information security coaching",
                "Companies with an ERP project", List.of("business-management"), List.of("industry"), "coaching"));
    }

    private static long publish(SheetDraft draft) {
        Sheet s = sheets.create(ADMIN, draft);
        sheets.submit(ADMIN, s.id());
        return sheets.publish(ADMIN, s.id(), null).id();
    }

    @AfterClass
    public static void close() {
        database.close();
    }

    private List<Long> find(String text, Language language) {
        return find(new SheetQuery(text, language, null, null, null, null, null, null));
    }

    private List<Long> find(SheetQuery query) {
        return sheets.search(EVALUATOR, query, new PageRequest(0, 50, List.of(new SortOrder("id", true)))).items()
                .stream().map(Sheet::id).toList();
    }

    @Test
    public void aSearchOfTooManyWordsIsBadInputOnTextNotAServerError() {
        String words = String.join(" ", java.util.Collections.nCopies(SheetServiceImpl.MAX_SEARCH_WORDS + 1, "atelier"));
        org.cybersudoe.core.error.ValidationException e = org.junit.Assert.assertThrows(
                org.cybersudoe.core.error.ValidationException.class, () -> find(words, null));
        assertEquals("text", e.fieldErrors().get(0).field());
        assertEquals("too-many-words", e.fieldErrors().get(0).code());
        // the longest search allowed still runs, in every language at once
        String longest = String.join(" ", java.util.Collections.nCopies(SheetServiceImpl.MAX_SEARCH_WORDS, "atelier"));
        assertEquals(List.of(fr), find(longest, null).stream().filter(id -> id == fr).toList());
    }

    @Test
    public void withoutSortOrWordsTheNewestComeFirstAsSortMinusIdSpellsIt() {
        List<Long> byDefault = ids(PageRequest.first());
        assertTrue(byDefault.containsAll(List.of(fr, es, pt, en)));
        assertEquals(byDefault.stream().sorted(java.util.Comparator.reverseOrder()).toList(), byDefault);
        assertEquals(ids(PageRequest.of(0, 50, "-id", SheetService.SORTABLE)), byDefault);
        // "id,-updated" sorts by id ascending first: oldest first, not the default
        List<Long> oldestFirst = new java.util.ArrayList<>(byDefault);
        java.util.Collections.reverse(oldestFirst);
        assertEquals(oldestFirst, ids(PageRequest.of(0, 50, "id,-updated", SheetService.SORTABLE)));
    }

    private List<Long> ids(PageRequest page) {
        return sheets.search(EVALUATOR, SheetQuery.all(), page).items().stream().map(Sheet::id).toList();
    }

    @Test
    public void frenchStemmingFindsPluralsAndUnaccentedForms() {
        assertEquals(List.of(fr), find("sécurités", Language.FR));
        assertEquals(List.of(fr), find("securite informatiques", Language.FR));
        assertEquals(List.of(fr), find("l'entreprise", Language.FR));
        assertEquals(List.of(fr), find("atelier", Language.FR));
    }

    @Test
    public void spanishStemmingFindsInflectedForms() {
        assertEquals(List.of(es), find("seguridades", Language.ES));
        assertEquals(List.of(es), find("talleres", Language.ES));
        assertEquals(List.of(es), find("empresas turísticas", Language.ES));
    }

    @Test
    public void portugueseStemmingFindsInflectedForms() {
        assertEquals(List.of(pt), find("seguranças", Language.PT));
        assertEquals(List.of(pt), find("oficinas", Language.PT));
        assertEquals(List.of(pt), find("empresas", Language.PT));
    }

    @Test
    public void englishStemmingFindsSecureForSecurity() {
        assertEquals(List.of(en), find("secure", Language.EN));
        assertEquals(List.of(en), find("company", Language.EN));
    }

    @Test
    public void withoutALanguageEveryLanguageIsSearchedWithItsOwnStemmer() {
        assertEquals(List.of(fr), find("informatiques", null));
        assertEquals(List.of(pt), find("informáticas", null));
        assertEquals(List.of(es), find("seguridades", null));
        // a word in one language is looked for in that language's texts only when a language is given
        assertEquals(List.of(), find("seguridades", Language.FR));
        assertEquals(List.of(), find("le la de", Language.FR));
    }

    @Test
    public void filtersCombineWithText() {
        assertEquals(List.of(fr, es, pt), find(new SheetQuery(null, null, "is-security", null, null, null, null, null)));
        assertEquals(List.of(es), find(new SheetQuery(null, null, null, "tourism", null, null, null, null)));
        assertEquals(List.of(es, en), find(new SheetQuery(null, null, null, null, "ES", null, null, null)));
        assertEquals(List.of(fr, pt), find(new SheetQuery(null, null, null, null, null, "workshop", null, null)));
        assertEquals(List.of(pt), find(new SheetQuery("informática", null, "is-security", null, "pt", "workshop", null, null)));
    }

    @Test
    public void theIndexFollowsTheDatabase() {
        int before = find(SheetQuery.all()).size();
        long extra = publish(Drafts.complete("transferts-lr", Language.ES, "Herramienta en línea de autodiagnóstico",
                "Para el comercio", List.of("business-management"), List.of("retail"), "online-tool"));
        assertEquals(List.of(extra), find("herramientas", Language.ES));
        assertEquals(before + 1, find(SheetQuery.all()).size());
        // relevance order when no sort is asked: the title match first
        assertEquals(fr, sheets.search(EVALUATOR, SheetQuery.text("sécurité atelier"), PageRequest.first()).items().get(0).id());
        assertEquals(List.of("id", "updated"), SheetService.SORTABLE);
    }
}
