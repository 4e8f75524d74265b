package org.cybersudoe.diagnostic.internal.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cybersudoe.diagnostic.DimensionScore;
import org.cybersudoe.diagnostic.Questionnaire;
import org.cybersudoe.diagnostic.internal.Diagnostics;
import org.junit.Test;

/**
 * Scores checked against results computed by hand (docs/questionnaire-format.md, "Scoring").
 * Questionnaire "sample": tools (weight 1) = t1 single max 3 (weight 2), t2 multiple capped at 4
 * (not relevant allowed), t3 scale 1..5 (optional); people (weight 3) = p1 yes/no (not relevant
 * allowed), p2 number with bands 0→0, 10→1, 50→4.
 */
public class ScoringTest {

    private final Questionnaire v1 = new QuestionnaireParser().parse(Diagnostics.resource("sample-v1")).questionnaire();
    private final Questionnaire v2 = new QuestionnaireParser().parse(Diagnostics.resource("sample-v2")).questionnaire();

    private static Map<String, String> answers(Map<String, Object> given, Questionnaire q) {
        return Answers.normalise(q, given);
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    public void everyTypeOfQuestionAddsItsShareToItsWeightedDimension() {
        // tools = 100 × (2×1/3 + 1×min(6,4)/4 + 1×(4−1)/4) / 4 = 60.41…; people = 100 × (1 + 1/4) / 2 = 62.5
        // overall = (1×60.416… + 3×62.5) / 4 = 61.979… → 62.0 (not the 61.9 that rounding the parts first would give)
        var s = Scoring.score(v1, answers(Map.of("t1", "monthly", "t2", List.of("crm", "erp", "shop"), "t3", 4, "p1", "yes", "p2", 30), v1));
        assertEquals(List.of(new DimensionScore("tools", d("60.4")), new DimensionScore("people", d("62.5"))), s.dimensions());
        assertEquals(d("62.0"), s.overall());
        assertEquals("mid", Scoring.level(v1, s.overall()).code());
    }

    @Test
    public void notRelevantAndOptionalUnansweredAreNeitherGapNorStrength() {
        // tools counts t1 only: 100 × 2×1 / 2 = 100.0 (were "not relevant" a gap: 66.7); people counts p2 only: 0.0
        var s = Scoring.score(v1, answers(Map.of("t1", "daily", "t2", "not-relevant", "p1", "not-relevant", "p2", 0), v1));
        assertEquals(List.of(new DimensionScore("tools", d("100.0")), new DimensionScore("people", d("0.0"))), s.dimensions());
        assertEquals(d("25.0"), s.overall());
        assertEquals("low", Scoring.level(v1, s.overall()).code());
    }

    @Test
    public void aDimensionWithNothingCountedHasNoScoreAndLeavesTheOverallToTheOthers() {
        var s = Scoring.score(v1, answers(Map.of("t1", "never", "t2", List.of("none"), "t3", 1, "p1", "not-relevant"), v1));
        assertEquals(d("0.0"), s.dimensions().get(0).score());
        assertNull(s.dimensions().get(1).score());
        assertEquals(d("0.0"), s.overall());
    }

    @Test
    public void bandsScaleAndPartialChoices() {
        // tools = 100 × (2/3 + 2/4 + 2/4) / 4 = 41.67; people = 100 × (0 + 4/4) / 2 = 50.0; overall = (41.67 + 150) / 4 = 47.9
        var s = Scoring.score(v1, answers(Map.of("t1", "monthly", "t2", List.of("crm"), "t3", 3, "p1", false, "p2", "50"), v1));
        assertEquals(d("41.7"), s.dimensions().get(0).score());
        assertEquals(d("50.0"), s.dimensions().get(1).score());
        assertEquals(d("47.9"), s.overall());
    }

    @Test
    public void aNewVersionWeighsTheSameAnswersDifferently() {
        // v2 gives t1 weight 1: tools = 100 × (1/3 + 1 + 3/4) / 3 = 69.4; overall = (69.44 + 187.5) / 4 = 64.2
        Map<String, Object> given = Map.of("t1", "monthly", "t2", List.of("crm", "erp", "shop"), "t3", 4, "p1", "yes", "p2", 30);
        assertEquals(d("62.0"), Scoring.score(v1, answers(given, v1)).overall());
        var s = Scoring.score(v2, answers(given, v2));
        assertEquals(d("69.4"), s.dimensions().get(0).score());
        assertEquals(d("64.2"), s.overall());
    }

    @Test
    public void badAnswersAreRefusedNamingEachQuestion() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("t9", "yes");
        bad.put("t1", "weekly");
        bad.put("t2", List.of("crm", "none"));
        bad.put("t3", 6);
        bad.put("p2", 100.5);
        bad.put("t3x", null);
        var e = org.junit.Assert.assertThrows(org.cybersudoe.core.error.ValidationException.class, () -> Answers.normalise(v1, bad));
        Map<String, String> byField = new HashMap<>();
        e.fieldErrors().forEach(f -> byField.put(f.field(), f.code() + ": " + f.detail()));
        assertEquals(byField.toString(), 6, byField.size());
        assertEquals("unknown-question", byField.get("answers.t9").split(":")[0]);
        org.junit.Assert.assertTrue(byField.get("answers.t1"), byField.get("answers.t1").contains("'weekly' is not an option"));
        org.junit.Assert.assertTrue(byField.get("answers.t2"), byField.get("answers.t2").contains("'none' can only be chosen alone"));
        org.junit.Assert.assertTrue(byField.get("answers.t3"), byField.get("answers.t3").contains("from 1 to 5"));
        org.junit.Assert.assertTrue(byField.get("answers.p2"), byField.get("answers.p2").contains("from 0 to 100"));
        org.junit.Assert.assertTrue(byField.containsKey("answers.t3x"));
    }

    @Test
    public void notRelevantOnlyWhereTheQuestionAllowsIt() {
        var e = org.junit.Assert.assertThrows(org.cybersudoe.core.error.ValidationException.class,
                () -> Answers.normalise(v1, Map.of("t1", "not-relevant")));
        assertEquals("answers.t1", e.fieldErrors().get(0).field());
    }

    @Test
    public void missingRequiredAnswersAreNamed() {
        var missing = Answers.missingRequired(v1, Map.of("t1", "daily"));
        // t3 is optional
        assertEquals(List.of("answers.t2", "answers.p1", "answers.p2"), missing.stream().map(f -> f.field()).toList());
    }
}
