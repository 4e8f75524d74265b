package org.cybersudoe.core.shell;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cybersudoe.core.error.FieldError;
import org.cybersudoe.core.error.ValidationException;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** A file argument of a console command reaches the exchange folder and nothing else. */
public class ExchangeFolderTest {

    @Rule
    public TemporaryFolder karaf = new TemporaryFolder();

    private ExchangeFolder exchange;
    private Path secret;

    @Before
    public void aServerWithASecretBesideTheExchangeFolder() throws IOException {
        Path base = karaf.getRoot().toPath();
        secret = Files.writeString(Files.createDirectories(base.resolve("etc")).resolve("users.properties"), "admin=hash");
        exchange = new ExchangeFolder(base.resolve("exchange"));
        Files.createDirectories(exchange.root());
    }

    @Test
    public void aNameIsReadInsideTheFolderAndSoIsAnAbsolutePathLeadingThere() throws IOException {
        Path sheet = Files.writeString(exchange.root().resolve("sheet.csv"), "email\n");
        assertEquals(sheet.toRealPath(), exchange.readable("--sheet", "sheet.csv"));
        assertEquals(sheet.toRealPath(), exchange.readable("--sheet", sheet.toString()));
    }

    @Test
    public void completionOffersTheFolderFilesAndNothingThatLeadsOutside() throws IOException {
        Files.writeString(exchange.root().resolve("b.csv"), "x");
        Files.writeString(Files.createDirectories(exchange.root().resolve("imports")).resolve("a.csv"), "x");
        Files.writeString(exchange.root().resolve(".partial-1.tmp"), "x");
        Files.createSymbolicLink(exchange.root().resolve("link.csv"), secret);
        assertEquals(List.of("b.csv", "imports/a.csv"), exchange.fileNames(10));
        assertEquals(List.of("b.csv"), exchange.fileNames(1));
    }

    @Test
    public void nothingOutsideTheFolderIsRead() throws IOException {
        Files.createSymbolicLink(exchange.root().resolve("link.csv"), secret);
        for (String name : List.of("../etc/users.properties", secret.toString(), "link.csv", ".", "")) {
            ValidationException e = assertThrows(name, ValidationException.class, () -> exchange.readable("file", name));
            FieldError error = e.fieldErrors().get(0);
            assertEquals("the argument is named", "file", error.field());
            assertEquals(name, "outside-exchange", error.code());
        }
    }

    @Test
    public void aMissingFileSaysWhereItWasLookedFor() {
        ValidationException e = assertThrows(ValidationException.class, () -> exchange.readable("file", "none.csv"));
        assertEquals("not-found", e.fieldErrors().get(0).code());
        String detail = e.fieldErrors().get(0).detail();
        assertTrue(detail, detail.contains("exchange/"));
        assertFalse("the server's installation path is not shown: " + detail, detail.contains(exchange.root().toString()));
    }

    @Test
    public void aWriteNeverReplacesAFileUnasked() throws IOException {
        Path written = exchange.write("file", "export.csv", false, out -> out.write("one".getBytes(StandardCharsets.UTF_8)));
        assertEquals("one", Files.readString(written));

        ValidationException e = assertThrows(ValidationException.class,
                () -> exchange.write("file", "export.csv", false, out -> out.write("two".getBytes(StandardCharsets.UTF_8))));
        assertEquals("exists", e.fieldErrors().get(0).code());
        assertTrue(e.fieldErrors().get(0).detail(), e.fieldErrors().get(0).detail().contains("--replace"));
        assertEquals("one", Files.readString(written));

        exchange.write("file", "export.csv", true, out -> out.write("two".getBytes(StandardCharsets.UTF_8)));
        assertEquals("two", Files.readString(written));
    }

    @Test
    public void aWriteOutsideTheFolderChangesNothing() throws IOException {
        byte[] before = Files.readAllBytes(secret);
        for (String name : List.of("../etc/users.properties", secret.toString(), "../deploy/x.xml")) {
            assertThrows(name, ValidationException.class, () -> exchange.write("file", name, true, out -> out.write(1)));
        }
        assertArrayEquals(before, Files.readAllBytes(secret));
        assertFalse(Files.exists(karaf.getRoot().toPath().resolve("deploy")));
    }

    @Test
    public void aWriteThatFailsLeavesNoHalfFile() throws IOException {
        assertThrows(IllegalStateException.class, () -> exchange.write("file", "report.pdf", false, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("the report cannot be made");
        }));
        try (var files = Files.list(exchange.root())) {
            assertEquals("no file, no leftover", 0, files.count());
        }
    }
}
