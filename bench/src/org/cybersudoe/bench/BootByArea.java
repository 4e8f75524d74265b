package org.cybersudoe.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cybersudoe.itests.support.KarafProcess;

/**
 * What each part of the platform adds to the boot: the distribution booted with fewer of its
 * features (the same archive, {@code featuresBoot} cut down, {@code expectedAreas} set to match so
 * that health can answer 200), next to the bare Karaf of {@link Bench}. The rounds interleave the
 * kinds, so a slower moment of the machine falls on all of them alike. Writes its table between
 * its markers in the report, which {@code bench/run} keeps.
 */
public final class BootByArea {

    static final String BEGIN = "<!-- boot by area: written by bench/run --by-area -->";
    static final String END = "<!-- boot by area: end -->";
    private static final String DEMO_FEATURE = "cybersudoe-demo/";
    private static final String WEB_CFG = "etc/org.cybersudoe.web.cfg";

    /**
     * One way of booting: the features that replace the demo feature (null: the distribution as
     * shipped) and the areas health waits for (null: those of the shipped settings).
     */
    record Kind(String label, List<String> features, List<String> areas) {
    }

    record Result(String label, long readyMs, double cpuSeconds) {
    }

    private BootByArea() {
    }

    public static void main(String[] args) throws Exception {
        Bench.endServerOnShutdown();
        Map<String, String> opts = Options.parse(args,
                "--ours TGZ --bare TGZ --web-cfg FILE [--runs N] [--work DIR] [--report FILE] [--command TEXT]");
        int runs = Integer.parseInt(opts.getOrDefault("runs", "3"));
        Path ours = Path.of(Options.required(opts, "ours"));
        Path bare = Path.of(Options.required(opts, "bare"));
        String webCfg = Files.readString(Path.of(Options.required(opts, "web-cfg")), StandardCharsets.UTF_8);
        Path work = Path.of(opts.getOrDefault("work", "bench/target/work"));
        String command = opts.getOrDefault("command", "bench/run --by-area");

        Files.createDirectories(work);
        Bench.Reference reference = Bench.reference(ours, work);
        List<Kind> kinds = List.of(
                new Kind("the platform without areas: core, web (REST, SOAP, health), persistence, security",
                        List.of("cybersudoe-core", "cybersudoe-web", "cybersudoe-persistence"), List.of()),
                new Kind("the same plus the network area (GT1) alone",
                        List.of("cybersudoe-core", "cybersudoe-web", "cybersudoe-persistence", "cybersudoe-network"),
                        List.of("network")),
                new Kind("every area (`cybersudoe`), no demo data", List.of("cybersudoe"), null),
                new Kind("the distribution: every area and the demo programme (`cybersudoe-demo`)", null, null));

        Map<String, List<Result>> results = new LinkedHashMap<>();
        String bareLabel = "bare Karaf with the same third-party features";
        results.put(bareLabel, new ArrayList<>());
        kinds.forEach(k -> results.put(k.label(), new ArrayList<>()));
        for (int run = 0; run <= runs; run++) {
            boolean warmUp = run == 0;
            Bench.Sample b = Bench.runBare(bare, work, run, 0, reference.setenv(), reference.repositories());
            keep(results, bareLabel, b, warmUp);
            for (Kind kind : kinds) {
                Bench.Sample s = Bench.runOurs(ours, work, run, 0, karaf -> cutDown(karaf, kind, webCfg));
                keep(results, kind.label(), s, warmUp);
            }
        }

        String table = table(results, bareLabel);
        System.out.println();
        System.out.println(table);
        if (opts.containsKey("report")) {
            Path report = Path.of(opts.get("report"));
            String section = BEGIN + "\n\n" + "- Command: `" + command + "`\n"
                    + "- Date: " + java.time.Instant.now() + "\n"
                    + "- Method: fresh copies (empty data/) of the same archive, launch to ready as in `bench/run`, "
                    + "CPU from /proc/PID/stat at ready; medians of " + runs + " interleaved rounds after a warm-up round.\n\n"
                    + table + "\n" + END;
            String text = Files.readString(report, StandardCharsets.UTF_8);
            int begin = text.indexOf(BEGIN);
            int end = text.indexOf(END);
            if (begin < 0 || end < begin) {
                throw new IllegalStateException("no " + BEGIN + " ... " + END + " section in " + report);
            }
            Files.writeString(report, text.substring(0, begin) + section + text.substring(end + END.length()),
                    StandardCharsets.UTF_8);
            System.out.println("Written to " + report);
        }
    }

    private static void keep(Map<String, List<Result>> results, String label, Bench.Sample s, boolean warmUp) {
        System.out.printf(Locale.ROOT, "%s %s: ready %d ms, %.1f s CPU%n", warmUp ? "warm-up" : "run " + s.run(), label,
                s.readyMs(), s.cpuSecondsAtReady());
        if (!warmUp) {
            results.get(label).add(new Result(label, s.readyMs(), s.cpuSecondsAtReady()));
        }
    }

    /** Boots {@code kind.features()} instead of the demo feature, with health expecting only their areas. */
    static void cutDown(KarafProcess karaf, Kind kind, String webCfg) {
        if (kind.features() == null) {
            return;
        }
        String boot = karaf.configured("etc/org.apache.karaf.features.cfg", "featuresBoot").orElseThrow();
        List<String> entries = new ArrayList<>(Arrays.stream(boot.split(",")).map(String::strip).toList());
        String demo = entries.stream().filter(e -> e.startsWith(DEMO_FEATURE)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + DEMO_FEATURE + " in featuresBoot: " + boot));
        String version = demo.substring(DEMO_FEATURE.length());
        int at = entries.indexOf(demo);
        entries.remove(at);
        for (String feature : kind.features()) {
            entries.add(at++, feature + "/" + version);
        }
        karaf.configure("etc/org.apache.karaf.features.cfg", "featuresBoot", String.join(", ", entries));
        try {
            // the feature installs this file only when it is absent
            Files.writeString(karaf.home().resolve(WEB_CFG), webCfg, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (kind.areas() != null) {
            karaf.configure(WEB_CFG, "expectedAreas", String.join(", ", kind.areas()));
        }
    }

    static String table(Map<String, List<Result>> results, String bareLabel) {
        long bareReady = Bench.median(results.get(bareLabel).stream().map(Result::readyMs).toList());
        StringBuilder out = new StringBuilder("| what boots | ready (s) | CPU at ready (s) | ratio to bare |\n|---|---:|---:|---:|\n");
        for (Map.Entry<String, List<Result>> e : results.entrySet()) {
            long ready = Bench.median(e.getValue().stream().map(Result::readyMs).toList());
            long cpuMs = Bench.median(e.getValue().stream().map(r -> Math.round(r.cpuSeconds() * 1000)).toList());
            out.append(String.format(Locale.ROOT, "| %s | %.2f | %.1f | %.2f |%n", e.getKey(), ready / 1000.0, cpuMs / 1000.0,
                    (double) ready / bareReady));
        }
        return out.toString();
    }
}
