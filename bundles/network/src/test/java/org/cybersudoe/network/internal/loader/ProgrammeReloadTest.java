package org.cybersudoe.network.internal.loader;

import static org.junit.Assert.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.cybersudoe.network.BudgetLine;
import org.cybersudoe.network.internal.Callers;
import org.cybersudoe.network.internal.ProgrammeServiceImpl;
import org.cybersudoe.network.internal.TestDatabase;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** A programme file edited and loaded again: its work packages' budget lines follow the file. */
public class ProgrammeReloadTest {

    private TestDatabase database;
    private ProgrammeLoader loader;

    @Before
    public void open() {
        database = TestDatabase.fresh("reload");
        loader = new ProgrammeLoader(database.db);
    }

    @After
    public void close() {
        database.close();
    }

    @Test
    public void budgetLinesReorderedOrChangedInTheFileAreStoredInItsOrder() throws Exception {
        load("{\"label\": \"Staff\", \"amount\": 1000}, {\"label\": \"Travel\", \"amount\": 200}");
        assertEquals(List.of("Staff", "Travel"), labels());

        load("{\"label\": \"Travel\", \"amount\": 200}, {\"label\": \"Staff\", \"amount\": 1000}");
        assertEquals(List.of("Travel", "Staff"), labels());

        load("{\"label\": \"Travel\", \"amount\": 250}, {\"label\": \"Events\", \"amount\": 50}, {\"label\": \"Staff\", \"amount\": 1000}");
        assertEquals(List.of("Travel", "Events", "Staff"), labels());

        load("{\"label\": \"Staff\", \"amount\": 1000}");
        assertEquals(List.of("Staff"), labels());
    }

    private void load(String lines) throws Exception {
        String json = "{\"programme\": {\"code\": \"pilot\", \"name\": {\"en\": \"Pilot\"}, \"startsOn\": \"2024-01-01\", "
                + "\"endsOn\": \"2025-12-31\", \"statedTotal\": 1200, \"currency\": \"EUR\", \"workPackages\": [{\"code\": \"GT1\", "
                + "\"name\": {\"en\": \"Coordination\"}, \"budgetLines\": [" + lines + "]}]}}";
        loader.load("programme.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private List<String> labels() {
        return new ProgrammeServiceImpl(database.db).get(Callers.EVALUATOR, "pilot").workPackages().get(0).budgetLines().stream()
                .map(BudgetLine::label).toList();
    }
}
