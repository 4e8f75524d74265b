package org.cybersudoe.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.cybersudoe.itests.support.KarafProcess;

/**
 * Boot time and idle memory of the CyberSudoe distribution against a bare Karaf with the same
 * third-party features at boot. Started by {@code bench/run}; see docs/benchmarks.md.
 *
 * <p>Each run unpacks a fresh copy (empty data/), starts {@code bin/karaf server}, measures the
 * time to readiness (ours: {@code /api/v1/health} 200; bare: its HTTP port answers anything),
 * idles, reads VmRSS of the JVM, and stops it. Only loopback addresses are used; every wait
 * is bounded and every server started is ended. Exit code 0 unless the harness itself failed
 * (a server that does not boot, a bare Karaf whose boot features did not install); a missed
 * target is reported, not an error.
 */
public final class Bench {

    static final double BOOT_RATIO_TARGET = 1.5;
    static final long RSS_TARGET_MB = 400;
    static final Duration BOOT_TIMEOUT = Duration.ofSeconds(300);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(120);
    static final String KEEP_MARKER = "<!-- bench/run keeps everything below this line -->";

    /** The third-party features ours installs at boot, installed the same way in the bare Karaf. */
    static final List<String> THIRD_PARTY_FEATURES = List.of("http", "scr", "cxf-jaxrs", "cxf-jaxws", "cxf-jackson",
            "cxf-rs-description-openapi-v3", "jpa", "eclipselink", "pax-jdbc-config", "pax-jdbc-derby",
            "pax-jdbc-pool-dbcp2", "jdbc");

    record Sample(String kind, int run, long readyMs, long rssKib, double cpuSecondsAtReady, long bundles, int threads,
            String heap, Long extraReadyMs, Map<String, Long> phases, Long restartReadyMs) {

        Sample withRestart(long restartMs) {
            return new Sample(kind, run, readyMs, rssKib, cpuSecondsAtReady, bundles, threads, heap, extraReadyMs, phases, restartMs);
        }
    }

    static final String BOOT_DONE = "boot features done";

    /** Boot milestones found in data/log/karaf.log (first occurrence unless marked last), in order. */
    static final List<String[]> PHASES = List.of(
            new String[] {"framework started, boot features requested", "Adding features:", "first"},
            new String[] {"features resolved", "Changes to perform:", "first"},
            new String[] {"bundles installed, starting", "Starting bundles:", "first"},
            new String[] {"JPA persistence unit ready", "Persistence units added for bundle", "first"},
            new String[] {"schema migrations applied", "Successfully applied", "last"},
            new String[] {"demo programme loaded", "Programme data ", "last"},
            new String[] {BOOT_DONE, "| Done.", "last"});

    /** The server being measured, ended by a shutdown hook if the harness is interrupted. */
    private static volatile KarafProcess current;

    public static void main(String[] args) throws Exception {
        endServerOnShutdown();
        Map<String, String> opts = Options.parse(args,
                "--ours TGZ --bare TGZ [--runs N] [--warmups N] [--idle S] [--work DIR] [--report FILE]");
        int runs = Integer.parseInt(opts.getOrDefault("runs", "3"));
        int warmups = Integer.parseInt(opts.getOrDefault("warmups", "1"));
        int idle = Integer.parseInt(opts.getOrDefault("idle", "30"));
        Path ours = Path.of(Options.required(opts, "ours"));
        Path bare = Path.of(Options.required(opts, "bare"));
        Path work = Path.of(opts.getOrDefault("work", "bench/target/work"));
        Path report = opts.containsKey("report") ? Path.of(opts.get("report")) : null;
        String command = opts.getOrDefault("command", "bench/run");

        Files.createDirectories(work);
        Reference reference = reference(ours, work);

        List<Sample> samples = new ArrayList<>();
        for (int run = 1 - warmups; run <= runs; run++) {
            for (String kind : List.of("ours", "bare")) {
                Sample s = kind.equals("ours") ? runOurs(ours, work, run, idle) : runBare(bare, work, run, idle, reference.setenv(), reference.repositories());
                System.out.printf(Locale.ROOT, "%s %s: ready %d ms, RSS %d MiB after %d s idle, %d bundles%s%n",
                        run <= 0 ? "warm-up" : "run " + run, kind, s.readyMs(), s.rssKib() / 1024, idle, s.bundles(),
                        (s.extraReadyMs() == null ? "" : ", HTTP port answered after " + s.extraReadyMs() + " ms")
                                + (s.restartReadyMs() == null ? "" : ", restarted on its data: ready after " + s.restartReadyMs() + " ms"));
                if (run > 0) {
                    samples.add(s);
                }
            }
        }

        String table = table(samples, idle);
        System.out.println();
        System.out.println(table);
        if (report != null) {
            Files.createDirectories(report.toAbsolutePath().getParent());
            // a hand-written part below the marker survives re-runs
            String kept = "";
            if (Files.exists(report)) {
                String previous = Files.readString(report, StandardCharsets.UTF_8);
                int at = previous.indexOf(KEEP_MARKER);
                kept = at < 0 ? "" : "\n" + previous.substring(at);
            }
            Files.writeString(report, markdown(command, runs, idle, table, samples) + kept, StandardCharsets.UTF_8);
            System.out.println("Written to " + report);
        }
    }

    /** If the harness is interrupted, the server being measured ends with it. */
    static void endServerOnShutdown() {
        KarafProcess.killOnShutdown(() -> current);
    }

    /** What the bare Karaf takes from ours: its {@code bin/setenv} and its CXF and pax-jdbc feature repositories. */
    record Reference(String setenv, List<String> repositories) {
    }

    static Reference reference(Path ours, Path work) throws IOException {
        Path reference = KarafProcess.unpack(ours, work.resolve("ours-reference"));
        String setenv = Files.readString(reference.resolve("bin/setenv"), StandardCharsets.UTF_8);
        KarafProcess ref = new KarafProcess(reference);
        List<String> repositories = Arrays.stream(ref.configured("etc/org.apache.karaf.features.cfg", "featuresRepositories")
                .orElseThrow(() -> new IllegalStateException("no featuresRepositories in " + reference))
                .split(",")).map(String::strip)
                .filter(r -> r.contains("/apache-cxf/") || r.contains("/pax-jdbc-features/")).toList();
        if (repositories.size() != 2) {
            throw new IllegalStateException("expected the CXF and pax-jdbc feature repositories in ours, found " + repositories);
        }
        KarafProcess.deleteTree(reference);
        return new Reference(setenv, repositories);
    }

    // ---- one run of each

    /** A first start, then, after the idle reading, a restart with the data the first start wrote. */
    static Sample runOurs(Path archive, Path work, int run, int idle) {
        return runOurs(archive, work, run, idle, karaf -> { }, true);
    }

    /** A first start only. @param prepare changes the unpacked copy's settings before it starts */
    static Sample runOurs(Path archive, Path work, int run, int idle, java.util.function.Consumer<KarafProcess> prepare) {
        return runOurs(archive, work, run, idle, prepare, false);
    }

    private static Sample runOurs(Path archive, Path work, int run, int idle, java.util.function.Consumer<KarafProcess> prepare,
            boolean restart) {
        Path home = KarafProcess.unpack(archive, work.resolve("ours"));
        int http = KarafProcess.freePort();
        try (KarafProcess karaf = track(new KarafProcess(home))) {
            karaf.ports(http, KarafProcess.freePort(), KarafProcess.freePort(), KarafProcess.freePort())
                    .env("CYBERSUDOE_ADMIN_PASSWORD", "bench-admin-password-" + System.nanoTime());
            prepare.accept(karaf);
            karaf.start();
            URI health = URI.create("http://127.0.0.1:" + http + "/api/v1/health");
            Duration ready = karaf.awaitHttp(health, s -> s == 200, BOOT_TIMEOUT);
            Sample first = measure("ours", run, karaf, ready, idle, null);
            if (!restart) {
                return first;
            }
            if (!karaf.stop(STOP_TIMEOUT)) {
                throw new IllegalStateException("ours did not stop within " + STOP_TIMEOUT.toSeconds() + " s\n" + karaf.consoleTail(40));
            }
            karaf.start();
            return first.withRestart(karaf.awaitHttp(health, s -> s == 200, BOOT_TIMEOUT).toMillis());
        }
    }

    static Sample runBare(Path archive, Path work, int run, int idle, String setenv, List<String> repositories) throws IOException {
        Path home = KarafProcess.unpack(archive, work.resolve("bare"));
        int http = KarafProcess.freePort();
        try (KarafProcess karaf = track(new KarafProcess(home))) {
            karaf.ports(http, KarafProcess.freePort(), KarafProcess.freePort(), KarafProcess.freePort());
            String repos = karaf.configured("etc/org.apache.karaf.features.cfg", "featuresRepositories").orElseThrow();
            karaf.configure("etc/org.apache.karaf.features.cfg", "featuresRepositories",
                    repos + ", " + String.join(", ", repositories));
            String boot = karaf.configured("etc/org.apache.karaf.features.cfg", "featuresBoot").orElseThrow();
            karaf.configure("etc/org.apache.karaf.features.cfg", "featuresBoot", boot + ", " + String.join(", ", THIRD_PARTY_FEATURES));
            // as in ours: cxf-commands needs a bundle this registry lacks
            Files.writeString(home.resolve("etc/org.apache.karaf.features.xml"),
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                            + "<featuresProcessing xmlns=\"http://karaf.apache.org/xmlns/features-processing/v1.0.0\">\n"
                            + "    <blacklistedFeatures><feature>cxf-commands</feature></blacklistedFeatures>\n"
                            + "</featuresProcessing>\n", StandardCharsets.UTF_8);
            Files.writeString(home.resolve("bin/setenv"), setenv, StandardCharsets.UTF_8);
            karaf.start();
            Duration portAnswers = karaf.awaitHttp(URI.create("http://127.0.0.1:" + http + "/"), s -> s > 0, BOOT_TIMEOUT);
            // Ready like ours: every boot feature installed and started (the features service logs
            // "Done."), and the CXF servlet answering, as our health 200 needs both.
            Duration cxf = karaf.awaitHttp(URI.create("http://127.0.0.1:" + http + "/cxf/"), s -> s == 200, BOOT_TIMEOUT);
            Duration bootDone = awaitBootFeaturesDone(karaf);
            Duration ready = cxf.compareTo(bootDone) >= 0 ? cxf : bootDone;
            return measure("bare", run, karaf, ready, idle, portAnswers.toMillis());
        }
    }

    /** Launch to the features service's "Done." line in data/log/karaf.log (its own timestamp). */
    static Duration awaitBootFeaturesDone(KarafProcess karaf) {
        long deadline = System.nanoTime() + BOOT_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            String log = KarafProcess.tail(karaf.home().resolve("data/log/karaf.log"), 2_000_000);
            // Karaf logs "Done." once for its first, small provisioning round and once when every
            // boot feature is installed and started: the second one is the end of the boot
            if (log.split("\\| Done\\.", -1).length - 1 >= 2) {
                return Duration.ofMillis(phases(log, karaf.startedAt()).get(BOOT_DONE));
            }
            sleep(100);
        }
        throw new IllegalStateException("the bare Karaf did not finish its boot features\n" + karaf.consoleTail(60));
    }

    static Sample measure(String kind, int run, KarafProcess karaf, Duration ready, int idle, Long extraMs) {
        long pid = karaf.javaPid();
        double cpuAtReady = cpuSeconds(pid);
        sleep(idle * 1000L);
        if (!karaf.isAlive()) {
            throw new IllegalStateException(kind + " ended while idle\n" + karaf.consoleTail(40));
        }
        long rss = KarafProcess.rssKib(pid).orElseThrow(() -> new IllegalStateException("no VmRSS for " + pid));
        String log = KarafProcess.tail(karaf.home().resolve("data/log/karaf.log"), 100_000);
        if (log.contains("Error installing boot features")) {
            throw new IllegalStateException(kind + " did not finish booting: 'Error installing boot features' in data/log/karaf.log\n"
                    + karaf.consoleTail(60));
        }
        long bundles;
        try (Stream<Path> dirs = Files.list(karaf.home().resolve("data/cache"))) {
            bundles = dirs.filter(p -> p.getFileName().toString().matches("bundle\\d+")).count();
        } catch (IOException e) {
            bundles = -1;
        }
        return new Sample(kind, run, ready.toMillis(), rss, cpuAtReady, bundles, threads(pid), heap(pid), extraMs,
                phases(log, karaf.startedAt()), null);
    }

    /** Milliseconds from launch to each milestone of {@link #PHASES} found in the log. */
    static Map<String, Long> phases(String log, java.time.Instant launched) {
        Map<String, Long> out = new LinkedHashMap<>();
        String[] lines = log.split("\n");
        for (String[] phase : PHASES) {
            String found = null;
            for (String line : lines) {
                if (line.contains(phase[1]) && line.length() > 23 && Character.isDigit(line.charAt(0))) {
                    found = line;
                    if (phase[2].equals("first")) {
                        break;
                    }
                }
            }
            if (found != null) {
                try {
                    java.time.LocalDateTime at = java.time.LocalDateTime.parse(found.substring(0, 23).replace(',', '.'));
                    out.put(phase[0], java.time.Duration.between(launched, at.atZone(java.time.ZoneId.systemDefault())).toMillis());
                } catch (RuntimeException unparsable) {
                    // a line that is not a log record
                }
            }
        }
        return out;
    }

    // ---- /proc and jcmd

    /** User plus system CPU seconds of a process so far, from /proc/PID/stat. */
    static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            return ticks / 100.0; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    static int threads(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("Threads:")) {
                    return Integer.parseInt(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** Heap and metaspace use as the JVM reports it (jcmd GC.heap_info), condensed; empty when jcmd is missing. */
    static String heap(long pid) {
        try {
            Process jcmd = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!jcmd.waitFor(20, TimeUnit.SECONDS)) {
                jcmd.destroyForcibly();
                return "";
            }
            long heapUsedK = 0;
            long metaUsedK = -1;
            long classUsedK = -1;
            for (String line : out.split("\n")) {
                String l = line.strip();
                if (l.startsWith("def new generation") || l.startsWith("tenured generation")) {
                    heapUsedK += number(l, "used ");
                } else if (l.startsWith("Metaspace")) {
                    metaUsedK = number(l, "used ");
                } else if (l.startsWith("class space")) {
                    classUsedK = number(l, "used ");
                }
            }
            return "heap used " + heapUsedK / 1024 + " MiB, metaspace used " + metaUsedK / 1024 + " MiB"
                    + (classUsedK >= 0 ? " (class space " + classUsedK / 1024 + " MiB)" : "");
        } catch (IOException | InterruptedException | RuntimeException e) {
            return "";
        }
    }

    private static long number(String line, String after) {
        int at = line.indexOf(after);
        if (at < 0) {
            return 0;
        }
        String rest = line.substring(at + after.length()).strip();
        return Long.parseLong(rest.replaceAll("^([0-9]+).*$", "$1"));
    }

    // ---- report

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static List<Long> of(List<Sample> samples, String kind, java.util.function.ToLongFunction<Sample> f) {
        return samples.stream().filter(s -> s.kind().equals(kind)).map(s -> f.applyAsLong(s)).toList();
    }

    static String table(List<Sample> samples, int idle) {
        long oursBoot = median(of(samples, "ours", Sample::readyMs));
        long bareBoot = median(of(samples, "bare", Sample::readyMs));
        long oursRss = median(of(samples, "ours", Sample::rssKib)) / 1024;
        long bareRss = median(of(samples, "bare", Sample::rssKib)) / 1024;
        long barePort = median(of(samples, "bare", s -> s.extraReadyMs() == null ? 0 : s.extraReadyMs()));
        double bootRatio = (double) oursBoot / bareBoot;
        double rssRatio = (double) oursRss / bareRss;
        StringBuilder t = new StringBuilder();
        t.append("| median of ").append(samples.size() / 2).append(" runs | ours | bare Karaf + same features | ours/bare | target | met |\n");
        t.append("|---|---:|---:|---:|---|---|\n");
        t.append(String.format(Locale.ROOT, "| launch to ready (s) | %.1f | %.1f | %.2f | ratio <= %.1f | %s |%n",
                oursBoot / 1000.0, bareBoot / 1000.0, bootRatio, BOOT_RATIO_TARGET, bootRatio <= BOOT_RATIO_TARGET ? "yes" : "**no**"));
        t.append(String.format(Locale.ROOT, "| RSS after %d s idle (MiB) | %d (%d MB) | %d (%d MB) | %.2f | ours <= %d MB | %s |%n",
                idle, oursRss, Math.round(oursRss * 1.048576), bareRss, Math.round(bareRss * 1.048576), rssRatio, RSS_TARGET_MB,
                oursRss * 1.048576 <= RSS_TARGET_MB ? "yes" : "**no**"));
        t.append(String.format(Locale.ROOT, "| (bare) launch to its HTTP port answering, features still installing (s) | | %.1f | %.2f | info | |%n",
                barePort / 1000.0, (double) oursBoot / barePort));
        List<Long> restarts = samples.stream().filter(s -> s.restartReadyMs() != null).map(Sample::restartReadyMs).toList();
        if (!restarts.isEmpty()) {
            long oursRestart = median(restarts);
            t.append(String.format(Locale.ROOT, "| (ours) restart with its data, launch to ready (s); ratio to the bare Karaf's first start | %.1f | | %.2f | info | |%n",
                    oursRestart / 1000.0, (double) oursRestart / bareBoot));
        }
        return t.toString();
    }

    static String markdown(String command, int runs, int idle, String table, List<Sample> samples) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append("Written by `bench/run` (the figures below are replaced at each run).\n\n");
        md.append("- Command: `").append(command).append("`\n");
        md.append("- Date: ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append("\n");
        md.append("- Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" CPU(s) (nproc), ")
                .append(memTotal()).append(" RAM, ").append(cpuModel()).append(", Java ")
                .append(System.getProperty("java.version")).append(", ").append(System.getProperty("os.name")).append("\n");
        md.append("- Method: each of ").append(runs).append(" runs (after a warm-up) unpacks a fresh copy (empty data/) of ours ")
                .append("(`cybersudoe-karaf` tar.gz) and of a bare Karaf 4.4.9 whose featuresBoot adds ")
                .append(String.join(", ", THIRD_PARTY_FEATURES))
                .append(" (same CXF and pax-jdbc feature repositories as ours, same bin/setenv, cxf-commands blacklisted), ")
                .append("starts `bin/karaf server`, times launch to ready (ours: `GET /api/v1/health` 200; bare: every boot ")
                .append("feature installed, i.e. the features service's \"Done.\" in karaf.log, and `GET /cxf/` 200), idles ").append(idle).append(" s, reads VmRSS from /proc/PID/status. ")
                .append("Ours is then stopped with `bin/stop` and started again on the data it wrote, and timed to health 200 once more (the restart row). ")
                .append("Loopback only; medians.\n\n");
        md.append(table).append("\n");
        md.append("## Runs\n\n| run | kind | ready (ms) | restart ready (ms) | CPU s at ready | RSS (MiB) | bundles | threads | JVM (jcmd GC.heap_info) |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---|\n");
        for (Sample s : samples) {
            md.append(String.format(Locale.ROOT, "| %d | %s | %d%s | %s | %.1f | %d | %d | %d | %s |%n", s.run(), s.kind(), s.readyMs(),
                    s.extraReadyMs() == null ? "" : " (port: " + s.extraReadyMs() + ")",
                    s.restartReadyMs() == null ? "" : String.valueOf(s.restartReadyMs()), s.cpuSecondsAtReady(),
                    s.rssKib() / 1024, s.bundles(), s.threads(), s.heap()));
        }
        md.append("\n## Boot phases (median ms from launch, from data/log/karaf.log)\n\n| milestone | ours | bare |\n|---|---:|---:|\n");
        for (String[] phase : PHASES) {
            List<Long> o = samples.stream().filter(x -> x.kind().equals("ours") && x.phases().containsKey(phase[0]))
                    .map(x -> x.phases().get(phase[0])).toList();
            List<Long> b = samples.stream().filter(x -> x.kind().equals("bare") && x.phases().containsKey(phase[0]))
                    .map(x -> x.phases().get(phase[0])).toList();
            md.append("| ").append(phase[0]).append(" | ").append(o.isEmpty() ? "" : String.valueOf(median(o)))
                    .append(" | ").append(b.isEmpty() ? "" : String.valueOf(median(b))).append(" |\n");
        }
        md.append("| ready (health 200 / boot done and CXF 200) | ").append(median(of(samples, "ours", Sample::readyMs))).append(" | ")
                .append(median(of(samples, "bare", Sample::readyMs))).append(" |\n");
        md.append("\n## Notes\n\n");
        md.append(notes(samples));
        return md.toString();
    }

    /** Where the difference comes from, from the measured evidence. */
    static String notes(List<Sample> samples) {
        long oursBundles = median(of(samples, "ours", Sample::bundles));
        long bareBundles = median(of(samples, "bare", Sample::bundles));
        long oursCpu = median(of(samples, "ours", s -> Math.round(s.cpuSecondsAtReady() * 10)));
        long bareCpu = median(of(samples, "bare", s -> Math.round(s.cpuSecondsAtReady() * 10)));
        long oursThreads = median(of(samples, "ours", s -> s.threads()));
        long bareThreads = median(of(samples, "bare", s -> s.threads()));
        String oursHeap = samples.stream().filter(s -> s.kind().equals("ours")).map(Sample::heap).reduce((a, b) -> b).orElse("");
        String bareHeap = samples.stream().filter(s -> s.kind().equals("bare")).map(Sample::heap).reduce((a, b) -> b).orElse("");
        return String.format(Locale.ROOT,
                "- Bundles: ours %d, bare %d (ours adds the platform bundles, Flyway, the JAAS crypto feature and the demo data).%n"
                        + "- CPU used from launch to ready: ours %.1f s, bare %.1f s on %d CPU(s): boot is CPU-bound, so the ratio follows the "
                        + "work done (bundle resolution and activation, EclipseLink set-up, Flyway migrations, loading the demo programme) "
                        + "more than any waiting.%n"
                        + "- Threads after idle: ours %d, bare %d. JVM after idle: ours %s; bare %s.%n"
                        + "- The bare Karaf's HTTP port answers before its boot features are installed; that earlier time is the "
                        + "table's last row, for information.%n",
                oursBundles, bareBundles, oursCpu / 10.0, bareCpu / 10.0, Runtime.getRuntime().availableProcessors(),
                oursThreads, bareThreads, oursHeap.isEmpty() ? "n/a" : oursHeap, bareHeap.isEmpty() ? "n/a" : bareHeap);
    }

    static String memTotal() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal:")) {
                long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
                return String.format(Locale.ROOT, "%.1f GiB", kib / 1024.0 / 1024.0);
            }
        }
        return "unknown";
    }

    static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    // ---- small things

    static KarafProcess track(KarafProcess karaf) {
        current = karaf;
        return karaf;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
