package org.cybersudoe.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.cybersudoe.core.security.Role;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * GT2 in the real server: full-text search with each language's stemming over REST (which
 * proves Lucene, embedded in the benchmark bundle, loads its codecs inside OSGi), the review
 * workflow, a partner refused on another partner's sheet, SOAP and the shell.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class BenchmarkIT extends CyberSudoeTestSupport {

    static final String SHEETS = "/api/v1/benchmark/sheets";

    @Before
    public void serverIsUp() {
        awaitHealthy();
    }

    private static List<String> titles(Answer answer, String language) {
        List<String> out = new ArrayList<>();
        answer.json().path("items").forEach(i -> out.add(i.path("title").path(language).asText()));
        return out;
    }

    @Test
    public void healthReportsTheBenchmarkAreaAndTheDemoSheetsAreSearchableByInflectedWords() {
        Answer health = get("/api/v1/health", null);
        assertTrue("benchmark is up: " + health, health.json().path("areas").path("benchmark").path("up").asBoolean());

        TestUser evaluator = user("bm-eval", Role.EVALUATOR, null);
        Answer pt = get(SHEETS + "?q=seguran%C3%A7as&lang=pt", evaluator);
        assertEquals(pt.toString(), 200, pt.status());
        assertEquals(pt.toString(), List.of("Oficinas de segurança informática para PME agroalimentares da Beira Interior"),
                titles(pt, "pt"));

        Answer fr = get(SHEETS + "?q=securite&lang=fr", evaluator);
        assertEquals(fr.toString(), 1, fr.json().path("total").asInt());
        assertTrue(fr.toString(), titles(fr, "fr").get(0).startsWith("Ateliers « Sécurité informatique »"));

        Answer filtered = get(SHEETS + "?q=seguridades&lang=es&sector=tourism&country=ES&method=individual-diagnosis", evaluator);
        assertEquals(filtered.toString(), 1, filtered.json().path("total").asInt());

        Answer badLanguage = get(SHEETS + "?q=x&lang=de", evaluator);
        assertEquals(badLanguage.toString(), 400, badLanguage.status());
        assertEquals(badLanguage.toString(), List.of("lang"), badLanguage.problemFields());
    }

    @Test
    public void aSheetGoesThroughReviewAndIsFoundAtOnceWhileAnotherPartnerIsRefused() {
        TestUser fibStaff = user("bm-fib-staff", Role.PARTNER_STAFF, "fib");
        TestUser cyberStaff = user("bm-cyber-staff", Role.PARTNER_STAFF, "cybermassif");
        String body = "{\"owner\":\"fib\",\"method\":\"workshop\",\"themes\":[\"is-security\"],\"sectors\":[\"retail\"],"
                + "\"title\":{\"es\":\"Talleres de ciberseguridad para comercios del barrio\"},"
                + "\"targetCompanies\":{\"es\":\"Comercios minoristas\"},\"description\":{\"es\":\"Cuatro talleres prácticos\"},"
                + "\"results\":{\"es\":\"50 comercios\"},\"strengths\":{\"es\":\"Cercanía\"},\"weaknesses\":{\"es\":\"Horarios\"},"
                + "\"transferability\":{\"es\":\"Alta\"}}";
        Answer created = postJson(SHEETS, fibStaff, body);
        assertEquals(created.toString(), 201, created.status());
        JsonNode sheet = created.json();
        long id = sheet.path("id").asLong();
        assertEquals("ES", sheet.path("country").asText());
        assertEquals("draft", sheet.path("status").asText());

        // another partner's staff: a draft they may not read is not found by a write either, and stays as it was
        String takeOver = body.replace("Talleres de ciberseguridad", "Robado").replace("}}", "},\"version\":"
                + sheet.path("version").asLong() + "}");
        Answer refused = putJson(SHEETS + "/" + id, cyberStaff, takeOver);
        assertEquals(refused.toString(), 404, refused.status());
        assertTrue(refused.toString(), refused.isProblem());
        Answer again = get(SHEETS + "/" + id, fibStaff);
        assertEquals(again.toString(), sheet.path("version").asLong(), again.json().path("version").asLong());
        assertEquals(again.toString(), "Talleres de ciberseguridad para comercios del barrio",
                again.json().path("title").path("es").asText());
        // and its draft is not even visible to them
        assertEquals(404, get(SHEETS + "/" + id, cyberStaff).status());

        Answer submitted = postJson(SHEETS + "/" + id + "/submit", fibStaff, "{}");
        assertEquals(submitted.toString(), "submitted", submitted.json().path("status").asText());
        Answer published = postJson(SHEETS + "/" + id + "/publish", admin(), "{\"comment\":\"ok\"}");
        assertEquals(published.toString(), "published", published.json().path("status").asText());

        Answer found = get(SHEETS + "?q=taller&lang=es&theme=is-security&sector=retail", cyberStaff);
        assertEquals(found.toString(), 200, found.status());
        assertTrue(found.toString(), titles(found, "es").contains("Talleres de ciberseguridad para comercios del barrio"));

        Answer progress = get("/api/v1/benchmark/overview/progress", cyberStaff);
        assertEquals(progress.toString(), 90, progress.json().path("target").asInt());
        assertTrue(progress.toString(), progress.json().path("published").asInt() >= 7);
    }

    @Test
    public void theCharterAndItsGoldenRulesAreServedAndAPartnerAdoptsIt() {
        TestUser ciebiAdmin = user("bm-ciebi-admin", Role.PARTNER_ADMIN, "ciebi");
        Answer rules = get("/api/v1/benchmark/charter/golden-rules", ciebiAdmin);
        assertEquals(rules.toString(), 200, rules.status());
        assertTrue(rules.toString(), rules.json().size() >= 9);
        Answer current = get("/api/v1/benchmark/charter/versions/current", ciebiAdmin);
        assertEquals(current.toString(), 200, current.status());
        int version = current.json().path("number").asInt();
        Answer adopted = postJson("/api/v1/benchmark/charter/adoptions", ciebiAdmin,
                "{\"partner\":\"ciebi\",\"version\":" + version + "}");
        assertEquals(adopted.toString(), 201, adopted.status());
        String location = adopted.location();
        assertTrue(location, location.endsWith("/api/v1/benchmark/charter/adoptions/ciebi"));
        Answer standing = get("/api/v1/benchmark/charter/adoptions/ciebi", ciebiAdmin);
        assertEquals(standing.toString(), 200, standing.status());
        assertTrue(standing.toString(), standing.json().path("adoptedCurrent").asBoolean());
        assertEquals(version, standing.json().path("latest").path("version").asInt());
        Answer again = postJson("/api/v1/benchmark/charter/adoptions", ciebiAdmin,
                "{\"partner\":\"ciebi\",\"version\":" + version + "}");
        assertEquals("adopting again changes nothing: " + again, 200, again.status());
        assertEquals(adopted.json(), again.json());
        assertEquals(404, get("/api/v1/benchmark/charter/adoptions/no-such-partner", ciebiAdmin).status());
        Answer status = get("/api/v1/benchmark/charter/adoptions", ciebiAdmin);
        boolean ciebi = false;
        for (JsonNode s : status.json()) {
            if (s.path("partner").asText().equals("ciebi")) {
                ciebi = s.path("adoptedCurrent").asBoolean();
            }
        }
        assertTrue(status.toString(), ciebi);
    }

    @Test
    public void publishedSheetsAreSearchedOverSoapAndTheShell() {
        TestUser staff = user("bm-shell-staff", Role.PARTNER_STAFF, "leitat");
        Answer soap = soap("/soap/benchmark/sheets", staff, "<b:searchSheets xmlns:b=\"urn:cybersudoe:benchmark:sheets:1\">"
                + "<text>oficinas</text><language>pt</language></b:searchSheets>");
        assertEquals(soap.toString(), 200, soap.status());
        assertTrue(soap.toString(), soap.body().contains("Beira Interior"));

        awaitCommand("benchmark", "sheet-search");
        ShellResult result = shell(staff, "benchmark:sheet-search --lang fr ateliers");
        assertTrue(result.toString(), result.output().contains("cybermassif"));
        ShellResult progress = shell(staff, "benchmark:progress-show");
        assertTrue(progress.toString(), progress.output().contains("of 90 sheets published"));
    }
}
