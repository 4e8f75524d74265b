package org.cybersudoe.diagnostic.internal.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;
import java.util.Map;

import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.diagnostic.AssessmentRequest;
import org.cybersudoe.diagnostic.internal.Diagnostics;
import org.cybersudoe.engagement.internal.Area;
import org.junit.After;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** What a respondent's client reads back over REST is in the JSON types it sent. */
public class AnswersInJsonTest {

    private final Diagnostics d = Diagnostics.fresh("answers-json");
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @After
    public void close() {
        d.close();
    }

    @Test
    public void answersComeBackInTheTypesTheyWereSentIn() throws Exception {
        d.offer("sample-v1");
        var resource = new AssessmentResource(d.assessments, d.peers, d.registry);
        String token = d.assessments.start(Area.ANONYMOUS, new AssessmentRequest("sample", Language.PT, null, null)).token();
        JsonNode saved = json.readTree(json.writeValueAsString(resource.answers(token, new Bodies.AnswersBody(Map.of("t1", "monthly",
                "t2", List.of("shop", "crm"), "t3", 4, "p1", "yes", "p2", 37.5)))));
        JsonNode resumed = json.readTree(json.writeValueAsString(resource.get(token))).get("answers");
        assertEquals(saved.get("answers"), resumed);
        // a list of option codes, in the question's order; numbers as numbers
        assertEquals(json.readTree("[\"crm\",\"shop\"]"), resumed.get("t2"));
        assertEquals(json.readTree("4"), resumed.get("t3"));
        assertEquals(37.5, resumed.get("p2").doubleValue(), 0);
        assertEquals(true, resumed.get("p2").isNumber());
        assertEquals("monthly", resumed.get("t1").textValue());
        assertEquals("yes", resumed.get("p1").textValue());
        assertEquals(5, json.valueToTree(resource.get(token)).get("questions").intValue());
        // "not relevant" stays the text it was sent as, on a multiple choice too
        resource.answers(token, new Bodies.AnswersBody(Map.of("t2", "not-relevant")));
        assertEquals("not-relevant", json.valueToTree(resource.get(token)).get("answers").get("t2").textValue());
        // the comma-joined form is not a documented answer: refused naming the question, nothing saved
        var joined = assertThrows(ValidationException.class,
                () -> resource.answers(token, new Bodies.AnswersBody(Map.of("t2", "crm,shop", "t1", "daily"))));
        assertEquals(List.of("answers.t2"), joined.fieldErrors().stream().map(f -> f.field()).toList());
        assertEquals("monthly", json.valueToTree(resource.get(token)).get("answers").get("t1").textValue());
    }
}
