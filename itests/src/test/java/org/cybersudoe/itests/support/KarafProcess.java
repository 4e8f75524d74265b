package org.cybersudoe.itests.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.IntPredicate;
import java.util.stream.Stream;

/**
 * A Karaf distribution unpacked in a folder and run as a child process ({@code bin/karaf server}),
 * the way an operator runs it. Used by {@code DistributionIT} and by {@code bench/run}, so it
 * depends on the JDK only (and on {@code tar} for unpacking).
 *
 * <p>Every wait is bounded; {@link #close()} always ends the process tree it started, forcibly
 * when {@code bin/stop} does not work in time, so a failing caller never leaves a server running.
 */
public final class KarafProcess implements AutoCloseable {

    private final Path home;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final List<Process> started = new ArrayList<>();
    private Process process;
    private long startedAtNanos;
    private java.time.Instant startedAt;

    public KarafProcess(Path home) {
        this.home = home.toAbsolutePath();
    }

    /** The folder holding bin/, etc/, data/. */
    public Path home() {
        return home;
    }

    // ---- preparing a distribution

    /**
     * Unpacks a Karaf {@code .tar.gz} into {@code target} (emptied first), dropping the
     * archive's top folder, and returns {@code target}.
     */
    public static Path unpack(Path tarGz, Path target) {
        if (!Files.isRegularFile(tarGz)) {
            throw new IllegalArgumentException("No distribution archive at " + tarGz.toAbsolutePath());
        }
        deleteTree(target);
        try {
            Files.createDirectories(target);
            Process tar = new ProcessBuilder("tar", "xzf", tarGz.toAbsolutePath().toString(), "-C",
                    target.toAbsolutePath().toString(), "--strip-components=1")
                    .redirectErrorStream(true).start();
            String out = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!tar.waitFor(120, TimeUnit.SECONDS) || tar.exitValue() != 0) {
                tar.destroyForcibly();
                throw new IllegalStateException("tar failed unpacking " + tarGz + ": " + out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (!Files.isRegularFile(target.resolve("bin/karaf"))) {
            throw new IllegalStateException("Unpacked " + tarGz + " has no bin/karaf under " + target);
        }
        return target;
    }

    /** Deletes a folder tree if it exists. */
    public static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A TCP port free on the loopback interface right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sets {@code key = value} in a Karaf {@code .cfg} or {@code .properties} file under the
     * home folder: replaces the first active assignment of {@code key} (with its continuation
     * lines) or appends one.
     */
    public KarafProcess configure(String relativeFile, String key, String value) {
        Path file = home.resolve(relativeFile);
        try {
            List<String> lines = Files.exists(file) ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8))
                    : new ArrayList<>();
            String assignment = key + " = " + value;
            int at = -1;
            for (int i = 0; i < lines.size() && at < 0; i++) {
                if (keyOf(lines.get(i)).equals(key) && (i == 0 || !lines.get(i - 1).strip().endsWith("\\"))) {
                    at = i;
                }
            }
            if (at < 0) {
                lines.add(assignment);
            } else {
                int last = at;
                while (last + 1 < lines.size() && lines.get(last).strip().endsWith("\\")) {
                    last++;
                }
                for (int k = last; k > at; k--) {
                    lines.remove(k);
                }
                lines.set(at, assignment);
            }
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The value of an active assignment of {@code key} in a file under the home folder, continuation lines joined. */
    public Optional<String> configured(String relativeFile, String key) {
        Path file = home.resolve(relativeFile);
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (keyOf(lines.get(i)).equals(key)) {
                    StringBuilder value = new StringBuilder();
                    String line = lines.get(i).strip().substring(key.length()).strip();
                    if (line.startsWith("=") || line.startsWith(":")) {
                        line = line.substring(1);
                    }
                    while (true) {
                        String stripped = line.strip();
                        boolean more = stripped.endsWith("\\");
                        value.append(more ? stripped.substring(0, stripped.length() - 1) : stripped);
                        if (!more || ++i >= lines.size()) {
                            break;
                        }
                        line = lines.get(i);
                    }
                    return Optional.of(value.toString().strip());
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String keyOf(String line) {
        String stripped = line.strip();
        if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!")) {
            return "";
        }
        int end = 0;
        while (end < stripped.length() && "=: \t".indexOf(stripped.charAt(end)) < 0) {
            end++;
        }
        return stripped.substring(0, end);
    }

    /**
     * Moves every listening port to the given free ones and binds HTTP, SSH and JMX to the
     * loopback interface only.
     */
    public KarafProcess ports(int http, int ssh, int rmiRegistry, int rmiServer) {
        configure("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(http));
        configure("etc/org.ops4j.pax.web.cfg", "org.ops4j.pax.web.listening.addresses", "127.0.0.1");
        configure("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(ssh));
        configure("etc/org.apache.karaf.shell.cfg", "sshHost", "127.0.0.1");
        configure("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(rmiRegistry));
        configure("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(rmiServer));
        configure("etc/org.apache.karaf.management.cfg", "rmiRegistryHost", "127.0.0.1");
        configure("etc/org.apache.karaf.management.cfg", "rmiServerHost", "127.0.0.1");
        return this;
    }

    /** An environment variable for the server process. */
    public KarafProcess env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    // ---- running

    /**
     * Starts {@code bin/karaf server}; its console output goes to {@code console.log} in the
     * home folder (appended across starts).
     */
    public synchronized KarafProcess start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("Already running: " + home);
        }
        Path karaf = home.resolve("bin/karaf");
        home.resolve("bin").toFile().listFiles(f -> f.setExecutable(true));
        ProcessBuilder builder = new ProcessBuilder(karaf.toString(), "server").directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        builder.environment().keySet().removeIf(k -> k.startsWith("KARAF_"));
        // exec: the java process replaces the script, so its pid is the one measured and stopped
        builder.environment().put("KARAF_EXEC", "exec");
        builder.environment().putAll(environment);
        try {
            startedAtNanos = System.nanoTime();
            startedAt = java.time.Instant.now();
            process = builder.start();
            started.add(process);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + karaf, e);
        }
        return this;
    }

    private static java.io.File nullDevice() {
        return new java.io.File("/dev/null");
    }

    /** True while the started server process runs. */
    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** When {@link #start()} launched the server. */
    public java.time.Instant startedAt() {
        return startedAt;
    }

    /** Time since {@link #start()}. */
    public Duration sinceStart() {
        return Duration.ofNanos(System.nanoTime() - startedAtNanos);
    }

    /** The pid of the server's JVM (the started process, or its java descendant). */
    public synchronized long javaPid() {
        if (process == null) {
            throw new IllegalStateException("Not started");
        }
        ProcessHandle handle = process.toHandle();
        if (isJava(handle)) {
            return handle.pid();
        }
        return handle.descendants().filter(KarafProcess::isJava).findFirst().map(ProcessHandle::pid)
                .orElse(handle.pid());
    }

    private static boolean isJava(ProcessHandle handle) {
        return handle.info().command().map(c -> c.endsWith("/java")).orElse(false);
    }

    /** The resident memory of the server's JVM in KiB, from /proc/PID/status (VmRSS); empty when unknown. */
    public OptionalLong rssKib() {
        return rssKib(javaPid());
    }

    /** VmRSS of a process in KiB; empty when /proc has no such process. */
    public static OptionalLong rssKib(long pid) {
        Path status = Path.of("/proc", String.valueOf(pid), "status");
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.UTF_8)) {
                if (line.startsWith("VmRSS:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    /**
     * Polls {@code url} until its status satisfies {@code ready}, the server dies or the
     * timeout passes; returns the time from {@link #start()} to readiness.
     *
     * @throws IllegalStateException on timeout or when the server ended, with the last answer
     *     and the end of the console log
     */
    public Duration awaitHttp(URI url, IntPredicate ready, Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (!isAlive()) {
                throw new IllegalStateException("The server in " + home + " ended (exit " + process.exitValue()
                        + ") before " + url + " was ready; last answer: " + last + "\n" + consoleTail(40));
            }
            try {
                HttpResponse<String> response = client.send(
                        HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(3)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                last = response.statusCode() + " " + abbreviate(response.body(), 600);
                if (ready.test(response.statusCode())) {
                    return sinceStart();
                }
            } catch (IOException e) {
                last = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted waiting for " + url, e);
            }
            sleep(100);
        }
        throw new IllegalStateException("Not ready after " + timeout.toSeconds() + " s: " + url + " answered " + last
                + "\n" + consoleTail(40));
    }

    /**
     * Stops the server with {@code bin/stop} and waits for it to end; ends it forcibly when it
     * has not ended within {@code timeout}. Returns true when it stopped cleanly.
     */
    public synchronized boolean stop(Duration timeout) {
        if (process == null || !process.isAlive()) {
            return true;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            Process stop = new ProcessBuilder(home.resolve("bin/stop").toString()).directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()))
                    .start();
            started.add(stop);
            if (!stop.waitFor(Math.max(1, timeout.toSeconds()), TimeUnit.SECONDS)) {
                stop.destroyForcibly();
            }
            long left = Math.max(0, deadline - System.nanoTime());
            if (process.waitFor(left, TimeUnit.NANOSECONDS)) {
                return true;
            }
        } catch (IOException e) {
            // fall through to the forced end
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill();
        return false;
    }

    /**
     * Kills whichever server {@code current} holds when the harness itself is stopped (Ctrl-C, a
     * timeout), so that no measured server outlives the benchmark that started it.
     */
    public static void killOnShutdown(Supplier<KarafProcess> current) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            KarafProcess k = current.get();
            if (k != null) {
                k.kill();
            }
        }, "bench-cleanup"));
    }

    /** Ends every process this object started, and their descendants, at once. */
    public synchronized void kill() {
        for (Process p : started) {
            ProcessHandle handle = p.toHandle();
            handle.descendants().forEach(ProcessHandle::destroyForcibly);
            handle.destroyForcibly();
            try {
                p.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        started.removeIf(p -> !p.isAlive());
    }

    /** Stops gracefully if possible (bounded), else forcibly. */
    @Override
    public void close() {
        try {
            stop(Duration.ofSeconds(30));
        } finally {
            kill();
        }
    }

    // ---- diagnostics

    /** The last lines of the console output and of data/log/karaf.log. */
    public String consoleTail(int lines) {
        return "--- " + home.resolve("console.log") + "\n" + tail(home.resolve("console.log"), lines)
                + "--- " + home.resolve("data/log/karaf.log") + "\n" + tail(home.resolve("data/log/karaf.log"), lines);
    }

    /** The last {@code lines} lines of a text file; empty when it does not exist. */
    public static String tail(Path file, int lines) {
        try {
            if (!Files.exists(file)) {
                return "(none)\n";
            }
            List<String> all = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
            StringBuilder out = new StringBuilder();
            all.subList(Math.max(0, all.size() - lines), all.size()).forEach(l -> out.append(l).append('\n'));
            return out.toString();
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")\n";
        }
    }

    /** Reads a file under the home folder, if it exists. */
    public Optional<String> read(String relativeFile) {
        Path file = home.resolve(relativeFile);
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String abbreviate(String text, int max) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() <= max ? flat : flat.substring(0, max) + "...";
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
