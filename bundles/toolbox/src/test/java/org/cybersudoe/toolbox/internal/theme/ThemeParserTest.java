package org.cybersudoe.toolbox.internal.theme;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.toolbox.ThemeProblem;
import org.junit.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

public class ThemeParserTest {

    static final List<String> SHIPPED = List.of("business-management", "e-hr", "is-security", "business-watch",
            "mobility", "construction", "tourism", "retail", "agri-food", "industry");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ThemeParser parser = new ThemeParser();

    @Test
    public void everyShippedThemeAndTheExampleAreValidInTheFourLanguages() {
        Set<String> general = new TreeSet<>();
        Set<String> sector = new TreeSet<>();
        for (String code : concat(SHIPPED, "wine-tourism")) {
            ThemeParser.Result r = parser.parse(Themes.source(code));
            assertTrue(code + ": " + r.problems(), r.valid());
            ParsedTheme t = r.theme();
            assertEquals(code, t.code());
            (t.kind().equals("general") ? general : sector).add(code);
            for (Language l : Language.values()) {
                assertTrue(code + " name in " + l, t.name().exact(l).isPresent());
                assertTrue(code + " description in " + l, t.description().exact(l).isPresent());
                assertTrue(code + " transcript in " + l, t.video().transcript().exact(l).isPresent());
                assertTrue(code + " subtitles in " + l, t.video().subtitles().get(l).startsWith("WEBVTT"));
                t.questionnaire().forEach(q -> assertTrue(code + " " + q.code() + " in " + l, q.text().exact(l).isPresent()));
            }
            assertFalse(code + " has a guide", t.guide().isEmpty());
            assertTrue(code + " questions have at least two answers", t.questionnaire().stream().allMatch(q -> q.options().size() >= 2));
        }
        assertEquals("the application's five general themes",
                Set.of("business-management", "e-hr", "is-security", "business-watch", "mobility"), general);
        assertEquals("five sector themes and the example's",
                Set.of("construction", "tourism", "retail", "agri-food", "industry", "wine-tourism"), sector);
    }

    @Test
    public void aMissingLanguageIsRefusedNamingFileAndField() {
        ThemeSource source = Themes.broken("tourism", "missing-pt", folder -> edit(folder, "theme.json",
                root -> ((ObjectNode) root.get("name")).remove("pt")));
        ThemeParser.Result r = parser.parse(source);
        assertProblem(r, "theme.json", "name.pt", "is missing");
        assertEquals("in the operator's language too", "theme.json: name.pt: manque : chaque texte est demandé en fr, es, pt et en",
                r.problems().get(0).in(Language.FR));
    }

    @Test
    public void aQuestionWithoutOptionsIsRefused() {
        ThemeSource source = Themes.broken("tourism", "no-options", folder -> edit(folder, "questionnaire.json",
                root -> ((ObjectNode) root.get("questions").get(1)).putArray("options")));
        assertProblem(parser.parse(source), "questionnaire.json", "questions[1].options", "must not be empty");
    }

    @Test
    public void aScoreThatIsNotANumberIsRefused() {
        ThemeSource source = Themes.broken("tourism", "text-score", folder -> edit(folder, "questionnaire.json",
                root -> ((ObjectNode) root.get("questions").get(0).get("options").get(2)).put("score", "two")));
        assertProblem(parser.parse(source), "questionnaire.json", "questions[0].options[2].score", "must be a number");
    }

    @Test
    public void everyProblemIsReportedInOneRound() {
        ThemeSource source = Themes.broken("retail", "many", folder -> {
            edit(folder, "theme.json", root -> ((ObjectNode) root).put("code", "Retail!").put("colour", "red"));
            edit(folder, "questionnaire.json", root -> ((ObjectNode) root.get("questions").get(2).get("options").get(0))
                    .put("score", 1.5));
            try {
                Files.delete(folder.resolve("subtitles/es.vtt"));
                Files.writeString(folder.resolve("guide.json"), "{\"sections\": [ {\"heading\": ");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        ThemeParser.Result r = parser.parse(source);
        assertFalse(r.valid());
        assertNull(r.theme());
        assertProblem(r, "theme.json", "code", "lower-case");
        assertProblem(r, "theme.json", "colour", "not a known field");
        assertProblem(r, "questionnaire.json", "questions[2].options[0].score", "whole number");
        assertProblem(r, "subtitles/es.vtt", "", "is missing");
        assertProblem(r, "guide.json", "", "not valid JSON");
    }

    @Test
    public void aBundleWithoutTheHeaderOrTheDescriptorIsRefused() {
        ThemeSource noHeader = ThemeSource.ofFolder(Themes.root("industry"), Map.of());
        assertProblem(parser.parse(noHeader), "META-INF/MANIFEST.MF", "CyberSudoe-Theme", "missing");
        ThemeSource wrongFolder = ThemeSource.ofFolder(Themes.root("industry"), Map.of(ThemeSource.HEADER, "META-INF/elsewhere/"));
        assertProblem(parser.parse(wrongFolder), "theme.json", "", "is missing");
    }

    @Test
    public void aJarIsReadWithItsManifestAndBounded() throws IOException {
        byte[] jar = jar(Themes.root("agri-food"), "org.example.agri");
        ThemeParser.Result r = parser.parse(ThemeSource.ofJar(new ByteArrayInputStream(jar), 1024 * 1024));
        assertTrue(r.problems().toString(), r.valid());
        assertEquals("agri-food", r.theme().code());
        try {
            ThemeSource.ofJar(new ByteArrayInputStream(jar), 1000);
            throw new AssertionError("a jar over the limit must not be read whole");
        } catch (IOException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("more than 1000 bytes"));
        }
    }

    static byte[] jar(Path root, String symbolicName) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().putValue("Bundle-SymbolicName", symbolicName);
        m.getMainAttributes().putValue(ThemeSource.HEADER, Themes.FOLDER);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, m)) {
            for (Map.Entry<String, byte[]> e : Themes.files(root).entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static void edit(Path folder, String file, Consumer<com.fasterxml.jackson.databind.JsonNode> change) {
        try {
            Path p = folder.resolve(file);
            var root = JSON.readTree(p.toFile());
            change.accept(root);
            JSON.writeValue(p.toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertProblem(ThemeParser.Result r, String file, String field, String text) {
        assertFalse("refused", r.valid());
        for (ThemeProblem p : r.problems()) {
            if (p.file().equals(file) && p.field().equals(field) && p.message().contains(text)) {
                return;
            }
        }
        throw new AssertionError("expected a problem " + file + ": " + field + ": ..." + text + "... among " + r.problems());
    }

    private static List<String> concat(List<String> list, String more) {
        return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(more)).toList();
    }

}
