package org.cybersudoe.benchmark.internal.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.cybersudoe.benchmark.Sheet;
import org.cybersudoe.benchmark.SheetQuery;
import org.cybersudoe.benchmark.internal.Fakes;
import org.cybersudoe.benchmark.internal.TestDatabase;
import org.cybersudoe.benchmark.internal.loader.BenchmarkLoader;
import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.ProblemException;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** The benchmark's commands on the demo data, fields set as Karaf would set them. */
public class ShellCommandTest {

    private static TestDatabase database;
    private static Fakes.Area area;

    @BeforeClass
    public static void open() throws Exception {
        database = TestDatabase.fresh("shell");
        area = Fakes.area(database);
        BenchmarkLoader loader = new BenchmarkLoader(database.db);
        for (String file : List.of("01-sheets.json", "02-golden-rules.json", "03-charter.json")) {
            try (InputStream in = ShellCommandTest.class.getResourceAsStream("/demo/META-INF/cybersudoe/benchmark/" + file)) {
                loader.load(file, in);
            }
        }
    }

    @AfterClass
    public static void close() {
        database.close();
    }

    private static String run(BenchmarkCommand command, Caller caller) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        command.run(caller, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void sheetSearchFindsStemmedWordsInTheGivenLanguage() {
        SheetSearchCommand search = new SheetSearchCommand();
        search.sheets = area.sheets();
        search.words = List.of("seguridades");
        search.lang = "es";
        String out = run(search, Fakes.EVALUATOR);
        assertTrue(out, out.contains("fib"));
        assertTrue(out, out.contains("1 of 1 sheet(s)"));
    }

    @Test
    public void progressAndRulesAndCharterStatusPrintTheirTables() {
        ProgressShowCommand progress = new ProgressShowCommand();
        progress.sheets = area.sheets();
        assertTrue(run(progress, Fakes.EVALUATOR).contains("6 of 90 sheets published"));
        RuleListCommand rules = new RuleListCommand();
        rules.charter = area.charter();
        assertTrue(run(rules, Fakes.EVALUATOR).contains("start-from-needs"));
        CharterStatusCommand status = new CharterStatusCommand();
        status.charter = area.charter();
        assertTrue(run(status, Fakes.EVALUATOR).contains("0 of 9 partner(s) adopted the current version"));
    }

    @Test
    public void sheetShowPrintsEveryLanguageInEnglishByDefault() {
        Sheet first = area.sheets().search(Fakes.EVALUATOR, new SheetQuery(null, null, null, null, null, null, null, null),
                PageRequest.of(0, 1, null, List.of())).items().get(0);
        SheetShowCommand show = new SheetShowCommand();
        show.sheets = area.sheets();
        show.id = first.id();
        String out = run(show, Fakes.EVALUATOR);
        assertTrue(out, out.startsWith("Sheet " + first.id() + " (" + first.status().code() + ", version " + first.version()
                + ")\n  owner: " + first.owner() + "  country: " + first.country() + "  method: " + first.method() + "\n  themes: "));
        assertTrue(out, out.contains("\n  cost (EUR): "));
        first.title().languages().forEach(l -> assertTrue(out, out.contains("\n  title [" + l.code() + "]: "
                + first.title().exact(l).orElseThrow() + "\n")));
    }

    @Test
    public void anotherPartnersDraftIsNotFoundToTheReviewCommandAsToEveryOther() {
        Sheet draft = area.sheets().create(Fakes.LEITAT_ADMIN, new org.cybersudoe.benchmark.SheetDraft("leitat", null,
                org.cybersudoe.core.i18n.LocalizedText.of(org.cybersudoe.core.i18n.Language.ES, "Borrador de leitat"), null,
                null, List.of("is-security"), List.of(), "coaching", null, null, null, null, null, null, null));
        SheetReviewCommand review = new SheetReviewCommand();
        review.sheets = area.sheets();
        review.id = draft.id();
        review.action = "submit";
        ProblemException hidden = assertThrows(NotFoundException.class, () -> run(review, Fakes.CIEBI_ADMIN));
        assertEquals("No sheet '" + draft.id() + "'.", hidden.getMessage());
        assertEquals(draft, area.sheets().get(Fakes.LEITAT_ADMIN, draft.id()));
        area.sheets().delete(Fakes.LEITAT_ADMIN, draft.id(), draft.version());
    }

    @Test
    public void aSearchOfTooManyWordsNamesTheWordsArgument() {
        SheetSearchCommand search = new SheetSearchCommand();
        search.sheets = area.sheets();
        search.words = java.util.Collections.nCopies(51, "atelier");
        ValidationException e = assertThrows(ValidationException.class, () -> run(search, Fakes.EVALUATOR));
        assertEquals("words", e.fieldErrors().get(0).field());
        assertEquals("must be at most 50 words", e.fieldErrors().get(0).detail());
    }

    @Test
    public void refusalsSayWhoMay() {
        assertEquals("a partner adopts the charter through its partner-admins (or an admin)",
                new CharterAdoptCommand().refusalHint("benchmark.adoption").orElseThrow());
        assertTrue(new CharterAdoptCommand().refusalHint("other").isEmpty());
    }

    @Test
    public void charterAdoptIsForThePartnersAdmins() {
        CharterAdoptCommand adopt = new CharterAdoptCommand();
        adopt.charter = area.charter();
        adopt.partner = "leitat";
        ProblemException refused = assertThrows(AccessDeniedException.class, () -> run(adopt, Fakes.FIB_ADMIN));
        assertEquals("benchmark.adoption", refused.type());
        String out = run(adopt, Fakes.LEITAT_ADMIN);
        assertTrue(out, out.startsWith("leitat adopted charter version 1"));
    }

    @Test
    public void anAdminPublishesANewCharterVersionAndEveryPartnerMustAdoptAgain() throws Exception {
        try (TestDatabase own = TestDatabase.fresh("shell-publish")) {
            Fakes.Area fresh = Fakes.area(own);
            BenchmarkLoader loader = new BenchmarkLoader(own.db);
            for (String file : List.of("01-sheets.json", "02-golden-rules.json", "03-charter.json")) {
                try (InputStream in = ShellCommandTest.class.getResourceAsStream("/demo/META-INF/cybersudoe/benchmark/" + file)) {
                    loader.load(file, in);
                }
            }
            fresh.charter().adopt(Fakes.LEITAT_ADMIN, "leitat", 1);
            CharterPublishCommand publish = new CharterPublishCommand();
            publish.charter = fresh.charter();
            publish.fr = "Préambule v2";
            publish.es = "Preámbulo v2";
            publish.pt = "Preâmbulo v2";
            publish.en = "Preamble v2";
            assertThrows(AccessDeniedException.class, () -> run(publish, Fakes.LEITAT_ADMIN));
            String out = run(publish, Fakes.ADMIN);
            assertTrue(out, out.startsWith("Published charter version 2"));
            CharterStatusCommand status = new CharterStatusCommand();
            status.charter = fresh.charter();
            assertTrue("leitat adopted v1 only", run(status, Fakes.EVALUATOR).contains("0 of 9 partner(s) adopted the current version"));
        }
    }
}
