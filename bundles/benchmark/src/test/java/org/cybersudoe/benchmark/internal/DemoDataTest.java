package org.cybersudoe.benchmark.internal;

import static org.cybersudoe.benchmark.internal.Fakes.EVALUATOR;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.cybersudoe.benchmark.CharterVersion;
import org.cybersudoe.benchmark.GoldenRule;
import org.cybersudoe.benchmark.SheetQuery;
import org.cybersudoe.benchmark.SheetStatus;
import org.cybersudoe.benchmark.internal.loader.BenchmarkLoader;
import org.cybersudoe.core.error.FieldError;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.paging.PageRequest;
import org.junit.Test;

/** The demo programme's benchmark files, as the demo bundle ships them, loaded twice. */
public class DemoDataTest {

    private static final List<String> FILES = List.of("01-sheets.json", "02-golden-rules.json", "03-charter.json");

    private static void loadAll(BenchmarkLoader loader) throws IOException {
        for (String file : FILES) {
            try (InputStream in = DemoDataTest.class.getResourceAsStream("/demo/META-INF/cybersudoe/benchmark/" + file)) {
                loader.load(file, in);
            }
        }
    }

    @Test
    public void aLoadedRuleOrPreambleMissingALanguageNamesItAndLoadsNothing() {
        try (TestDatabase database = TestDatabase.fresh("demo-languages")) {
            BenchmarkLoader loader = new BenchmarkLoader(database.db);
            String file = "{\"goldenRules\": [{\"code\": \"xb-rule\", \"title\": {\"fr\": \"x\", \"es\": \"x\", "
                    + "\"pt\": \"x\", \"en\": \"x\"}, \"text\": {\"fr\": \"y\", \"es\": \"y\", \"en\": \"y\"}}], "
                    + "\"charter\": {\"version\": 1, \"preamble\": {\"en\": \"Preamble\"}}}";
            ValidationException e = assertThrows(ValidationException.class, () -> loader.load("bad.json",
                    new java.io.ByteArrayInputStream(file.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            assertEquals(List.of("goldenRules[0].text.pt", "charter.preamble.fr", "charter.preamble.es",
                    "charter.preamble.pt"), e.fieldErrors().stream().map(FieldError::field).toList());
            assertEquals(0, database.count("bm_rule"));
            assertEquals(0, database.count("bm_charter_version"));
        }
    }

    @Test
    public void theDemoSheetsRulesAndCharterLoadOnceAndAgainChangeNothing() throws IOException {
        try (TestDatabase database = TestDatabase.fresh("demo")) {
            Fakes.Area area = Fakes.area(database);
            BenchmarkLoader loader = new BenchmarkLoader(database.db);
            loadAll(loader);
            Map<String, Long> once = database.counts();
            loadAll(loader);
            assertEquals(once, database.counts());

            var sheets = area.sheets().search(EVALUATOR, SheetQuery.all(), PageRequest.first()).items();
            assertEquals(6, sheets.size());
            assertTrue(sheets.stream().allMatch(s -> s.status() == SheetStatus.PUBLISHED));
            List<GoldenRule> rules = area.charter().rules(EVALUATOR);
            assertTrue("at least nine golden rules: " + rules.size(), rules.size() >= 9);
            for (GoldenRule r : rules) {
                assertEquals(r.code(), 4, r.title().languages().size());
                assertEquals(r.code(), 4, r.text().languages().size());
                assertTrue(r.code() + " is supported by sheets", !r.supportingSheets().isEmpty());
            }
            CharterVersion v1 = area.charter().current(EVALUATOR).orElseThrow();
            assertEquals(1, v1.number());
            assertEquals(rules.size(), v1.rules().size());
            for (Language l : Language.values()) {
                assertTrue(v1.preamble().exact(l).isPresent());
            }
            // the demo is searchable in its languages
            assertEquals(1, area.sheets().search(EVALUATOR, new SheetQuery("seguranças informáticas", Language.PT, null,
                    null, null, null, null, null), PageRequest.first()).total());
            assertEquals(90, area.sheets().progress(EVALUATOR).target());
            assertEquals(6, area.sheets().progress(EVALUATOR).published());
        }
    }
}
