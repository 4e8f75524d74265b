package org.cybersudoe.network.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.network.DocumentInfo;
import org.cybersudoe.network.FileUpload;
import org.cybersudoe.network.FolderType;
import org.cybersudoe.network.Meeting;
import org.cybersudoe.network.MeetingDraft;
import org.cybersudoe.network.MeetingKind;
import org.cybersudoe.network.MeetingQuery;
import org.cybersudoe.network.NewDocument;
import org.cybersudoe.network.Programme;
import org.cybersudoe.network.Structure;
import org.cybersudoe.network.internal.loader.ProgrammeLoader;
import org.junit.Test;
import org.cybersudoe.persistence.testing.SchemaChecks;
import org.cybersudoe.persistence.testing.ScratchPostgres;

/**
 * The same migrations and mappings on PostgreSQL, the production database: a private server
 * started for the test (see {@link ScratchPostgres}), or the scratch database given with
 * {@code -Dtest.postgres.url=jdbc:postgresql://127.0.0.1:5432/scratch?user=...}, which it empties.
 */
public class PostgresCompatibilityTest {

    @Test
    public void migrationsAndEveryMappingWorkOnPostgres() throws Exception {
        try (ScratchPostgres server = ScratchPostgres.start()) {
            runOn(server.emptyDatabase());
        }
    }

    private void runOn(DataSource ds) throws Exception {
        try (TestDatabase database = TestDatabase.on(ds)) {
            SchemaChecks.assertEveryEntityReads(database.emf);
            ProgrammeLoader loader = new ProgrammeLoader(database.db);
            for (int round = 0; round < 2; round++) {
                try (Stream<Path> files = Files.list(Path.of("target", "test-classes", "demo", "META-INF", "cybersudoe", "programme"))) {
                    for (Path f : files.sorted().toList()) {
                        URL u = f.toUri().toURL();
                        assertTrue(f.toString(), org.cybersudoe.network.internal.loader.ProgrammeExtenderAccess.load(loader, f.toString(), u));
                    }
                }
            }
            Map<String, Long> counts = database.counts();
            assertEquals(9L, (long) counts.get("net_structure"));
            assertEquals(30L, (long) counts.get("net_meeting"));

            StructureServiceImpl structures = new StructureServiceImpl(database.db);
            Structure fib = structures.get(Callers.EVALUATOR, "fib");
            assertEquals("2006", fib.nutsEdition());
            assertEquals(List.of("ES42"), fib.nutsRegions());

            Programme p = new ProgrammeServiceImpl(database.db).get(Callers.EVALUATOR, "cybersudoe");
            assertEquals(0, new BigDecimal("1641382").compareTo(p.budgetCheck().sumOfLines()));
            assertFalse(p.budgetCheck().consistent());

            MeetingServiceImpl meetings = new MeetingServiceImpl(database.db, TestDatabase.config(15, 1024));
            Meeting m = meetings.schedule(Callers.FIB_STAFF, new MeetingDraft("steering", MeetingKind.SEMINAR,
                    LocalizedText.of(Language.ES, "Reunión extra"), LocalDateTime.of(2011, 3, 10, 9, 30), "Europe/Madrid", null,
                    null, "Toledo", null, "ES", null, List.of("Uno")));
            meetings.setMinutes(Callers.FIB_STAFF, m.id(), m.version(), "Acta: " + "x".repeat(10_000));
            Meeting read = meetings.addDecision(Callers.FIB_STAFF, m.id(), "Decisión", LocalDate.of(2011, 3, 10));
            assertEquals(10_006, read.minutes().length());
            assertEquals(7, meetings.list(Callers.EVALUATOR, new MeetingQuery("steering", null, null, null),
                    PageRequest.first()).total());

            DocumentServiceImpl documents = new DocumentServiceImpl(database.db, TestDatabase.config(15, 1024));
            byte[] bytes = "contenido".getBytes(StandardCharsets.UTF_8);
            DocumentInfo d = documents.upload(Callers.FIB_STAFF, new NewDocument(FolderType.WORK_PACKAGE, "GT6", "Plan",
                    null, new FileUpload("plan.txt", "text/plain", bytes)));
            assertArrayEquals(bytes, documents.download(Callers.EVALUATOR, d.id(), 1).content());
        }
    }
}
