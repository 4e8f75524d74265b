package org.cybersudoe.benchmark.internal;

import static org.cybersudoe.benchmark.internal.Fakes.EVALUATOR;
import static org.junit.Assert.assertEquals;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.cybersudoe.benchmark.SheetQuery;
import org.cybersudoe.benchmark.internal.loader.BenchmarkLoader;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.persistence.testing.SchemaChecks;
import org.cybersudoe.persistence.testing.ScratchPostgres;
import org.junit.Test;

/**
 * The benchmark's migrations and mappings on PostgreSQL, the production database: the demo
 * sheets, rules and charter load (twice, changing nothing) and are read back and searched.
 */
public class PostgresCompatibilityTest {

    @Test
    public void migrationsMappingsAndTheDemoDataWorkOnPostgres() throws Exception {
        try (ScratchPostgres server = ScratchPostgres.start(); TestDatabase database = TestDatabase.on(server.emptyDatabase())) {
            SchemaChecks.assertEveryEntityReads(database.emf);
            BenchmarkLoader loader = new BenchmarkLoader(database.db);
            for (int round = 0; round < 2; round++) {
                for (String file : List.of("01-sheets.json", "02-golden-rules.json", "03-charter.json")) {
                    try (InputStream in = getClass().getResourceAsStream("/demo/META-INF/cybersudoe/benchmark/" + file)) {
                        loader.load(file, in);
                    }
                }
            }
            Map<String, Long> counts = database.counts();
            assertEquals(6L, (long) counts.get("bm_sheet"));
            Fakes.Area area = Fakes.area(database);
            assertEquals(6, area.sheets().search(EVALUATOR, SheetQuery.all(), PageRequest.first()).total());
            assertEquals(1, area.sheets().search(EVALUATOR, new SheetQuery("seguranças informáticas", Language.PT, null,
                    null, null, null, null, null), PageRequest.first()).total());
            assertEquals(1, area.charter().current(EVALUATOR).orElseThrow().number());
        }
    }
}
