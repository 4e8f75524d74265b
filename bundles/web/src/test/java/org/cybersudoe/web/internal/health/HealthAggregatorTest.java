package org.cybersudoe.web.internal.health;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.cybersudoe.core.health.HealthContributor;
import org.cybersudoe.core.health.HealthStatus;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.junit.Test;

public class HealthAggregatorTest {

    private static final HealthStatus REST_UP = HealthStatus.up("serving");

    private static HealthContributor contributor(String area, HealthStatus status) {
        return new HealthContributor() {
            @Override
            public String area() {
                return area;
            }

            @Override
            public HealthStatus check() {
                return status;
            }
        };
    }

    @Test
    public void upWhenEveryExpectedAreaReportsUp() {
        HealthReport report = HealthAggregator.aggregate(List.of("network", "toolbox"), List.of(
                contributor("network", HealthStatus.up("12 partners")), contributor("toolbox", HealthStatus.up("ok"))), REST_UP, Language.EN);
        assertEquals("UP", report.status());
        assertTrue(report.isUp());
        assertEquals(new AreaHealth(true, "12 partners"), report.areas().get("network"));
    }

    @Test
    public void anExpectedAreaWithoutContributorMakesItDown() {
        HealthReport report = HealthAggregator.aggregate(List.of("network", "toolbox"),
                List.of(contributor("network", HealthStatus.up("ok"))), REST_UP, Language.EN);
        assertEquals("DOWN", report.status());
        assertFalse(report.areas().get("toolbox").up());
        assertTrue(report.areas().get("toolbox").detail().contains("No health contributor"));
    }

    @Test
    public void anExpectedAreaReportingDownMakesItDown() {
        HealthReport report = HealthAggregator.aggregate(List.of("network"), List.of(
                contributor("network", HealthStatus.up("tables")), contributor("network", HealthStatus.down("migration failed"))),
                REST_UP, Language.EN);
        assertEquals("DOWN", report.status());
        assertEquals(new AreaHealth(false, "tables; migration failed"), report.areas().get("network"));
    }

    @Test
    public void aContributorThatThrowsCountsAsDown() {
        HealthContributor broken = new HealthContributor() {
            @Override
            public String area() {
                return "network";
            }

            @Override
            public HealthStatus check() {
                throw new IllegalStateException("database gone");
            }
        };
        HealthReport report = HealthAggregator.aggregate(List.of("network"), List.of(broken), REST_UP, Language.EN);
        assertEquals("DOWN", report.status());
    }

    @Test
    public void unexpectedAreasAreListedButDoNotDecide() {
        HealthReport report = HealthAggregator.aggregate(List.of("network"), List.of(
                contributor("network", HealthStatus.up("ok")), contributor("partner-theme", HealthStatus.down("starting"))),
                REST_UP, Language.EN);
        assertEquals("UP", report.status());
        assertFalse(report.areas().get("partner-theme").up());
    }

    @Test
    public void aRestServerNotBuiltMakesItDown() {
        HealthReport report = HealthAggregator.aggregate(List.of("network"),
                List.of(contributor("network", HealthStatus.up("ok"))), HealthStatus.down("being rebuilt"), Language.EN);
        assertEquals("DOWN", report.status());
    }

    @Test
    public void noExpectedAreasAndAServerUpIsUp() {
        assertEquals("UP", HealthAggregator.aggregate(List.of(), List.of(), REST_UP, Language.EN).status());
    }

    @Test
    public void theReasonsAreGivenInTheLanguageAsked() {
        HealthStatus schema = HealthStatus.up(LocalizedText.of("schéma en version 2", "esquema en la versión 2",
                "esquema na versão 2", "schema version 2"));
        List<HealthContributor> contributors = List.of(contributor("network", schema),
                contributor("network", HealthStatus.up("extension ok")));
        HealthReport report = HealthAggregator.aggregate(List.of("network", "toolbox"), contributors, REST_UP, Language.EN);

        HealthReport inPortuguese = HealthAggregator.aggregate(List.of("network", "toolbox"), contributors, REST_UP, Language.PT);
        assertEquals("a contributor's English-only reason stays in English beside the others",
                "esquema na versão 2; extension ok", inPortuguese.areas().get("network").detail());
        assertEquals("Nenhum contribuidor de saúde está registado para esta área.",
                inPortuguese.areas().get("toolbox").detail());
        assertEquals("Aucun contributeur de santé n’est enregistré pour ce domaine.",
                HealthAggregator.aggregate(List.of("network", "toolbox"), contributors, REST_UP, Language.FR).areas()
                        .get("toolbox").detail());
        assertEquals("schema version 2; extension ok", report.areas().get("network").detail());
        assertEquals("serving", inPortuguese.rest().detail());
    }
}
