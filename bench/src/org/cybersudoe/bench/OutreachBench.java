package org.cybersudoe.bench;

import java.io.File;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.security.Role;
import org.cybersudoe.network.MembershipStatus;
import org.cybersudoe.network.StatusChange;
import org.cybersudoe.network.Structure;
import org.cybersudoe.network.StructureDraft;
import org.cybersudoe.network.StructureQuery;
import org.cybersudoe.network.StructureService;
import org.cybersudoe.outreach.Campaign;
import org.cybersudoe.outreach.CampaignStatus;
import org.cybersudoe.outreach.ImportProgress;
import org.cybersudoe.outreach.ImportReport;
import org.cybersudoe.outreach.IssueDraft;
import org.cybersudoe.outreach.IssueSection;
import org.cybersudoe.outreach.RenderedMessage;
import org.cybersudoe.outreach.internal.Area;
import org.cybersudoe.outreach.internal.OutreachConfig;
import org.cybersudoe.outreach.internal.Mail;
import org.cybersudoe.outreach.internal.OutreachDatabase;
import org.cybersudoe.outreach.internal.directory.DirectoryServiceImpl;
import org.cybersudoe.outreach.internal.importing.ImportServiceImpl;
import org.cybersudoe.outreach.internal.newsletter.CampaignServiceImpl;
import org.cybersudoe.outreach.internal.newsletter.Dispatcher;
import org.cybersudoe.outreach.internal.newsletter.MailConfig;
import org.cybersudoe.outreach.internal.newsletter.NewsletterServiceImpl;
import org.cybersudoe.persistence.testing.AreaUnit;

/**
 * GT4's two benchmarks, each against a ceiling measured in the same run on the same machine:
 * importing the synthetic directory (against Derby's own bulk import of the same rows into a
 * table of the same shape), and dispatching a newsletter to every contact over 4 SMTP
 * connections into Postfix's smtp-sink (against smtp-source feeding the same sink messages of
 * the same size, and, signed, against the JVM's own RSA-2048 signatures per second on every
 * core). Run it with the heap capped (bench/outreach passes -Xmx512m); it reports the heap's peak.
 */
public final class OutreachBench {

    private static final Caller ADMIN = new Caller("bench", EnumSet.of(Role.ADMIN), Optional.empty());

    private final Path work;
    private final int rows;
    private final List<String> lines = new ArrayList<>();
    private final AtomicLong heapPeak = new AtomicLong();

    private final boolean withSigned;

    private OutreachBench(Path work, int rows, boolean withSigned) {
        this.work = work;
        this.rows = rows;
        this.withSigned = withSigned;
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of("bench/target/outreach");
        int rows = 90_000;
        boolean signed = true;
        Path report = Path.of("docs/benchmarks.md");
        String command = "bench/outreach";
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--work" -> work = Path.of(args[i + 1]);
                case "--rows" -> rows = Integer.parseInt(args[i + 1]);
                case "--report" -> report = Path.of(args[i + 1]);
                case "--command" -> command = args[i + 1];
                case "--signed" -> signed = Boolean.parseBoolean(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        delete(work);
        Files.createDirectories(work);
        OutreachBench bench = new OutreachBench(work, rows, signed);
        bench.watchHeap();
        String section = bench.run(command);
        System.out.println(section);
        if (!report.toString().equals("-")) {
            Report.replaceSection(report, "outreach", section);
        }
        System.exit(0);
    }

    private String run(String command) throws Exception {
        long maxHeap = Runtime.getRuntime().maxMemory();
        log("Generating " + rows + " companies across the 9 partners ...");
        Path combined = work.resolve("directory.csv");
        Companies.write(combined, rows, 0);
        List<Path> perPartner = new ArrayList<>();
        for (Companies.Partner p : Companies.PARTNERS) {
            Path f = work.resolve(p.code() + ".csv");
            Companies.write(f, rows, 0, p);
            perPartner.add(f);
        }

        // ---- import
        double ceilingImport = derbyBulkImport(combined);
        log(String.format(Locale.ROOT, "Derby SYSCS_IMPORT_TABLE_BULK: %.0f rows/s", ceilingImport));
        EmbeddedDataSource ds = dataSource(work.resolve("derby-ours"));
        AreaUnit unit = AreaUnit.on(OutreachDatabase.AREA, ds, OutreachDatabase.class);
        OutreachDatabase db = new OutreachDatabase(unit.database());
        StructureService structures = structures();
        ImportServiceImpl imports = new ImportServiceImpl(db, ds, structures, outreachConfig());
        long started = System.nanoTime();
        int imported = 0;
        int rejected = 0;
        for (int i = 0; i < perPartner.size(); i++) {
            ImportReport r = imports.importCsv(ADMIN, Companies.PARTNERS.get(i).code(), perPartner.get(i),
                    perPartner.get(i).getFileName().toString(), ImportProgress.NONE);
            imported += r.contactsCreated();
            rejected += r.rejected();
        }
        double importSeconds = (System.nanoTime() - started) / 1e9;
        double oursImport = rows / importSeconds;
        log(String.format(Locale.ROOT, "Our import (validation, de-duplication, 9 partner files): %.0f rows/s, %d contacts, %d rejected",
                oursImport, imported, rejected));
        if (imported != rows || rejected != 0) {
            throw new IllegalStateException("the import did not take every row: " + imported + " of " + rows);
        }
        ImportReport again = imports.importCsv(ADMIN, Companies.PARTNERS.get(0).code(), perPartner.get(0), "again", ImportProgress.NONE);
        if (again.unchanged() != again.rows()) {
            throw new IllegalStateException("importing the same file again changed something: " + again);
        }
        // after our import, so that Derby's insert code is as warm for it as for ours
        EmbeddedDataSource floorDs = dataSource(work.resolve("derby-row-inserts"));
        double insertFloor;
        try (AreaUnit floorUnit = AreaUnit.on(OutreachDatabase.AREA, floorDs, OutreachDatabase.class)) {
            insertFloor = OutreachFloors.derbyRowInserts(floorDs, combined, rows, outreachConfig().importBatchSize());
        }
        log(String.format(Locale.ROOT, "Derby's row inserts alone (the same rows, JDBC batches, the directory's tables and indexes, "
                + "no checks): %.0f rows/s", insertFloor));

        // ---- dispatch
        DirectoryServiceImpl directory = new DirectoryServiceImpl(db, structures);
        // the tests' mail settings (DKIM key pair, selector, sender), pointed at smtp-sink over 4 connections
        Mail mail = new Mail(work);
        int port;
        Process sink;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        sink = startSink(port);
        try {
            Dispatcher probe = new Dispatcher(ds, db, mail.config(port, 4, 0, false));
            probe.deactivateForTests();
            NewsletterServiceImpl previewer = new NewsletterServiceImpl(db, structures, directory, probe, Area.themes());
            long issue1 = previewer.create(ADMIN, issue(1)).id();
            RenderedMessage sample = previewer.preview(ADMIN, issue1, Language.FR, "cybermassif");
            int size = sample.html().length() + sample.text().length() + 1200;
            double ceilingSmtp = smtpSource(port, rows, size);
            log(String.format(Locale.ROOT, "smtp-source, %d messages of %d bytes over 4 connections: %.0f messages/s", rows, size,
                    ceilingSmtp));

            // The JVM is fresh: the first pass through the sending code runs while the JIT compiles it
            // (a third of the process's CPU during a 30,000-message campaign). A server sends
            // campaigns from a JVM that has run for days, so each measure below follows a warm-up.
            double javaMailCold = OutreachFloors.javaMailAlone(port, rows, size);
            log(String.format(Locale.ROOT, "Warm-up, not measured: JavaMail alone, %.0f messages/s", javaMailCold));
            double javaMail = OutreachFloors.javaMailAlone(port, rows, size);
            log(String.format(Locale.ROOT, "JavaMail alone (one message built per send, no ledger, no personalisation), %d messages over "
                    + "4 connections: %.0f messages/s", rows, javaMail));

            double transport = OutreachFloors.javaMailTransportAlone(port, rows, size);
            log(String.format(Locale.ROOT, "JavaMail's SMTP transport alone (the same bytes for every message), %d messages over "
                    + "4 connections: %.0f messages/s", rows, transport));

            long warmUpIssue = previewer.create(ADMIN, issue(3)).id();
            double cold = dispatch(ds, db, directory, structures, mail.config(port, 4, 0, false), warmUpIssue);
            log(String.format(Locale.ROOT, "Warm-up, not measured: our dispatch, unsigned, ledger on: %.0f messages/s", cold));
            double unsigned = dispatch(ds, db, directory, structures, mail.config(port, 4, 0, false), issue1);
            log(String.format(Locale.ROOT, "Our dispatch, unsigned, ledger on: %.0f messages/s", unsigned));
            double rsa = Double.NaN;
            double signed = Double.NaN;
            if (withSigned) {
                // signing has code of its own (jDKIM's, the signature's) that the unsigned runs did not compile
                long signedWarmUpIssue = previewer.create(ADMIN, issue(4)).id();
                double signedCold = dispatch(ds, db, directory, structures, mail.config(port, 4, 0, true), signedWarmUpIssue);
                log(String.format(Locale.ROOT, "Warm-up, not measured: our dispatch, DKIM-signed, ledger on: %.0f messages/s", signedCold));
                rsa = rsaSignaturesPerSecond();
                log(String.format(Locale.ROOT, "RSA-2048 signatures on %d cores: %.0f /s", Runtime.getRuntime().availableProcessors(), rsa));
                long issue2 = previewer.create(ADMIN, issue(2)).id();
                signed = dispatch(ds, db, directory, structures, mail.config(port, 4, 0, true), issue2);
                log(String.format(Locale.ROOT, "Our dispatch, DKIM-signed, ledger on: %.0f messages/s", signed));
            }

            unit.close();
            return section(command, maxHeap, ceilingImport, insertFloor, oursImport, importSeconds, ceilingSmtp, size, javaMail, transport,
                    unsigned, rsa, signed);
        } finally {
            sink.destroy();
        }
    }

    private double dispatch(EmbeddedDataSource ds, OutreachDatabase db, DirectoryServiceImpl directory, StructureService structures,
            MailConfig config, long issue) throws Exception {
        Dispatcher dispatcher = new Dispatcher(ds, db, config);
        try {
            NewsletterServiceImpl newsletters = new NewsletterServiceImpl(db, structures, directory, dispatcher, Area.themes());
            CampaignServiceImpl campaigns = new CampaignServiceImpl(db, newsletters, dispatcher);
            Instant started = Instant.now();
            Campaign c = campaigns.schedule(ADMIN, issue, null);
            long lastLog = System.nanoTime();
            while (c.status() != CampaignStatus.DONE) {
                // as an operator watching: the progress query reads the whole ledger of the campaign
                Thread.sleep(1000);
                c = campaigns.get(ADMIN, c.id());
                if (System.nanoTime() - lastLog > 10e9) {
                    log("  " + c.progress());
                    lastLog = System.nanoTime();
                }
            }
            // until the campaign's own end, not until the next progress reading noticed it (up to 1 s later)
            double seconds = Duration.between(started, c.finishedAt()).toNanos() / 1e9;
            if (seconds <= 0 || c.finishedAt().isAfter(Instant.now())) {
                throw new IllegalStateException("the campaign's end time does not follow its start: " + c);
            }
            if (c.progress().sent() != c.progress().recipients() || c.progress().recipients() < rows * 0.9) {
                throw new IllegalStateException("the campaign did not reach everyone: " + c.progress());
            }
            return c.progress().sent() / seconds;
        } finally {
            dispatcher.deactivateForTests();
        }
    }

    private static IssueDraft issue(int number) {
        LocalizedText body = LocalizedText.of(
                "Sauvegarder ses données, c'est garder son entreprise. Trois copies, deux supports, une hors site.\n\n"
                        + "Les ateliers de décembre montrent comment faire en une matinée.",
                "Copiar los datos es conservar la empresa. Tres copias, dos soportes, una fuera.\n\n"
                        + "Los talleres de diciembre enseñan a hacerlo en una mañana.",
                "Copiar os dados é guardar a empresa. Três cópias, dois suportes, uma fora.\n\n"
                        + "As oficinas de dezembro mostram como fazê-lo numa manhã.",
                "Backing up your data keeps your business. Three copies, two media, one off site.\n\n"
                        + "December's workshops show how in one morning.");
        return new IssueDraft(number, LocalizedText.of("Lettre CyberSudoe n°" + number, "Boletín CyberSudoe n.º " + number,
                "Newsletter CyberSudoe n.º " + number, "CyberSudoe newsletter no. " + number),
                LocalizedText.of("Ce mois-ci : les sauvegardes.", "Este mes: las copias de seguridad.", "Este mês: as cópias de segurança.",
                        "This month: backups."),
                List.of(new IssueSection("is-security", LocalizedText.of("Sauvegarder", "Copiar", "Copiar", "Back up"), body),
                        new IssueSection("business-management", LocalizedText.of("Facturer en ligne", "Facturar en línea",
                                "Faturar online", "Invoicing online"), body)));
    }

    // ---- ceilings

    private double derbyBulkImport(Path csv) throws Exception {
        EmbeddedDataSource ds = dataSource(work.resolve("derby-ceiling"));
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE ceiling_rows (company_name VARCHAR(200), national_id VARCHAR(20), country CHAR(2), "
                    + "region VARCHAR(4), nace VARCHAR(5), size_class VARCHAR(10), founded VARCHAR(10), founded_by_woman VARCHAR(3), "
                    + "website VARCHAR(300), contact_name VARCHAR(200), email VARCHAR(254), language CHAR(2), consent_basis VARCHAR(20), "
                    + "consent_date VARCHAR(10), consent_source VARCHAR(200))");
            long started = System.nanoTime();
            s.execute("CALL SYSCS_UTIL.SYSCS_IMPORT_TABLE_BULK(NULL, 'CEILING_ROWS', '" + csv.toAbsolutePath()
                    + "', ',', '\"', 'UTF-8', 0, 1)");
            double seconds = (System.nanoTime() - started) / 1e9;
            return rows / seconds;
        }
    }

    private Process startSink(int port) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("smtp-sink"));
        if ("root".equals(System.getProperty("user.name"))) {
            cmd.addAll(List.of("-u", "postfix"));
        }
        cmd.addAll(List.of("127.0.0.1:" + port, "1000"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(work.resolve("smtp-sink.log").toFile()).start();
        for (int i = 0; i < 50; i++) {
            try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
                return p;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("smtp-sink did not start; see " + work.resolve("smtp-sink.log"));
    }

    private double smtpSource(int port, int messages, int size) throws Exception {
        long started = System.nanoTime();
        Process p = new ProcessBuilder("smtp-source", "-d", "-s", "4", "-m", Integer.toString(messages), "-l", Integer.toString(size),
                "-f", "newsletter@cybersudoe.example", "-t", "contact@company.example", "127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(work.resolve("smtp-source.log").toFile()).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("smtp-source failed; see " + work.resolve("smtp-source.log"));
        }
        return messages / ((System.nanoTime() - started) / 1e9);
    }

    private static double rsaSignaturesPerSecond() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        KeyPair keys = g.generateKeyPair();
        byte[] data = new byte[1024];
        int cores = Runtime.getRuntime().availableProcessors();
        AtomicLong count = new AtomicLong();
        long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        // warm-up, then the measured run
        for (long end : new long[] {until, until + Duration.ofSeconds(6).toNanos()}) {
            count.set(0);
            long started = System.nanoTime();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < cores; i++) {
                Thread t = new Thread(() -> {
                    try {
                        Signature s = Signature.getInstance("SHA256withRSA");
                        s.initSign(keys.getPrivate());
                        while (System.nanoTime() < end) {
                            s.update(data);
                            s.sign();
                            count.incrementAndGet();
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                threads.add(t);
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
            if (end != until) {
                return count.get() / ((System.nanoTime() - started) / 1e9);
            }
        }
        throw new IllegalStateException();
    }

    // ---- the report

    private String section(String command, long maxHeap, double ceilingImport, double insertFloor, double oursImport,
            double importSeconds, double ceilingSmtp, int size, double javaMail, double transport, double unsigned, double rsa,
            double signed) {
        double importRatio = oursImport / ceilingImport;
        double unsignedRatio = unsigned / ceilingSmtp;
        double signedRatio = signed / rsa;
        long peak = heapPeak.get();
        StringBuilder s = new StringBuilder();
        s.append("## Outreach: import and newsletter dispatch\n\n");
        s.append("- Command: `").append(command).append("`\n");
        s.append("- Date: ").append(Instant.now()).append("\n");
        s.append("- Directory: ").append(rows).append(" synthetic companies and contacts across the 9 partners (bench/src/.../Companies.java), ")
                .append("imported as 9 partner files; messages of about ").append(size).append(" bytes.\n");
        s.append("- Warm-up: JavaMail alone, our unsigned dispatch and our signed dispatch each run once, unmeasured, before "
                + "their measured run, as the RSA ceiling does (a fresh JVM spends a third of its CPU compiling the sending code "
                + "during a first campaign, and the signing code during a first signed one).\n");
        s.append("- JVM: heap capped at ").append(maxHeap / (1024 * 1024)).append(" MiB; peak heap used during the run ")
                .append(peak / (1024 * 1024)).append(" MiB (after-GC peaks are lower).\n\n");
        s.append("| measure | ours | ceiling (same run) | ratio | target | met |\n|---|---:|---:|---:|---|---|\n");
        s.append(row("CSV import, rows/s (validation, de-duplication)", oursImport, "Derby SYSCS_IMPORT_TABLE_BULK", ceilingImport,
                importRatio, 0.3));
        s.append(String.format(Locale.ROOT, "| (reference) Derby's row inserts alone: the same rows by JDBC batches into tables with the "
                + "directory's keys and indexes, no checks, no look-up | %.0f | Derby SYSCS_IMPORT_TABLE_BULK: %.0f | %.2f | info | |%n",
                insertFloor, ceilingImport, insertFloor / ceilingImport));
        s.append(row("dispatch, unsigned, messages/s (4 connections, ledger on)", unsigned, "smtp-source -d -s 4 into smtp-sink",
                ceilingSmtp, unsignedRatio, 0.5));
        s.append(String.format(Locale.ROOT, "| (reference) JavaMail alone: a message built and sent per recipient, no ledger, "
                + "no personalisation | %.0f | smtp-source: %.0f | %.2f | info | |%n", javaMail, ceilingSmtp, javaMail / ceilingSmtp));
        s.append(String.format(Locale.ROOT, "| (reference) JavaMail's SMTP transport alone: the same bytes sent for every message | %.0f "
                + "| smtp-source: %.0f | %.2f | info | |%n", transport, ceilingSmtp, transport / ceilingSmtp));
        if (withSigned) {
            s.append(row("dispatch, DKIM-signed, messages/s", signed, "RSA-2048 signatures/s, every core", rsa, signedRatio, 0.7));
        }
        s.append("\n");
        s.append(String.format(Locale.ROOT, "Import of %d rows took %.1f s. ", rows, importSeconds));
        s.append("Duplicates after `kill -9`: at most one per SMTP connection, the messages marked `sending` in the ledger ");
        s.append("(KillAndResumeTest kills a node sending over 4 connections and checks it; docs/operations.md, \"Crashes\").\n");
        for (String line : lines) {
            s.append("\n    ").append(line);
        }
        s.append("\n");
        return s.toString();
    }

    private static String row(String what, double ours, String ceilingName, double ceiling, double ratio, double target) {
        return String.format(Locale.ROOT, "| %s | %.0f | %s: %.0f | %.2f | >= %.1f | %s |%n", what, ours, ceilingName, ceiling, ratio,
                target, ratio >= target ? "yes" : "**no**");
    }

    private void log(String line) {
        String withHeap = line + "  [heap peak so far " + heapPeak.get() / (1024 * 1024) + " MiB]";
        System.out.println(withHeap);
        lines.add(withHeap);
    }

    private void watchHeap() {
        Thread t = new Thread(() -> {
            while (true) {
                long used = 0;
                for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (pool.getType() == MemoryType.HEAP) {
                        used += pool.getUsage().getUsed();
                    }
                }
                heapPeak.accumulateAndGet(used, Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-watch");
        t.setDaemon(true);
        t.start();
    }

    // ---- wiring, as the component runtime would

    private static EmbeddedDataSource dataSource(Path dir) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(dir.toAbsolutePath().toString());
        ds.setCreateDatabase("create");
        return ds;
    }

    private static OutreachConfig outreachConfig() {
        return new OutreachConfig() {
            @Override public Class<? extends Annotation> annotationType() { return OutreachConfig.class; }
            @Override public int maxImportRows() { return 100_000; }
            @Override public int importBatchSize() { return 500; }
        };
    }

    private static StructureService structures() {
        return new StructureService() {
            @Override
            public Page<Structure> list(Caller caller, StructureQuery query, PageRequest page) {
                return Page.slice(Companies.PARTNERS.stream().map(p -> get(caller, p.code())).toList(), page);
            }

            @Override
            public Structure get(Caller caller, String code) {
                Companies.Partner p = Companies.PARTNERS.stream().filter(x -> x.code().equals(code)).findFirst()
                        .orElseThrow(() -> new NotFoundException("structure", code));
                return new Structure(p.code(), LocalizedText.of(Language.EN, p.code()), MembershipStatus.PARTNER,
                        LocalDate.of(2009, 9, 1), p.country(), p.regions(), "2006", Set.of(Language.EN), Set.of(), false, null, 1);
            }

            @Override
            public Structure create(Caller caller, StructureDraft draft) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Structure update(Caller caller, String code, long expectedVersion, StructureDraft draft) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Structure changeStatus(Caller caller, String code, MembershipStatus status, LocalDate effectiveOn, String note) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<StatusChange> statusHistory(Caller caller, String code) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
