package org.cybersudoe.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cybersudoe.itests.support.KarafProcess;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * GT3's benchmark: the self-diagnostic of a whole network, through the distribution as a regional
 * system and a monitoring site use it. Started by {@code bench/diagnostic}; see docs/benchmarks.md.
 *
 * <ol>
 * <li>Starts a fresh distribution and imports the synthetic directory (9 partner files over REST).</li>
 * <li>Submits one completed general assessment per company over SOAP from 16 clients: the rate of
 * scoring submitted assessments, against the same server's rate for a trivial SOAP call (a
 * partner look-up) under the same clients.</li>
 * <li>Asks "how am I doing" ({@code GET /api/v1/diagnostic/companies/{id}/peers}, as an evaluator)
 * for random companies from 16 clients, interleaved with rounds of {@code GET /api/v1/health}
 * under the same load, after a minute of both as a warm-up: p99 of each and their ratio.</li>
 * </ol>
 *
 * The clients run in this JVM on the same cores as the server, as the ceilings do.
 */
public final class DiagnosticBench {

    static final double P99_TARGET_MS = 20.0;
    static final Duration BOOT_TIMEOUT = Duration.ofSeconds(300);
    static final String SOAP_ENVELOPE = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>%s"
            + "</soap:Body></soap:Envelope>";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ITEM_ID = Pattern.compile("\\{\"id\":(\\d+),\"partner\":");

    /** The server being measured, ended by a shutdown hook if the harness is interrupted. */
    private static volatile KarafProcess current;

    /** Latencies and outcome of one load phase. */
    record Phase(String name, int clients, long calls, long failures, double seconds, long[] nanos, String firstFailure) {

        double rate() {
            return calls / seconds;
        }

        double percentileMs(double p) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            int at = (int) Math.ceil(p / 100.0 * nanos.length) - 1;
            return nanos[Math.max(0, Math.min(nanos.length - 1, at))] / 1e6;
        }

        String line() {
            return String.format(Locale.ROOT, "%s: %d calls in %.1f s (%.0f/s), %d failed, p50 %.2f ms, p99 %.2f ms, max %.2f ms",
                    name, calls, seconds, rate(), failures, percentileMs(50), percentileMs(99), percentileMs(100));
        }
    }

    public static void main(String[] args) throws Exception {
        KarafProcess.killOnShutdown(() -> current);
        // one kept-alive connection per client thread, as 16 regional systems would hold
        System.setProperty("http.maxConnections", "64");
        Map<String, String> opts = Options.parse(args,
                "--dist TGZ [--companies N] [--clients N] [--seconds S] [--work DIR] [--report FILE|-] [--command TEXT]");
        int companies = Integer.parseInt(opts.getOrDefault("companies", "90000"));
        int clients = Integer.parseInt(opts.getOrDefault("clients", "16"));
        int seconds = Integer.parseInt(opts.getOrDefault("seconds", "60"));
        Path archive = Path.of(Options.required(opts, "dist"));
        Path work = Path.of(opts.getOrDefault("work", "bench/target/diagnostic"));
        String report = opts.getOrDefault("report", "docs/benchmarks.md");
        String command = opts.getOrDefault("command", "bench/diagnostic");

        Files.createDirectories(work);
        Path home = KarafProcess.unpack(archive, work.resolve("server"));
        int http = KarafProcess.freePort();
        int ssh = KarafProcess.freePort();
        String adminPassword = "bench-" + Long.toHexString(new Random().nextLong()) + "-Admin";
        String base = "http://127.0.0.1:" + http;
        try (KarafProcess karaf = new KarafProcess(home)) {
            current = karaf;
            karaf.ports(http, ssh, KarafProcess.freePort(), KarafProcess.freePort()).env("CYBERSUDOE_ADMIN_PASSWORD", adminPassword);
            // for a profile or a trace of the server (e.g. -XX:StartFlightRecording=...)
            String serverOpts = System.getenv("BENCH_SERVER_OPTS");
            if (serverOpts != null && !serverOpts.isBlank()) {
                karaf.env("EXTRA_JAVA_OPTS", serverOpts);
            }
            karaf.start();
            Duration ready = karaf.awaitHttp(URI.create(base + "/api/v1/health"), s -> s == 200, BOOT_TIMEOUT);
            System.out.printf(Locale.ROOT, "Server ready after %.1f s (HTTP port %d)%n", ready.toMillis() / 1000.0, http);
            Client admin = new Client(base, "admin", adminPassword);
            Client evaluator = new Client(base, "bench-evaluator", createUser(home, ssh, adminPassword, "bench-evaluator", "evaluator"));

            double importSeconds = importDirectory(admin, work, companies);
            List<Long> ids = companyIds(admin);
            System.out.printf(Locale.ROOT, "Directory: %d companies (%d imported in %.1f s)%n", ids.size(), companies, importSeconds);
            JsonNode general = JSON.readTree(admin.call("GET", "/api/v1/diagnostic/questionnaires/general?lang=en", null, null).body());

            // the ceiling for submissions: the smallest SOAP round trip the server has, same clients, same auth
            String lookUp = String.format(SOAP_ENVELOPE, "<n:findStructure xmlns:n=\"urn:cybersudoe:network:directory:1\">"
                    + "<code>ciebi</code></n:findStructure>");
            timed("SOAP warm-up", clients, 10, i -> admin.soap("/soap/network/directory", lookUp));
            Phase warmUp = timed("SOAP warm-up", clients, 10,
                    i -> admin.soap("/soap/diagnostic/assessments", submission(general, ids.get(i % ids.size()), i)));
            // the warm-up submitted some companies already; every company is submitted once more below
            Phase submit = counted("SOAP submitAssessment (scoring and storing)", clients, ids.size(),
                    i -> admin.soap("/soap/diagnostic/assessments", submission(general, ids.get(i), i)));
            Phase soapCeiling = timed("SOAP findStructure (ceiling)", clients, seconds / 2,
                    i -> admin.soap("/soap/network/directory", lookUp));

            // "how am I doing" against health, interleaved in rounds so that drift hits both alike
            Random pick = new Random(20261123L);
            long[] order = new long[1 << 20];
            for (int i = 0; i < order.length; i++) {
                order[i] = ids.get(pick.nextInt(ids.size()));
            }
            IntFunction<Result> peers = i -> evaluator.call("GET", "/api/v1/diagnostic/companies/" + order[i & (order.length - 1)]
                    + "/peers", null, null).expect(200, "\"cohorts\"");
            IntFunction<Result> health = i -> evaluator.call("GET", "/api/v1/health", null, null).expect(200, null);
            // After the submissions the JIT compilers go on compiling the REST path for about 100 s (their threads
            // took a tenth of the CPU through the first two rounds when the warm-up was 15 s): warm up
            // for a minute, both calls, so that the rounds measure the steady state. Every round is reported.
            List<Phase> httpWarmUp = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                httpWarmUp.add(timed("HTTP warm-up: peers", clients, 20, peers));
                httpWarmUp.add(timed("HTTP warm-up: health", clients, 10, health));
            }
            List<Phase> peerRounds = new ArrayList<>();
            List<Phase> healthRounds = new ArrayList<>();
            int rounds = 3;
            for (int r = 0; r < rounds; r++) {
                healthRounds.add(timed("GET /api/v1/health round " + (r + 1), clients, seconds / rounds, health));
                peerRounds.add(timed("GET .../companies/{id}/peers round " + (r + 1), clients, seconds / rounds, peers));
            }
            Phase healthAll = merge("GET /api/v1/health", healthRounds);
            Phase peersAll = merge("GET /api/v1/diagnostic/companies/{id}/peers", peerRounds);
            long rssKib = karaf.rssKib().orElse(-1);
            String stored = admin.call("GET", "/api/v1/diagnostic/companies/" + ids.get(0) + "/assessments", null, null).body();

            String section = section(command, companies, ids.size(), importSeconds, clients, warmUp.calls() - warmUp.failures(), submit,
                    soapCeiling, healthAll, peersAll, rssKib, stored.contains("\"overall\""), httpWarmUp, interleave(healthRounds, peerRounds));
            System.out.println();
            System.out.println(section);
            if (!report.equals("-")) {
                Report.replaceSection(Path.of(report), "diagnostic", section);
                System.out.println("Written to " + report);
            }
            karaf.stop(Duration.ofSeconds(60));
        } finally {
            current = null;
        }
    }

    // ---- preparing the server

    /** Creates a platform account from the console and returns the password it printed. */
    static String createUser(Path home, int ssh, String adminPassword, String login, String role) throws IOException, InterruptedException {
        // bin/client prints nothing for a command given as an argument without a terminal: it is piped (docs/operations.md)
        Process client = new ProcessBuilder(home.resolve("bin/client").toString(), "-a", String.valueOf(ssh), "-h", "127.0.0.1",
                "-u", "admin", "-p", adminPassword, "-r", "5", "-b").redirectErrorStream(true).start();
        try (OutputStream in = client.getOutputStream()) {
            in.write(("security:user-add " + login + " " + role + "\n").getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!client.waitFor(60, TimeUnit.SECONDS)) {
            client.destroyForcibly();
        }
        Matcher m = Pattern.compile("Password \\(shown once\\): (\\S+)").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("security:user-add did not print a password:\n" + out);
        }
        return m.group(1);
    }

    /** Imports the synthetic directory as 9 partner files through the REST upload; returns the seconds it took. */
    static double importDirectory(Client admin, Path work, int rows) throws IOException {
        long start = System.nanoTime();
        for (Companies.Partner p : Companies.PARTNERS) {
            Path file = work.resolve("companies-" + p.code() + ".csv");
            Companies.write(file, rows, 0, p);
            Result r = admin.call("POST", "/api/v1/outreach/imports?partner=" + p.code() + "&fileName=" + file.getFileName(),
                    "text/csv", Files.readAllBytes(file)).expect(201, "\"rejected\":0,");
            if (r.failure() != null) {
                throw new IllegalStateException("Import of " + file + " failed: " + r.failure());
            }
            System.out.printf(Locale.ROOT, "  imported %s (%.1f s so far)%n", file.getFileName(), (System.nanoTime() - start) / 1e9);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** Every company of the directory (imported and the demo programme's), partner by partner, page by page. */
    static List<Long> companyIds(Client admin) {
        List<Long> ids = new ArrayList<>();
        for (Companies.Partner p : Companies.PARTNERS) {
            for (int offset = 0;; offset += 500) {
                Result r = admin.call("GET", "/api/v1/outreach/companies?partner=" + p.code() + "&limit=500&offset=" + offset, null, null)
                        .expect(200, null);
                if (r.failure() != null) {
                    throw new IllegalStateException("Listing companies failed: " + r.failure());
                }
                Matcher m = ITEM_ID.matcher(r.body());
                int found = 0;
                while (m.find()) {
                    ids.add(Long.parseLong(m.group(1)));
                    found++;
                }
                if (found < 500) {
                    break;
                }
            }
        }
        return ids;
    }

    /**
     * A completed general assessment for one company, answers drawn from a seed so that scores
     * spread over the whole range: a choice, a subset of the non-exclusive options (or the
     * exclusive one alone), a point of a scale, a number within bounds; an optional question
     * left out now and then.
     */
    static String submission(JsonNode questionnaire, long companyId, int seed) {
        Random r = new Random(companyId * 31 + seed);
        StringBuilder answers = new StringBuilder();
        for (JsonNode d : questionnaire.path("dimensions")) {
            for (JsonNode q : d.path("questions")) {
                if (!q.path("required").asBoolean() && r.nextInt(4) == 0) {
                    continue;
                }
                String value;
                JsonNode options = q.path("options");
                switch (q.path("type").asText()) {
                    case "single", "yesNo" -> value = options.get(r.nextInt(options.size())).path("code").asText();
                    case "multiple" -> {
                        List<String> chosen = new ArrayList<>();
                        String exclusive = null;
                        for (JsonNode o : options) {
                            if (o.path("exclusive").asBoolean()) {
                                exclusive = o.path("code").asText();
                            } else if (r.nextBoolean()) {
                                chosen.add(o.path("code").asText());
                            }
                        }
                        value = chosen.isEmpty() && exclusive != null ? exclusive
                                : String.join(",", chosen.isEmpty() ? List.of(options.get(0).path("code").asText()) : chosen);
                    }
                    case "scale" -> value = String.valueOf(q.path("min").asInt() + r.nextInt(q.path("max").asInt() - q.path("min").asInt() + 1));
                    default -> {
                        double min = q.path("min").asDouble();
                        double max = q.path("max").isNumber() ? q.path("max").asDouble() : min + 100;
                        value = String.valueOf(Math.round(min + r.nextDouble() * (max - min)));
                    }
                }
                answers.append("<answer><question>").append(q.path("code").asText()).append("</question><value>").append(value)
                        .append("</value></answer>");
            }
        }
        return String.format(SOAP_ENVELOPE, "<d:submitAssessment xmlns:d=\"urn:cybersudoe:diagnostic:assessments:1\">"
                + "<questionnaire>general</questionnaire><language>" + (new String[] {"fr", "es", "pt", "en"})[(int) (companyId % 4)]
                + "</language><companyId>" + companyId + "</companyId>" + answers + "</d:submitAssessment>");
    }

    // ---- load

    /** {@code clients} threads calling {@code call} with increasing indexes for {@code seconds}. */
    static Phase timed(String name, int clients, int seconds, IntFunction<Result> call) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        return load(name, clients, Integer.MAX_VALUE, () -> System.nanoTime() < end, call);
    }

    /** {@code clients} threads calling {@code call} once for each index below {@code total}, with progress. */
    static Phase counted(String name, int clients, int total, IntFunction<Result> call) throws InterruptedException {
        return load(name, clients, total, () -> true, call);
    }

    interface Going {
        boolean yes();
    }

    static Phase load(String name, int clients, int total, Going going, IntFunction<Result> call) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicLong failures = new AtomicLong();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        long[][] perThread = new long[clients][];
        int[] counts = new int[clients];
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < clients; t++) {
            int me = t;
            perThread[me] = new long[1 << 14];
            Thread thread = new Thread(() -> {
                int i;
                while (going.yes() && (i = next.getAndIncrement()) < total) {
                    long before = System.nanoTime();
                    Result r = call.apply(i);
                    long took = System.nanoTime() - before;
                    if (r.failure() != null) {
                        failures.incrementAndGet();
                        firstFailure.compareAndSet(null, r.failure());
                    }
                    if (counts[me] == perThread[me].length) {
                        perThread[me] = Arrays.copyOf(perThread[me], counts[me] * 2);
                    }
                    perThread[me][counts[me]++] = took;
                }
            }, "bench-client-" + t);
            threads.add(thread);
            thread.start();
        }
        long lastReport = start;
        for (Thread thread : threads) {
            while (thread.isAlive()) {
                thread.join(1000);
                long now = System.nanoTime();
                if (total != Integer.MAX_VALUE && now - lastReport > TimeUnit.SECONDS.toNanos(15)) {
                    int done = Math.min(next.get(), total);
                    double rate = done / ((now - start) / 1e9);
                    System.out.printf(Locale.ROOT, "  %s: %d of %d (%.0f/s, %.0f s left), %d failed%n", name, done, total, rate,
                            (total - done) / Math.max(rate, 1e-9), failures.get());
                    lastReport = now;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int n = 0;
        for (int c : counts) {
            n += c;
        }
        long[] all = new long[n];
        int at = 0;
        for (int t = 0; t < clients; t++) {
            System.arraycopy(perThread[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        Arrays.sort(all);
        Phase phase = new Phase(name, clients, n, failures.get(), seconds, all, firstFailure.get());
        System.out.println("  " + phase.line());
        if (phase.failures() > 0) {
            System.out.println("  first failure: " + phase.firstFailure());
        }
        return phase;
    }

    static Phase merge(String name, List<Phase> rounds) {
        long calls = 0;
        long failures = 0;
        double seconds = 0;
        String first = null;
        List<long[]> parts = new ArrayList<>();
        for (Phase p : rounds) {
            calls += p.calls();
            failures += p.failures();
            seconds += p.seconds();
            first = first == null ? p.firstFailure() : first;
            parts.add(p.nanos());
        }
        long[] all = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Phase(name, rounds.get(0).clients(), calls, failures, seconds, all, first);
    }

    // ---- HTTP

    /** One answer: its body, and why it does not count as a success (null when it does). */
    record Result(int status, String body, String failure) {

        Result expect(int wanted, String contains) {
            if (failure != null) {
                return this;
            }
            if (status != wanted || (contains != null && !body.contains(contains))) {
                return new Result(status, body, status + " " + (body.length() > 400 ? body.substring(0, 400) + "..." : body));
            }
            return this;
        }
    }

    /** Basic-auth calls over kept-alive HttpURLConnections (one per thread, pooled by the JDK). */
    record Client(String base, String login, String password) {

        String authorization() {
            return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
        }

        Result soap(String path, String envelope) {
            return call("POST", path, "text/xml; charset=UTF-8", envelope.getBytes(StandardCharsets.UTF_8)).expect(200, "<soap:Body>");
        }

        Result call(String method, String path, String contentType, byte[] body) {
            HttpURLConnection c = null;
            try {
                c = (HttpURLConnection) new URL(base + path).openConnection();
                c.setRequestMethod(method);
                c.setConnectTimeout(10_000);
                c.setReadTimeout(600_000);
                c.setRequestProperty("Authorization", authorization());
                c.setRequestProperty("Accept-Language", "en");
                if (body != null) {
                    c.setDoOutput(true);
                    c.setRequestProperty("Content-Type", contentType);
                    c.setFixedLengthStreamingMode(body.length);
                    try (OutputStream out = c.getOutputStream()) {
                        out.write(body);
                    }
                }
                int status = c.getResponseCode();
                InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                if (in != null) {
                    try (in) {
                        in.transferTo(bytes);
                    }
                }
                return new Result(status, bytes.toString(StandardCharsets.UTF_8), null);
            } catch (IOException e) {
                return new Result(-1, "", e.toString());
            }
        }
    }

    // ---- report

    static List<Phase> interleave(List<Phase> health, List<Phase> peers) {
        List<Phase> all = new ArrayList<>();
        for (int i = 0; i < health.size(); i++) {
            all.add(health.get(i));
            all.add(peers.get(i));
        }
        return all;
    }

    static String section(String command, int imported, int companies, double importSeconds, int clients, long warmUps, Phase submit,
            Phase soapCeiling, Phase health, Phase peers, long rssKib, boolean stored, List<Phase> httpWarmUp, List<Phase> rounds) {
        double p99 = peers.percentileMs(99);
        double ratio = p99 / health.percentileMs(99);
        double scoring = submit.rate() / soapCeiling.rate();
        StringBuilder s = new StringBuilder();
        s.append("## Self-diagnostic: scoring submitted assessments, and \"how am I doing\"\n\n");
        s.append("`").append(command).append("`, ").append(ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")))
                .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores; clients and server share them.\n\n");
        s.append(String.format(Locale.ROOT, "- Directory: %d synthetic companies imported over REST (9 partner files, %.0f s), %d with "
                + "the demo programme's.%n", imported, importSeconds, companies));
        s.append(String.format(Locale.ROOT, "- Stored: one completed general assessment (24 questions, random answers) per company, "
                + "%d in all, submitted over SOAP by %d clients, after %d submitted in the warm-up (those companies have two; "
                + "peers count the newest)%s.%n", submit.calls() - submit.failures(), clients, warmUps,
                stored ? "" : " (**a company's assessments could not be read back**)"));
        s.append(String.format(Locale.ROOT, "- Server RSS after the run: %d MiB.%n%n", rssKib / 1024));
        s.append("| Measure | Ours | Ceiling, same run | Ratio | Target | Met |\n|---|---|---|---|---|---|\n");
        s.append(String.format(Locale.ROOT, "| Scoring submitted assessments, per second (SOAP, %d clients) | %.0f | SOAP partner look-up: %.0f/s "
                + "| %.2f | (rate reported) | - |%n", clients, submit.rate(), soapCeiling.rate(), scoring));
        s.append(String.format(Locale.ROOT, "| \"How am I doing\" p99, ms (%d clients) | %.2f | `GET /api/v1/health` p99: %.2f ms | %.2f "
                + "| <= %.0f ms | %s |%n", clients, p99, health.percentileMs(99), ratio, P99_TARGET_MS,
                p99 <= P99_TARGET_MS && peers.failures() == 0 ? "yes" : "**no**"));
        s.append("\nRaw figures:\n\n```\n");
        for (Phase p : List.of(submit, soapCeiling, health, peers)) {
            s.append(p.line()).append('\n');
            if (p.failures() > 0) {
                s.append("  first failure: ").append(p.firstFailure()).append('\n');
            }
        }
        s.append("```\n");
        s.append("\nIn the order they ran (the warm-up is not counted above):\n\n```\n");
        for (Phase p : httpWarmUp) {
            s.append(p.line()).append('\n');
        }
        for (Phase p : rounds) {
            s.append(p.line()).append('\n');
        }
        s.append("```\n");
        return s.toString();
    }
}
