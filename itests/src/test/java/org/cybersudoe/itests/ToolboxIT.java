package org.cybersudoe.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.cybersudoe.core.security.Role;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * GT3's toolbox in the running server: the ten themes shipped as bundles, a partner's theme
 * jar (the example under {@code examples/theme-wine-tourism}) dropped into {@code deploy/}
 * and removed again, a malformed theme jar refused without disturbing the others, and the
 * toolbox's REST, SOAP and shell surfaces with their partner scope.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ToolboxIT extends CyberSudoeTestSupport {

    private static final Duration DEPLOY_TIMEOUT = Duration.ofSeconds(90);
    private static final List<String> SHIPPED = List.of("business-management", "e-hr", "is-security", "business-watch",
            "mobility", "construction", "tourism", "retail", "agri-food", "industry");

    @Test
    public void theTenThemesAreThereInFourLanguagesAndHealthWaitsForTheToolbox() {
        JsonNode health = awaitHealthy();
        assertTrue("the toolbox area reports up: " + health, health.path("areas").path("toolbox").path("up").asBoolean());
        TestUser evaluator = user("tbx-eval", Role.EVALUATOR, null);
        await("the shipped themes are available", () -> availableCodes(evaluator).containsAll(SHIPPED));
        Answer list = get("/api/v1/toolbox/themes", evaluator);
        int general = 0;
        for (JsonNode t : list.json()) {
            if (SHIPPED.contains(t.path("code").asText())) {
                general += t.path("kind").asText().equals("general") ? 1 : 0;
                for (String l : List.of("fr", "es", "pt", "en")) {
                    assertFalse(t + " has a name in " + l, t.path("name").path(l).asText().isBlank());
                }
            }
        }
        assertEquals("five general themes, the rest sector themes", 5, general);
        Answer content = get("/api/v1/toolbox/themes/is-security/content", evaluator);
        assertEquals(content.toString(), 200, content.status());
        assertEquals("Seguridad de los sistemas de información", content.json().path("theme").path("name").path("es").asText());
        assertTrue(content.json().path("video").path("subtitles").path("pt").asText().startsWith("WEBVTT"));
        assertTrue(content.json().path("questionnaire").get(0).path("options").size() >= 2);
        assertEquals("the toolbox needs a login", 401, get("/api/v1/toolbox/themes", null).status());
    }

    @Test
    public void aThemeJarDroppedIntoDeployAppearsAndRemovingItHidesItButKeepsItsRecords() throws IOException {
        awaitHealthy();
        TestUser staff = user("tbx-ciebi", Role.PARTNER_STAFF, "ciebi");
        TestUser otherStaff = user("tbx-fib", Role.PARTNER_STAFF, "fib");
        TestUser evaluator = user("tbx-eval", Role.EVALUATOR, null);
        assertFalse(availableCodes(staff).contains("wine-tourism"));

        Path deployed = karafBase().resolve("deploy").resolve("theme-wine-tourism.jar");
        Files.createDirectories(deployed.getParent());
        Files.copy(exampleThemeJar(), deployed, StandardCopyOption.REPLACE_EXISTING);
        long resourceId;
        try {
            await("the deployed theme is listed over REST", () -> availableCodes(staff).contains("wine-tourism"));
            awaitCommand("toolbox", "theme-list");
            ShellResult shell = shell(staff, "toolbox:theme-list --lang es");
            assertTrue("the shell lists it, in Spanish: " + shell.text(), shell.output().contains("Enoturismo"));
            await("Karaf lists the theme's feature as installed",
                    () -> shell(admin(), "feature:list -i").output().contains("cybersudoe-theme-wine-tourism"));

            Answer created = postJson("/api/v1/toolbox/resources", staff,
                    "{\"themeCode\":\"wine-tourism\",\"kind\":\"guide\",\"ownerPartner\":\"ciebi\",\"originalLanguage\":\"pt\"}");
            assertEquals(created.toString(), 201, created.status());
            resourceId = created.json().path("id").asLong();
            long version = created.json().path("version").asLong();
            Answer other = putJson("/api/v1/toolbox/resources/" + resourceId + "/languages/es", otherStaff,
                    "{\"title\":\"Guía\",\"location\":\"https://example.org/es\",\"status\":\"translated\",\"version\":" + version + "}");
            assertEquals("another partner's staff may not change it: " + other, 403, other.status());
            Answer pt = putJson("/api/v1/toolbox/resources/" + resourceId + "/languages/pt", staff,
                    "{\"title\":\"Guia do enoturismo\",\"location\":\"https://example.org/pt\",\"status\":\"validated\",\"version\":" + version + "}");
            assertEquals(pt.toString(), 200, pt.status());
            Answer report = send("GET", "/api/v1/toolbox/resources/translation-report?theme=wine-tourism", evaluator, null, null,
                    Map.of("Accept-Language", "fr"));
            assertEquals(report.toString(), 200, report.status());
            JsonNode guideGap = report.json().get(0).path("gaps").get(0);
            assertEquals("guide", guideGap.path("kind").asText());
            assertEquals("the guide is missing in French and Spanish only: " + report, "[\"fr\",\"es\"]",
                    guideGap.path("missing").toString());
            assertTrue("labelled in French: " + report, guideGap.path("summary").asText().startsWith("Guide méthodologique"));
        } finally {
            Files.deleteIfExists(deployed);
        }
        await("removing the jar hides the theme", () -> !availableCodes(staff).contains("wine-tourism"));
        await("and takes its feature out of Karaf's list",
                () -> !shell(admin(), "feature:list").output().contains("cybersudoe-theme-wine-tourism"));
        Answer removed = get("/api/v1/toolbox/themes/wine-tourism", evaluator);
        assertEquals(removed.toString(), 200, removed.status());
        assertFalse("the theme is still readable, marked unavailable", removed.json().path("available").asBoolean());
        Answer record = get("/api/v1/toolbox/resources/" + resourceId, evaluator);
        assertEquals("records of a removed theme stay readable: " + record, 200, record.status());
        assertEquals("wine-tourism", record.json().path("themeCode").asText());
        assertEquals(404, get("/api/v1/toolbox/themes/wine-tourism/content", evaluator).status());
    }

    @Test
    public void aMalformedThemeJarIsRefusedWithItsReasonsAndTheOthersStay() throws IOException {
        awaitHealthy();
        TestUser staff = user("tbx-ciebi", Role.PARTNER_STAFF, "ciebi");
        Path broken = karafExchange().resolve("theme-broken.jar");
        Files.write(broken, brokenJar());

        awaitCommand("toolbox", "theme-validate");
        ShellResult validation = shell(staff, "toolbox:theme-validate " + broken);
        assertTrue("validation names file and field: " + validation.text(), validation.output()
                .contains("questionnaire.json: questions[0].options[0].score: must be a number"));
        assertTrue(validation.text(), validation.output().contains("name.pt: is missing"));
        assertTrue("an invalid jar fails the command: " + validation.text(), validation.failed()
                && validation.error().getMessage().contains("INVALID"));
        awaitCommand("toolbox", "theme-validate");
        Files.copy(exampleThemeJar(), karafExchange().resolve("theme-wine-tourism.jar"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ShellResult good = shell(staff, "toolbox:theme-validate theme-wine-tourism.jar");
        assertTrue("the example is valid: " + good.text(), !good.failed() && good.output().contains("VALID")
                && !good.output().contains("INVALID"));

        Path deployed = karafBase().resolve("deploy").resolve("theme-broken.jar");
        Files.copy(broken, deployed, StandardCopyOption.REPLACE_EXISTING);
        try {
            await("the refusal is listed over REST", () -> get("/api/v1/toolbox/themes/refused", staff).body()
                    .contains("org.example.regional.theme.broken"));
            Answer refused = get("/api/v1/toolbox/themes/refused", staff);
            assertTrue(refused.toString(), refused.body().contains("questions[0].options[0].score"));
            ShellResult list = shell(staff, "toolbox:theme-list");
            assertTrue("the shell shows the refusal and its reason: " + list.text(),
                    list.output().contains("org.example.regional.theme.broken") && list.output().contains("name.pt: is missing"));
            assertTrue("the other themes are not disturbed", availableCodes(staff).containsAll(SHIPPED));
            assertFalse(availableCodes(staff).contains("broken-wine"));
            Answer health = get("/api/v1/health", null);
            assertEquals("the server stays healthy: " + health, 200, health.status());
        } finally {
            Files.deleteIfExists(deployed);
        }
        await("removing the refused jar clears its refusal", () -> !get("/api/v1/toolbox/themes/refused", staff).body()
                .contains("org.example.regional.theme.broken"));
    }

    @Test
    public void soapReadsResourcesAndTheShellAndRestKeepThePartnerScope() {
        awaitHealthy();
        TestUser company = user("tbx-company", Role.COMPANY, null);
        TestUser evaluator = user("tbx-eval", Role.EVALUATOR, null);
        TestUser staff = user("tbx-fib", Role.PARTNER_STAFF, "fib");
        await("the SOAP endpoint publishes its WSDL", () -> get("/soap/toolbox/resources?wsdl", null).status() == 200);
        Answer themes = soap("/soap/toolbox/resources", evaluator,
                "<t:listThemes xmlns:t=\"urn:cybersudoe:toolbox:resources:1\"><includeUnavailable>false</includeUnavailable></t:listThemes>");
        assertEquals(themes.toString(), 200, themes.status());
        assertTrue(themes.toString(), themes.body().contains("<code>tourism</code>"));
        assertEquals("companies do not read the toolbox's working data", 403, get("/api/v1/toolbox/resources", company).status());
        Answer evaluatorWrite = postJson("/api/v1/toolbox/resources", evaluator,
                "{\"themeCode\":\"tourism\",\"kind\":\"video\",\"ownerPartner\":\"fib\",\"originalLanguage\":\"es\"}");
        assertEquals("evaluators only read: " + evaluatorWrite, 403, evaluatorWrite.status());
        Answer lead = postJson("/api/v1/toolbox/training/project-leads", staff,
                "{\"partnerCode\":\"ciebi\",\"fullName\":\"Rui Costa\",\"trainedOn\":\"2010-03-10\"}");
        assertEquals("staff record leads of their own partner only: " + lead, 403, lead.status());
        awaitCommand("toolbox", "lead-list");
        assertTrue("the ACL keeps companies out of the toolbox commands", shell(company, "toolbox:theme-list").failed());
        ShellResult progress = shell(evaluator, "toolbox:translation-report --lang pt");
        assertFalse(progress.text(), progress.failed());
        assertTrue("progress in Portuguese: " + progress.text(), progress.output().contains("Guia metodológico:")
                && progress.output().contains("de 9 temas completos"));
    }

    // ---------------------------------------------------------------- helpers

    private List<String> availableCodes(TestUser user) {
        Answer a = get("/api/v1/toolbox/themes", user);
        List<String> codes = new ArrayList<>();
        if (a.status() == 200) {
            a.json().forEach(t -> codes.add(t.path("code").asText()));
        }
        return codes;
    }

    /** The jar the reactor built from examples/theme-wine-tourism, copied beside the example .kar by the itests pom. */
    private static Path exampleThemeJar() {
        String kar = System.getProperty(EXTENSION_KAR_PROPERTY, "");
        assertFalse("system property " + EXTENSION_KAR_PROPERTY + " is set", kar.isBlank());
        Path jar = Paths.get(kar).resolveSibling("theme-wine-tourism.jar");
        assertTrue("the example theme was built: " + jar + " (mvn install -pl examples/theme-wine-tourism)", Files.isRegularFile(jar));
        return jar;
    }

    /**
     * The example theme made malformed as partners get it wrong: another symbolic name and
     * code, a score written as text, and the Portuguese name left out.
     */
    private static byte[] brokenJar() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarInputStream in = new JarInputStream(Files.newInputStream(exampleThemeJar()))) {
            Manifest manifest = in.getManifest();
            manifest.getMainAttributes().putValue("Bundle-SymbolicName", "org.example.regional.theme.broken");
            try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
                for (JarEntry e = in.getNextJarEntry(); e != null; e = in.getNextJarEntry()) {
                    byte[] data = read(in);
                    String name = e.getName();
                    if (name.endsWith("theme.json")) {
                        data = edit(data, "\"wine-tourism\"", "\"broken-wine\"", "\"pt\" : \"Enoturismo\",", "");
                    } else if (name.endsWith("questionnaire.json")) {
                        data = edit(data, "\"score\" : 0", "\"score\" : \"none\"");
                    }
                    out.putNextEntry(new JarEntry(name));
                    out.write(data);
                    out.closeEntry();
                }
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] read(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    private static byte[] edit(byte[] data, String... fromTo) {
        String text = new String(data, StandardCharsets.UTF_8).replaceAll("\"\\s*:\\s*", "\" : ");
        for (int i = 0; i < fromTo.length; i += 2) {
            if (!text.contains(fromTo[i])) {
                fail("the example theme no longer has " + fromTo[i]);
            }
            text = text.replaceFirst(java.util.regex.Pattern.quote(fromTo[i]), java.util.regex.Matcher.quoteReplacement(fromTo[i + 1]));
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEPLOY_TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Not within " + DEPLOY_TIMEOUT.toSeconds() + " s: " + what);
            }
            sleep(500);
        }
    }
}
