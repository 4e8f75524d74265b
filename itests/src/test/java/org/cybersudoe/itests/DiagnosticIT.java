package org.cybersudoe.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cybersudoe.core.security.Role;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * GT3's self-diagnostic in the running distribution: the questionnaires of the theme bundles, a
 * Portuguese respondent's assessment over REST from start to PDF, completed assessments of
 * directory companies over SOAP, peers withheld below five companies and shown from five, and the
 * console's list and anonymised export.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class DiagnosticIT extends CyberSudoeTestSupport {

    static final String BASE = "/api/v1/diagnostic";

    @Before
    public void serverIsUp() {
        awaitHealthy();
    }

    /** An answer to every question: the second option, the first choice, one below the top of a scale, min + 1. */
    private static ObjectNode answers(JsonNode questionnaire) {
        ObjectNode answers = JSON.createObjectNode();
        for (JsonNode d : questionnaire.path("dimensions")) {
            for (JsonNode q : d.path("questions")) {
                String code = q.path("code").asText();
                switch (q.path("type").asText()) {
                    case "single", "yesNo" -> answers.put(code, q.path("options").get(1).path("code").asText());
                    case "multiple" -> answers.putArray(code).add(q.path("options").get(0).path("code").asText());
                    case "scale" -> answers.put(code, q.path("max").asInt() - 1);
                    default -> answers.put(code, q.path("min").asDouble() + 1);
                }
            }
        }
        return answers;
    }

    @Test
    public void aPortugueseRespondentTakesTheGeneralAssessmentWithoutAnAccount() throws Exception {
        JsonNode list = get(BASE + "/questionnaires?lang=pt", null).json();
        assertEquals(11, list.size());
        assertEquals("general", list.get(0).path("code").asText());
        assertEquals("Diagnóstico de maturidade digital", list.get(0).path("title").asText());
        JsonNode general = get(BASE + "/questionnaires/general?lang=pt", null).json();
        assertEquals(6, general.path("dimensions").size());

        Answer started = postJson(BASE + "/assessments", null, "{\"questionnaire\":\"general\",\"language\":\"pt\","
                + "\"profile\":{\"country\":\"PT\",\"region\":\"PT16\",\"nace\":\"62.01\",\"size\":\"micro\"}}");
        assertEquals(started.toString(), 201, started.status());
        String link = started.json().path("resumeUrl").asText();
        Answer bad = putJson(link + "/answers", null, "{\"answers\":{\"dbs-1\":\"talvez\"}}");
        assertEquals(bad.toString(), 400, bad.status());
        assertEquals(List.of("answers.dbs-1"), bad.problemFields());
        Answer early = postJson(link + "/submit", null, "");
        assertEquals(early.toString(), 400, early.status());
        // 24 questions, of which the optional ones are not asked for
        assertTrue(early.toString(), early.problemFields().size() >= 20 && early.problemFields().contains("answers.dbs-1"));

        ObjectNode body = JSON.createObjectNode();
        body.set("answers", answers(general));
        assertEquals(200, putJson(link + "/answers", null, body.toString()).status());
        assertEquals(24, get(link, null).json().path("answers").size());
        Answer result = postJson(link + "/submit", null, "");
        assertEquals(result.toString(), 200, result.status());
        assertEquals(6, result.json().path("dimensions").size());
        assertTrue(result.toString(), result.json().path("overall").asDouble() > 0);
        assertFalse(result.json().path("level").path("title").asText().isEmpty());

        Answer pdf = send("GET", link + "/result.pdf", null, null, null, null);
        assertEquals("application/pdf", pdf.contentType());
        Answer svg = get(link + "/result.svg", null);
        assertTrue(svg.contentType(), svg.contentType().startsWith("image/svg+xml"));
        assertTrue(svg.body(), svg.body().contains("Gestão de dados"));
        // the respondent's peers: a cohort is shown only from five directory companies
        JsonNode peers = get(link + "/peers", null).json();
        assertEquals(5, peers.path("cohorts").size());
        peers.path("cohorts").forEach(c -> assertTrue(c.toString(), c.path("withheld").asBoolean() || c.path("companies").asInt() >= 5));
    }

    @Test
    public void companiesAssessedOverSoapAreComparedFromFiveAndNeverBelow() throws Exception {
        TestUser staff = user("dia-ciebi-staff", Role.PARTNER_STAFF, "ciebi");
        TestUser other = user("dia-fib-staff", Role.PARTNER_STAFF, "fib");
        TestUser evaluator = user("dia-evaluator", Role.EVALUATOR, null);
        JsonNode general = get(BASE + "/questionnaires/general?lang=en", null).json();
        List<Long> companies = new ArrayList<>();
        // a sector of its own (NACE 90), so that the demo programme's companies do not join these five
        for (int i = 0; i < 5; i++) {
            Answer created = postJson("/api/v1/outreach/companies", staff, "{\"partner\":\"ciebi\",\"name\":\"Teatro " + i + " "
                    + System.nanoTime() + "\",\"country\":\"PT\",\"region\":\"PT16\",\"nace\":\"90.01\",\"size\":\"micro\"}");
            assertEquals(created.toString(), 201, created.status());
            companies.add(created.json().path("id").asLong());
        }
        StringBuilder answerXml = new StringBuilder();
        answers(general).fields().forEachRemaining(e -> answerXml.append("<answer><question>").append(e.getKey())
                .append("</question><value>").append(e.getValue().isArray() ? e.getValue().get(0).asText() : e.getValue().asText())
                .append("</value></answer>"));
        String call = "<d:submitAssessment xmlns:d=\"urn:cybersudoe:diagnostic:assessments:1\"><questionnaire>general</questionnaire>"
                + "<language>pt</language><companyId>%d</companyId>" + answerXml + "</d:submitAssessment>";
        Answer refused = soap("/soap/diagnostic/assessments", other, String.format(call, companies.get(0)));
        assertTrue(refused.toString(), refused.status() == 500 && refused.body().contains(">403<"));
        for (int i = 0; i < 4; i++) {
            Answer a = soap("/soap/diagnostic/assessments", staff, String.format(call, companies.get(i)));
            assertEquals(a.toString(), 200, a.status());
        }
        JsonNode four = get(BASE + "/companies/" + companies.get(0) + "/peers", evaluator).json();
        four.path("cohorts").forEach(c -> assertTrue(c.toString(), c.path("withheld").asBoolean() && c.path("companies").isNull()));
        // the fifth is sent twice with one Idempotency-Key, as a regional system retrying a lost answer would
        Map<String, String> key = Map.of("Idempotency-Key", "crm-" + System.nanoTime());
        Answer fifth = soap("/soap/diagnostic/assessments", staff, String.format(call, companies.get(4)), key);
        assertTrue(fifth.toString(), fifth.status() == 200 && fifth.body().contains("<overall>"));
        Answer retried = soap("/soap/diagnostic/assessments", staff, String.format(call, companies.get(4)), key);
        assertEquals("the retry is answered as the first call was", fifth.body(), retried.body());
        assertEquals("and was not submitted again", 1,
                get(BASE + "/companies/" + companies.get(4) + "/assessments", evaluator).json().size());
        JsonNode five = get(BASE + "/companies/" + companies.get(0) + "/peers", evaluator).json();
        JsonNode sector = null;
        for (JsonNode c : five.path("cohorts")) {
            if (c.path("kind").asText().equals("sector")) {
                sector = c;
            }
        }
        assertEquals(five.toString(), 5, sector.path("companies").asInt());
        // five equal scores: every one is at the 50th percentile of its sector
        assertEquals(50.0, sector.path("percentiles").get(0).path("percentile").asDouble(), 0.0);
        assertEquals(1, get(BASE + "/companies/" + companies.get(0) + "/assessments", evaluator).json().size());

        ShellResult listed = shell(staff, "diagnostic:questionnaire-list");
        assertTrue(listed.toString(), listed.text().contains("general") && listed.text().contains("is-security"));
        assertTrue(shell(staff, "diagnostic:export x.csv").failed());
        Path csv = karafExchange().resolve("diagnostic-export.csv");
        Files.deleteIfExists(csv);
        ShellResult exported = shell(admin(), "diagnostic:export diagnostic-export.csv");
        assertTrue(exported.toString(), exported.text().contains("written to " + csv));
        ShellResult again = shell(admin(), "diagnostic:export diagnostic-export.csv");
        assertTrue("an existing file is not written over unasked: " + again, again.failed() && again.text().contains("--replace"));
        assertTrue(shell(admin(), "diagnostic:export --replace diagnostic-export.csv").text().contains("written to"));
        ShellResult overByEvaluator = shell(evaluator, "diagnostic:export --replace diagnostic-export.csv");
        assertTrue("an evaluator adds files to the shared folder but does not write over them: " + overByEvaluator,
                overByEvaluator.failed() && overByEvaluator.text().contains("403 exchange.replace"));
        Path outside = karafEtc().resolve("diagnostic-export.csv");
        ShellResult elsewhere = shell(admin(), "diagnostic:export " + outside);
        assertTrue("only the exchange folder is written: " + elsewhere, elsewhere.failed() && elsewhere.text().contains("file: "));
        assertFalse(Files.exists(outside));
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text, text.startsWith("questionnaire,version,submitted_month,country,region,sector,size"));
        // no column names a company (a bare "id," search also matched scores and sectors such as "90,")
        String header = text.lines().findFirst().orElse("");
        assertFalse(text, header.contains("company") || header.contains("assessment") || header.contains("partner"));
    }
}
