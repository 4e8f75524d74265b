package org.cybersudoe.diagnostic.internal.model;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.diagnostic.Questionnaire;
import org.cybersudoe.diagnostic.internal.Diagnostics;
import org.junit.Test;

/** The questionnaires the platform ships, read by the same parser the server uses; and what it refuses. */
public class QuestionnaireFilesTest {

    private final QuestionnaireParser parser = new QuestionnaireParser();

    @Test
    public void theGeneralQuestionnaireHasTheSixDmaDimensions() throws IOException {
        Questionnaire q = parser.parse(Files.readAllBytes(Path.of(Diagnostics.GENERAL_FILE))).questionnaire();
        assertEquals("general", q.code());
        assertEquals(List.of("digital-business-strategy", "digital-readiness", "human-centric-digitalisation", "data-management",
                "automation-ai", "green-digitalisation"), q.dimensions().stream().map(d -> d.code()).toList());
    }

    @Test
    public void everyThemeBundleShipsAShortQuestionnaireForItsTheme() throws IOException {
        List<Path> themes;
        try (Stream<Path> dirs = Files.list(Path.of("../themes"))) {
            themes = dirs.filter(d -> Files.exists(d.resolve("pom.xml"))).sorted().toList();
        }
        assertEquals(10, themes.size());
        for (Path theme : themes) {
            String code = theme.getFileName().toString();
            Path file = theme.resolve("src/main/resources/META-INF/cybersudoe/diagnostic/" + code + ".json");
            Questionnaire q = parser.parse(Files.readAllBytes(file)).questionnaire();
            assertEquals(code, q.code());
            assertEquals(code, q.theme());
            long questions = q.questions().count();
            assertTrue(code + ": " + questions + " questions", questions >= 10 && questions <= 25);
        }
    }

    @Test
    public void aBrokenFileIsRefusedWithEveryProblemNamed() {
        String broken = new String(Diagnostics.resource("sample-v1"), StandardCharsets.UTF_8)
                .replace("\"pt\": \"Exemplo\", ", "")
                .replace("{\"code\": \"p2\", \"type\": \"number\"", "{\"code\": \"t1\", \"type\": \"number\"")
                .replace("{\"from\": 0, \"score\": 0}, {\"from\": 10", "{\"from\": 5, \"score\": 0}, {\"from\": 10");
        var e = assertThrows(ValidationException.class, () -> parser.parse(broken.getBytes(StandardCharsets.UTF_8)));
        List<String> fields = e.fieldErrors().stream().map(f -> f.field()).toList();
        assertTrue(fields.toString(), fields.contains("title.pt"));
        assertTrue(fields.toString(), fields.contains("dimensions[1].questions[1].code"));
        assertTrue(fields.toString(), fields.contains("dimensions[1].questions[1].bands[0].from"));
    }
}
