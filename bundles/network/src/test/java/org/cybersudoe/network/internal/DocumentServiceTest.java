package org.cybersudoe.network.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.cybersudoe.core.digest.Sha256;
import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.error.FieldError;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.network.DocumentContent;
import org.cybersudoe.network.DocumentInfo;
import org.cybersudoe.network.DocumentVersion;
import org.cybersudoe.network.FileUpload;
import org.cybersudoe.network.FolderType;
import org.cybersudoe.network.NewDocument;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

public class DocumentServiceTest {

    private static TestDatabase database;
    private static DocumentServiceImpl documents;

    @BeforeClass
    public static void open() {
        database = TestDatabase.fresh("documents");
        StructureServiceImpl structures = new StructureServiceImpl(database.db);
        structures.create(Callers.ADMIN, Fixtures.structure("cybermassif", "FR", "FR72"));
        structures.create(Callers.ADMIN, Fixtures.structure("fib", "ES", "ES42"));
        Fixtures.committee(database.db, "technical", "Technical committee");
        documents = new DocumentServiceImpl(database.db, TestDatabase.config(15, 64));
    }

    @AfterClass
    public static void close() {
        database.close();
    }

    private static FileUpload file(String name, String text) {
        return new FileUpload(name, "text/plain; charset=UTF-8", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    public void versionsKeepEveryContentWithItsChecksum() {
        DocumentInfo doc = documents.upload(Callers.FIB_STAFF, new NewDocument(FolderType.COMMITTEE, "technical",
                "Terms of reference", null, file("C:\\docs\\terms.txt", "version one")));
        assertEquals("fib", doc.ownerPartner());
        assertEquals("terms.txt", doc.latest().fileName());
        assertEquals("a checksum is 64 hex digits", 64, doc.latest().sha256().length());
        assertEquals(Sha256.hex("version one".getBytes(StandardCharsets.UTF_8)), doc.latest().sha256());

        DocumentVersion v2 = documents.addVersion(Callers.FIB_ADMIN, doc.id(), file("terms-v2.txt", "version two"));
        assertEquals(2, v2.version());

        List<DocumentVersion> versions = documents.versions(Callers.EVALUATOR, doc.id());
        assertEquals(List.of(1, 2), versions.stream().map(DocumentVersion::version).toList());
        DocumentContent first = documents.download(Callers.EVALUATOR, doc.id(), 1);
        assertArrayEquals("version one".getBytes(StandardCharsets.UTF_8), first.content());
        assertEquals("text/plain; charset=UTF-8", first.version().contentType());
        DocumentContent latest = documents.download(Callers.EVALUATOR, doc.id(), 0);
        assertEquals("terms-v2.txt", latest.version().fileName());
        assertEquals(Sha256.hex(latest.content()), latest.version().sha256());
        assertEquals(2, documents.get(Callers.EVALUATOR, doc.id()).latestVersion());
        assertEquals(List.of(2), documents.list(Callers.EVALUATOR, FolderType.COMMITTEE, "technical", PageRequest.first())
                .items().stream().filter(d -> d.id() == doc.id()).map(DocumentInfo::latestVersion).toList());
        NotFoundException missing = assertThrows(NotFoundException.class, () -> documents.download(Callers.EVALUATOR, doc.id(), 3));
        assertEquals("No version of document " + doc.id() + " '3'.", missing.getMessage());
        assertEquals("Le document " + doc.id() + " n’a pas de version « 3 ».", missing.detail(Language.FR));
    }

    @Test
    public void onlyTheOwnerPartnerAddsVersions() {
        DocumentInfo doc = documents.upload(Callers.CYBERMASSIF_STAFF, new NewDocument(FolderType.COMMITTEE, "technical",
                "Work plan", null, file("plan.txt", "plan")));
        Map<String, Long> before = database.counts();
        assertThrows(AccessDeniedException.class, () -> documents.addVersion(Callers.FIB_STAFF, doc.id(), file("x.txt", "x")));
        assertThrows(AccessDeniedException.class, () -> documents.addVersion(Callers.EVALUATOR, doc.id(), file("x.txt", "x")));
        assertThrows(AccessDeniedException.class, () -> documents.upload(Callers.FIB_STAFF, new NewDocument(
                FolderType.COMMITTEE, "technical", "On behalf of another", "cybermassif", file("y.txt", "y"))));
        assertEquals(before, database.counts());
        assertEquals(2, documents.addVersion(Callers.ADMIN, doc.id(), file("plan2.txt", "plan 2")).version());
    }

    @Test
    public void tooLargeOrEmptyOrMisfiledUploadsAreRefusedWholly() {
        Map<String, Long> before = database.counts();
        ValidationException large = assertThrows(ValidationException.class, () -> documents.upload(Callers.FIB_STAFF,
                new NewDocument(FolderType.COMMITTEE, "technical", "Big", null, file("big.txt", "x".repeat(65)))));
        assertEquals("too-large", large.fieldErrors().get(0).code());
        ValidationException bad = assertThrows(ValidationException.class, () -> documents.upload(Callers.FIB_STAFF,
                new NewDocument(FolderType.WORK_PACKAGE, "GT9", " ", null, new FileUpload("", "not a type", new byte[0]))));
        List<String> fields = bad.fieldErrors().stream().map(FieldError::field).toList();
        assertEquals(List.of("title", "fileName", "contentType", "content"), fields);
        ValidationException unknownFolder = assertThrows(ValidationException.class, () -> documents.upload(
                Callers.FIB_STAFF, new NewDocument(FolderType.WORK_PACKAGE, "GT9", "Notes", null, file("n.txt", "n"))));
        assertEquals("folderCode", unknownFolder.fieldErrors().get(0).field());
        assertEquals("no work-package 'GT9'", unknownFolder.fieldErrors().get(0).detail());
        assertEquals("não existe nenhum grupo de tarefas «GT9»",
                unknownFolder.fieldErrors().get(0).text().resolve(Language.PT).orElseThrow());
        assertEquals(before, database.counts());

        documents.modified(TestDatabase.config(15, 1024));
        try {
            documents.upload(Callers.FIB_STAFF, new NewDocument(FolderType.COMMITTEE, "technical", "Big", null,
                    file("big.txt", "x".repeat(65))));
        } finally {
            documents.modified(TestDatabase.config(15, 64));
        }
    }
}
