package org.cybersudoe.outreach.internal.importing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.network.StructureService;
import org.cybersudoe.outreach.DirectoryRow;
import org.cybersudoe.outreach.ImportProgress;
import org.cybersudoe.outreach.ImportReport;
import org.cybersudoe.outreach.ImportService;
import org.cybersudoe.outreach.ImportStatus;
import org.cybersudoe.outreach.RowError;
import org.cybersudoe.outreach.internal.OutreachConfig;
import org.cybersudoe.outreach.internal.OutreachDatabase;
import org.cybersudoe.outreach.internal.OutreachTexts;
import org.cybersudoe.outreach.internal.jpa.ImportEntity;
import org.cybersudoe.outreach.internal.jpa.ImportErrorEntity;
import org.cybersudoe.persistence.AreaDatabase;
import org.cybersudoe.persistence.Jpql;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports in batches: each batch's rows, the import's counts and its errors commit together, so
 * the import record always tells what is in the directory, and a crash loses at most the batch in
 * flight. Matching makes imports idempotent, so running a failed import again completes it.
 */
@Component(service = ImportService.class, configurationPid = OutreachConfig.PID)
@Designate(ocd = OutreachConfig.class)
public class ImportServiceImpl implements ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ImportServiceImpl.class);
    private static final Map<String, String> SORT = Map.of("id", "i.id", "partner", "i.partner", "startedAt", "i.startedAt",
            "status", "i.status");

    private final OutreachDatabase db;
    private final DataSource dataSource;
    private final StructureService structures;
    private volatile int maxRows;
    private volatile int batchSize;

    @Activate
    public ImportServiceImpl(@Reference OutreachDatabase db,
            @Reference(target = "(osgi.jndi.service.name=cybersudoe)") DataSource dataSource, @Reference StructureService structures,
            OutreachConfig config) {
        this.db = db;
        this.dataSource = dataSource;
        this.structures = structures;
        modified(config);
    }

    @Modified
    void modified(OutreachConfig config) {
        this.maxRows = config.maxImportRows();
        this.batchSize = config.importBatchSize();
    }

    @Override
    public ImportReport importCsv(Caller caller, String partner, Path file, String sourceName, ImportProgress progress) {
        checkPartner(caller, partner);
        CsvFile csv = CsvFile.open(file, maxRows);
        Columns columns = Columns.of(csv.header());
        LOG.info("Importing {} rows of {} ({}) into the directory of {} for {}", csv.rowCount(), sourceName, csv.describe(),
                partner, caller.login());
        int width = csv.header().size();
        try (CsvFile.Rows rows = csv.rows()) {
            Iterator<Incoming> directoryRows = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Incoming next() {
                    CsvFile.Row row = rows.next();
                    return new Incoming(toDirectoryRow(columns, row), row.cells().size(), width);
                }
            };
            return run(caller, partner, source(sourceName), columns, directoryRows, csv.rowCount(), progress);
        }
    }

    @Override
    public ImportReport upsert(Caller caller, String partner, String sourceName, List<DirectoryRow> rows) {
        checkPartner(caller, partner);
        if (rows == null || rows.isEmpty()) {
            throw new ValidationException("rows", "required", OutreachTexts.MESSAGES.text("error.field.rows-none"));
        }
        if (rows.size() > maxRows) {
            throw new ValidationException("rows", "too-many-rows", OutreachTexts.MESSAGES.text("error.field.rows-too-many", maxRows));
        }
        return run(caller, partner, source(sourceName), Columns.canonical(),
                rows.stream().map(r -> new Incoming(r, 0, 0)).iterator(), rows.size(), ImportProgress.NONE);
    }

    /** A row as read, with its number of cells and the header's when it comes from a file (0 for a batch sent by a system). */
    private record Incoming(DirectoryRow row, int cells, int headerCells) {
    }

    private ImportReport run(Caller caller, String partner, String source, Columns columns, Iterator<Incoming> rows,
            int total, ImportProgress progress) {
        RowChecker checker = new RowChecker(columns);
        LocalDateTime started = now();
        long id = db.tx(em -> {
            ImportEntity e = new ImportEntity();
            e.partner = partner;
            e.source = source;
            e.importedBy = caller.login();
            e.startedAt = started;
            e.status = ImportStatus.RUNNING.code();
            em.persist(e);
            em.flush();
            return e.id;
        });
        // an address repeated within the same import: the first row wins, the others are reported
        Map<String, Integer> firstLineOfEmail = new HashMap<>();
        int done = 0;
        try {
            List<CheckedRow> batch = new ArrayList<>(batchSize);
            List<RowError> batchErrors = new ArrayList<>();
            int batchRows = 0;
            while (rows.hasNext()) {
                Incoming incoming = rows.next();
                DirectoryRow row = incoming.row();
                batchRows++;
                // a cell more than the header means a separator too many somewhere in the row: its cells are likely
                // shifted, so none of them is trusted, even those that would pass their own checks
                RowChecker.Result result = incoming.cells() > incoming.headerCells() && incoming.headerCells() > 0
                        ? new RowChecker.Result(null, List.of(checker.error(row.line(), "row", "extra-cells",
                                OutreachTexts.MESSAGES.text("error.field.row.extra-cells", incoming.cells(), incoming.headerCells()))))
                        : checker.check(row);
                if (result.row() == null) {
                    batchErrors.addAll(result.errors());
                } else {
                    String key = result.row().emailKey();
                    Integer first = key == null ? null : firstLineOfEmail.putIfAbsent(key, row.line());
                    if (first != null) {
                        batchErrors.add(checker.error(row.line(), "email", "duplicate",
                                OutreachTexts.MESSAGES.text("error.field.row.duplicate", first)));
                    } else {
                        batch.add(result.row());
                    }
                }
                if (batchRows >= batchSize) {
                    commit(id, partner, source, columns, batch, batchErrors, batchRows);
                    done += batchRows;
                    progress.progress(done, total);
                    batch.clear();
                    batchErrors.clear();
                    batchRows = 0;
                }
            }
            if (batchRows > 0) {
                commit(id, partner, source, columns, batch, batchErrors, batchRows);
                done += batchRows;
                progress.progress(done, total);
            }
            db.tx(em -> {
                ImportEntity e = em.find(ImportEntity.class, id);
                e.status = ImportStatus.DONE.code();
                e.finishedAt = now();
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("Import {} of {} into {} stopped after {} rows: {}", id, source, partner, done, e.toString());
            try {
                db.tx(em -> {
                    ImportEntity entity = em.find(ImportEntity.class, id);
                    entity.status = ImportStatus.FAILED.code();
                    entity.finishedAt = now();
                    return null;
                });
            } catch (RuntimeException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
        LOG.info("Import {} of {} into {} done", id, source, partner);
        return get(caller, id, PageRequest.of(0, PageRequest.MAX_LIMIT, null, List.of()));
    }

    /** One batch, its counts and its errors, in one JDBC transaction. */
    private void commit(long id, String partner, String source, Columns columns, List<CheckedRow> batch,
            List<RowError> checkErrors, int rowsRead) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                BatchWriter.Outcome outcome = new BatchWriter(c, partner, source, now(),
                        e -> new RowError(e.line(), columns.header(e.field()), e.code(), e.detail(), e.text())).write(batch);
                List<RowError> errors = new ArrayList<>(checkErrors);
                errors.addAll(outcome.errors());
                int seq;
                try (PreparedStatement s = c.prepareStatement("SELECT errors FROM out_import WHERE id = ?")) {
                    s.setLong(1, id);
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        seq = r.getInt(1);
                    }
                }
                try (PreparedStatement s = c.prepareStatement("UPDATE out_import SET rows_read = rows_read + ?, "
                        + "companies_created = companies_created + ?, companies_updated = companies_updated + ?, "
                        + "contacts_created = contacts_created + ?, contacts_updated = contacts_updated + ?, "
                        + "rows_unchanged = rows_unchanged + ?, rows_rejected = rows_rejected + ?, errors = errors + ? WHERE id = ?")) {
                    s.setInt(1, rowsRead);
                    s.setInt(2, outcome.companiesCreated());
                    s.setInt(3, outcome.companiesUpdated());
                    s.setInt(4, outcome.contactsCreated());
                    s.setInt(5, outcome.contactsUpdated());
                    s.setInt(6, outcome.unchanged());
                    s.setInt(7, (int) errors.stream().mapToInt(RowError::line).distinct().count());
                    s.setInt(8, errors.size());
                    s.setLong(9, id);
                    s.executeUpdate();
                }
                if (!errors.isEmpty()) {
                    try (PreparedStatement s = c.prepareStatement("INSERT INTO out_import_error (import_id, line_number, seq, field, "
                            + "code, detail, detail_fr, detail_es, detail_pt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                        for (RowError error : errors) {
                            s.setLong(1, id);
                            s.setInt(2, error.line());
                            s.setInt(3, seq++);
                            s.setString(4, cut(error.field(), 60));
                            s.setString(5, error.code());
                            s.setString(6, cut(error.detail(), 500));
                            s.setString(7, translated(error, Language.FR));
                            s.setString(8, translated(error, Language.ES));
                            s.setString(9, translated(error, Language.PT));
                            s.addBatch();
                        }
                        s.executeBatch();
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw AreaDatabase.translate(new IllegalStateException("the import's batch could not be written: " + e.getMessage(), e));
        }
    }

    @Override
    public Page<ImportReport> imports(Caller caller, String partner, PageRequest page) {
        caller.requireNetworkRead();
        return db.tx(em -> new Jpql("ImportEntity", "i").where("i.partner = :p", "p", partner)
                .page(em, ImportEntity.class, page, SORT, "i.id DESC").map(i -> report(i, List.of())));
    }

    @Override
    public ImportReport get(Caller caller, long id, PageRequest errors) {
        caller.requireNetworkRead();
        return db.tx(em -> {
            ImportEntity i = em.find(ImportEntity.class, id);
            if (i == null) {
                throw new NotFoundException(OutreachTexts.MESSAGES.text("error.not-found.import", id));
            }
            List<RowError> page = em.createQuery("SELECT e FROM ImportErrorEntity e WHERE e.importId = :id ORDER BY e.line, e.seq",
                    ImportErrorEntity.class).setParameter("id", id).setFirstResult(errors.offset()).setMaxResults(errors.limit())
                    .getResultList().stream().map(e -> new RowError(e.line, e.field, e.code, e.detail,
                            LocalizedText.of(e.detailFr, e.detailEs, e.detailPt, e.detail))).toList();
            return report(i, page);
        });
    }

    private void checkPartner(Caller caller, String partner) {
        if (partner == null || partner.isBlank()) {
            throw new ValidationException("partner", "required", OutreachTexts.MESSAGES.text("error.field.import-partner"));
        }
        caller.requireNetworkRead();
        structures.get(caller, partner);
        caller.requireChange(partner);
    }

    private static ImportReport report(ImportEntity i, List<RowError> errors) {
        return new ImportReport(i.id, i.partner, i.source, i.importedBy, i.startedAt.toInstant(ZoneOffset.UTC),
                i.finishedAt == null ? null : i.finishedAt.toInstant(ZoneOffset.UTC),
                ImportStatus.fromCode(i.status).orElse(ImportStatus.FAILED), i.rows, i.companiesCreated, i.companiesUpdated,
                i.contactsCreated, i.contactsUpdated, i.unchanged, i.rejected, errors);
    }

    private static DirectoryRow toDirectoryRow(Columns c, CsvFile.Row row) {
        List<String> cells = row.cells();
        return new DirectoryRow(row.line(), c.cell(cells, "company_name"), c.cell(cells, "national_id"), c.cell(cells, "country"),
                c.cell(cells, "region"), c.cell(cells, "nace"), c.cell(cells, "size"), c.cell(cells, "founded"),
                c.cell(cells, "founded_by_woman"), c.cell(cells, "website"), c.cell(cells, "contact_name"), c.cell(cells, "email"),
                c.cell(cells, "language"), c.cell(cells, "consent_basis"), c.cell(cells, "consent_date"),
                c.cell(cells, "consent_source"));
    }

    private static String source(String name) {
        String s = name == null || name.isBlank() ? "import" : name.strip();
        return cut(s, 300);
    }

    /** The reason in {@code language} when the error was worded in every language, else null (English only). */
    private static String translated(RowError error, Language language) {
        return error.text() == null ? null : cut(error.detail(language), 500);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
