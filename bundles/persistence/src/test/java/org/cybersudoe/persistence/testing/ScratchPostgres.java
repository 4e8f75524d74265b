package org.cybersudoe.persistence.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * A throwaway PostgreSQL server for the areas' PostgreSQL tests: either the database named by
 * {@code -Dtest.postgres.url} (which is emptied), or a private cluster in a temporary
 * folder made with Debian's PostgreSQL binaries, listening on loopback on a
 * free port and stopped afterwards. Missing binaries fail the test with what to install:
 * the suite never skips the PostgreSQL check silently.
 */
public final class ScratchPostgres implements AutoCloseable {

    public static final String URL_PROPERTY = "test.postgres.url";
    private static final String SERVICE_USER = "postgres";

    private final String url;
    private final Path cluster;
    private final Path binaries;

    private ScratchPostgres(String url, Path cluster, Path binaries) {
        this.url = url;
        this.cluster = cluster;
        this.binaries = binaries;
    }

    /** The scratch database, emptied (its public schema dropped and made again). */
    public DataSource emptyDatabase() throws SQLException {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        return ds;
    }

    /** The JDBC URL of the scratch database (user and password included). */
    public String url() {
        return url;
    }

    public static ScratchPostgres start() throws IOException, InterruptedException {
        String given = System.getProperty(URL_PROPERTY, "");
        if (!given.isBlank()) {
            return new ScratchPostgres(given, null, null);
        }
        Path binaries = findBinaries();
        // under the system temp folder: the postgres account may not traverse the build folder
        Path cluster = Files.createTempDirectory("cybersudoe-postgres");
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            // PostgreSQL refuses to run as root; Debian's package brings the postgres account.
            run(List.of("chown", SERVICE_USER, cluster.toString()), false, cluster);
        }
        Path data = cluster.resolve("data");
        run(List.of(binaries.resolve("initdb").toString(), "-D", data.toString(), "-U", "scratch", "-A", "trust",
                "-E", "UTF8", "--no-sync"), root, cluster);
        int port = freePort();
        ScratchPostgres server = new ScratchPostgres("jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=scratch",
                cluster, binaries);
        run(List.of(binaries.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", cluster.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k " + cluster + " -c listen_addresses=127.0.0.1 -c fsync=off",
                "start"), root, cluster);
        return server;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (cluster != null) {
            run(List.of(binaries.resolve("pg_ctl").toString(), "-D", cluster.resolve("data").toString(), "-m", "fast", "-w",
                    "stop"), "root".equals(System.getProperty("user.name")), cluster);
            deleteTree(cluster);
        }
    }

    private static Path findBinaries() throws IOException {
        Path versions = Path.of("/usr/lib/postgresql");
        List<Path> found = new ArrayList<>();
        if (Files.isDirectory(versions)) {
            try (DirectoryStream<Path> dirs = Files.newDirectoryStream(versions)) {
                for (Path dir : dirs) {
                    if (Files.isExecutable(dir.resolve("bin").resolve("initdb"))) {
                        found.add(dir.resolve("bin"));
                    }
                }
            }
        }
        return found.stream().max(Comparator.comparing(p -> Integer.parseInt(p.getParent().getFileName().toString()
                .replaceAll("\\D", "0")))).orElseThrow(() -> new IllegalStateException(
                        "PostgreSQL server binaries not found under /usr/lib/postgresql: install them with "
                                + "'apt-get install postgresql' (./test.sh does this when run as root), "
                                + "or name a scratch database with -D" + URL_PROPERTY + "=jdbc:postgresql://..."));
    }

    private static void run(List<String> command, boolean asServiceUser, Path workDir) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asServiceUser) {
            full.addAll(List.of("runuser", "-u", SERVICE_USER, "--"));
        }
        full.addAll(command);
        Path log = Files.createTempFile("scratch-postgres", ".log");
        try {
            Process process = new ProcessBuilder(full).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + String.join(" ", full));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("Failed (" + process.exitValue() + "): " + String.join(" ", full) + "\n"
                        + Files.readString(log));
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
