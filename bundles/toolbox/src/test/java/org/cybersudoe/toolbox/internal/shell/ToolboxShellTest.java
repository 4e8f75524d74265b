package org.cybersudoe.toolbox.internal.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.shell.ConsoleSessions;
import org.cybersudoe.toolbox.internal.Callers;
import org.cybersudoe.toolbox.internal.ResourceServiceImpl;
import org.cybersudoe.toolbox.internal.TestDatabase;
import org.cybersudoe.toolbox.internal.TrainingServiceImpl;
import org.cybersudoe.toolbox.internal.theme.ThemeParserAccess;
import org.cybersudoe.toolbox.internal.theme.ThemeRegistryImpl;
import org.cybersudoe.toolbox.internal.theme.Themes;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The toolbox's commands, fields set as Karaf would set them: English by default (a test runs
 * without a console session), another language with {@code --lang}.
 */
public class ToolboxShellTest {

    private static TestDatabase database;
    private static ThemeRegistryImpl registry;

    @BeforeClass
    public static void open() {
        database = TestDatabase.fresh("shell");
        registry = new ThemeRegistryImpl(database.db);
        assertTrue(registry.load(10, "org.cybersudoe.theme.tourism", "1.0.0", Themes.source("tourism")).isEmpty());
        // the same theme from another bundle is refused
        assertTrue(registry.load(12, "org.example.copy", "2.0.0", Themes.source("tourism")).isPresent());
    }

    @AfterClass
    public static void close() {
        database.close();
    }

    private static String printed(Consumer<PrintStream> command) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            command.accept(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static ThemeListCommand themeList(String lang) {
        ThemeListCommand command = new ThemeListCommand();
        command.themes = registry;
        command.lang = lang;
        return command;
    }

    private static ThemeValidateCommand themeValidate(String location, String lang) {
        ThemeValidateCommand command = new ThemeValidateCommand();
        command.themes = registry;
        command.settings = TestDatabase.settings();
        command.location = location;
        command.lang = lang;
        return command;
    }

    @Test
    public void theThemeListReadsInEnglishByDefault() {
        ThemeListCommand command = themeList(null);
        String out = printed(o -> command.run(Callers.EVALUATOR, o));
        assertTrue(out, out.contains("Code") && out.contains("Status") && out.contains("Tourism"));
        assertTrue(out, out.contains("\n1 available, 0 removed\n"));
        assertTrue(out, out.contains("\n1 theme bundle(s) refused:\n  org.example.copy 2.0.0 (bundle 12), theme 'tourism'\n    "));
    }

    @Test
    public void theThemeListReadsInTheLanguageAskedFor() {
        ThemeListCommand command = themeList("fr");
        String out = printed(o -> command.run(Callers.EVALUATOR, o));
        assertTrue(out, out.contains("Statut") && out.contains("Tourisme") && out.contains("disponible"));
        assertTrue(out, out.contains("\ndisponibles : 1, retirés : 0\n"));
        assertTrue(out, out.contains("\n1 bundle(s) de thème refusé(s) :\n  org.example.copy 2.0.0 (bundle n° 12), thème « tourism »\n"));
    }

    @Test
    public void aValidThemeJarIsSummedUp() throws Exception {
        Files.write(ConsoleSessions.exchangeFolder().resolve("shell-tourism.jar"), ThemeParserAccess.jar(Themes.root("tourism"), "org.cybersudoe.theme.tourism"));
        String out = printed(o -> themeValidate("shell-tourism.jar", null).run(Callers.EVALUATOR, o));
        assertTrue(out, out.startsWith("VALID shell-tourism.jar: theme 'tourism' (sector) Tourism\n  guide: "));
        assertTrue(out, out.contains(" section(s); video: https://") && out.contains(", subtitles [fr, es, pt, en]; questionnaire: "));
        String es = printed(o -> themeValidate("shell-tourism.jar", "es").run(Callers.EVALUATOR, o));
        assertTrue(es, es.startsWith("VÁLIDO shell-tourism.jar: tema «tourism» (sector) Turismo\n  guía: "));
    }

    @Test
    public void aFileThatIsNoThemeJarIsInvalid() throws IOException {
        Files.writeString(ConsoleSessions.exchangeFolder().resolve("not-a.jar"), "plain text");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RuntimeException invalid = assertThrows("an invalid jar fails the command, for scripts", RuntimeException.class,
                () -> themeValidate("not-a.jar", null).run(Callers.EVALUATOR, new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out, out.contains("CyberSudoe-Theme: header is missing"));
        assertTrue(invalid.getMessage(), invalid.getMessage().startsWith("INVALID not-a.jar: "));
        RuntimeException pt = assertThrows(RuntimeException.class,
                () -> themeValidate("not-a.jar", "pt").run(Callers.EVALUATOR, new PrintStream(new ByteArrayOutputStream())));
        assertTrue(pt.getMessage(), pt.getMessage().startsWith("INVÁLIDO not-a.jar: "));
    }

    @Test
    public void noFileOutsideTheExchangeFolderIsRead() throws IOException {
        ConsoleSessions.exchangeFolder();
        for (String location : List.of("../../pom.xml", Path.of("pom.xml").toAbsolutePath().toString(), "file:pom.xml", "http://127.0.0.1/x.jar")) {
            ValidationException e = assertThrows(location, ValidationException.class,
                    () -> printed(o -> themeValidate(location, null).run(Callers.EVALUATOR, o)));
            assertEquals(location, "file-or-url", e.fieldErrors().get(0).field());
        }
    }

    @Test
    public void anEmptyResourceListSaysSo() {
        ResourceListCommand command = new ResourceListCommand();
        command.resources = new ResourceServiceImpl(database.db, registry, TestDatabase.settings());
        command.theme = "no-such-theme";
        String out = printed(o -> command.run(Callers.EVALUATOR, o));
        assertTrue(out, out.endsWith("0 of 0 resource(s)\n"));
        command.lang = "fr";
        String fr = printed(o -> command.run(Callers.EVALUATOR, o));
        assertTrue(fr, fr.contains("Propriétaire") && fr.endsWith("0 sur 0 ressource(s)\n"));
    }

    @Test
    public void aLeadAddedTwiceFromTheConsoleIsRecordedOnce() {
        TrainingServiceImpl training = new TrainingServiceImpl(database.db, registry, TestDatabase.settings());
        LeadAddCommand add = new LeadAddCommand();
        add.training = training;
        add.partner = "leitat";
        add.name = "xb Console Lead";
        add.trainedOn = "2010-10-02";
        add.email = "xb.console@example.org";
        String first = printed(o -> add.run(Callers.LEITAT_STAFF, o));
        assertTrue(first, first.startsWith("Project lead ") && first.endsWith(" recorded: xb Console Lead (leitat), trained on 2010-10-02\n"));
        add.email = "XB.Console@example.org";
        add.lang = "es";
        String again = printed(o -> add.run(Callers.LEITAT_STAFF, o));
        assertTrue(again, again.endsWith(" ya estaba registrado: xb Console Lead (leitat), formado el 2010-10-02\n"));
        assertEquals(1, training.listLeads(Callers.EVALUATOR, "leitat", PageRequest.first()).total());

        LeadListCommand list = new LeadListCommand();
        list.training = training;
        String listed = printed(o -> list.run(Callers.EVALUATOR, o));
        assertTrue(listed, listed.contains("E-mail") && listed.contains("xb.console@example.org"));
    }

    @Test
    public void refusalsSayWhoMay() {
        assertEquals("only the lead partner's admins (role admin) may do this", themeList(null).refusalHint("admin").orElseThrow());
        assertTrue(themeList(null).refusalHint("other").isEmpty());
    }
}
