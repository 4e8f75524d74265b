package org.cybersudoe.diagnostic.internal.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.cybersudoe.core.shell.ConsoleSessions;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.shell.AreaCommand;
import org.cybersudoe.diagnostic.internal.Diagnostics;
import org.cybersudoe.engagement.internal.Area;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** The diagnostic console speaks the operator's language and keeps its English otherwise. */
public class ConsoleTest {


    private Diagnostics d;

    @Before
    public void open() {
        d = Diagnostics.fresh("console");
        d.offer("sample-v1");
    }

    @After
    public void close() {
        d.close();
    }

    /** Runs {@code command} as if in a console session whose LANG is {@code locale}. */
    private static void inLanguage(AreaCommand command, String locale) throws Exception {
        ConsoleSessions.speaking(command, locale);
    }

    private static String printed(Consumer<PrintStream> run) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        run.accept(new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void theQuestionnairesAndTheFilesRefusedAreListedInTheConsolesLanguage() throws Exception {
        d.registry.refused("test:broken", LocalizedText.of("formatVersion: doit valoir 1", "formatVersion: debe ser 1",
                "formatVersion: deve ser 1", "formatVersion: must be 1"));
        d.registry.refused("test:odd", "java.lang.IllegalStateException: odd");
        QuestionnaireListCommand list = new QuestionnaireListCommand();
        list.registry = d.registry;
        String english = printed(out -> list.run(Diagnostics.caller(), out));
        assertTrue(english, english.startsWith("Code   | Version | Theme"));
        assertTrue(english, english.contains("| Sample |"));
        assertTrue(english, english.endsWith("refused:\n  test:broken: formatVersion: must be 1\n  test:odd: java.lang.IllegalStateException: odd\n"));
        inLanguage(list, "fr_FR.UTF-8");
        String french = printed(out -> list.run(Diagnostics.caller(), out));
        assertTrue(french, french.startsWith("Code   | Version | Thème"));
        assertTrue(french, french.contains("| Exemple |") && french.contains("| Provenance"));
        assertTrue(french, french.endsWith("refusés :\n  test:broken: formatVersion: doit valoir 1\n  test:odd: java.lang.IllegalStateException: odd\n"));
        assertEquals("a leitura requer um papel na plataforma; o recálculo requer admin; a exportação requer admin, partner-admin ou evaluator",
                inPortuguese(list).refusalHint("admin").orElseThrow());
    }

    private static QuestionnaireListCommand inPortuguese(QuestionnaireListCommand command) throws Exception {
        inLanguage(command, "pt_PT.UTF-8");
        return command;
    }

    @Test
    public void theExportSaysWhatItWroteInTheConsolesLanguage() throws Exception {
        ExportCommand export = new ExportCommand();
        export.peers = d.peers;
        export.questionnaire = "sample";
        Path file = ConsoleSessions.exchangeFolder().toRealPath().resolve("export.csv");
        Files.deleteIfExists(file);
        export.file = "export.csv";
        assertEquals("0 assessment(s) of 'sample' written to " + file + "\n", printed(out -> export.run(Area.ADMIN, out)));
        inLanguage(export, "es_ES.UTF-8");
        ValidationException again = assertThrows(ValidationException.class, () -> printed(out -> export.run(Area.ADMIN, out)));
        assertEquals("not written over unasked", "exists", again.fieldErrors().get(0).code());
        export.replace = true;
        assertEquals("0 evaluación(es) del cuestionario «sample» escrita(s) en " + file + "\n", printed(out -> export.run(Area.ADMIN, out)));
    }
}
