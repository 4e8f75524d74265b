package org.cybersudoe.core.internal.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.cybersudoe.core.persistence.SchemaMigrator;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.core.api.resource.LoadableResource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an area's scripts with Flyway. Flyway's own class-path scanning does not see into
 * another bundle, so the scripts are listed here, from the owner's bundle (or, outside
 * OSGi, its class-path folder or jar), and handed to Flyway as resources.
 */
@Component(service = SchemaMigrator.class)
public class FlywaySchemaMigrator implements SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(FlywaySchemaMigrator.class);
    private static final Pattern AREA = Pattern.compile("[a-z][a-z0-9_]*");

    @Override
    public MigrationResult migrate(String area, DataSource dataSource, Class<?> owner) {
        String folder = folder(area);
        return migrate(area, dataSource, listScripts(owner, folder), owner.getClassLoader(), owner.getName());
    }

    @Override
    public MigrationResult migrate(String area, DataSource dataSource, Bundle owner) {
        String folder = folder(area);
        // the scripts are handed to Flyway as resources, so it needs no class loader of the area's
        return migrate(area, dataSource, bundleScripts(owner, folder), FlywaySchemaMigrator.class.getClassLoader(),
                owner.getSymbolicName());
    }

    private static String folder(String area) {
        if (!AREA.matcher(area).matches()) {
            throw new IllegalArgumentException("area must be lower-case letters, digits or _: " + area);
        }
        return "db/migration/" + area;
    }

    private MigrationResult migrate(String area, DataSource dataSource, Map<String, URL> scripts, ClassLoader loader,
            String ownerName) {
        String folder = folder(area);
        if (scripts.isEmpty()) {
            throw new IllegalStateException("No migration scripts in " + folder + " of " + ownerName);
        }
        Flyway flyway = Flyway.configure(loader)
                .dataSource(dataSource)
                .table("schema_history_" + area)
                // Every area shares one schema, so the second area to start finds it non-empty; Flyway
                // would refuse that without a history table of the area's own. A baseline at version 0
                // records "nothing of this area yet", and every script from V1 on still runs.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .placeholders(placeholdersFor(dataSource))
                .resourceProvider(new UrlResourceProvider(folder, scripts))
                .javaMigrationClassProvider(Collections::emptyList)
                .load();
        MigrationInfo current = flyway.info().current();
        // the baseline row of an area that shares the schema is not a version of the area's own
        MigrationInfo before = current == null || "0".equals(current.getVersion().getVersion()) ? null : current;
        MigrateResult result = flyway.migrate();
        MigrationResult outcome = new MigrationResult(area,
                before == null ? "none" : before.getVersion().getVersion(),
                result.targetSchemaVersion == null ? (before == null ? "none" : before.getVersion().getVersion())
                        : result.targetSchemaVersion,
                result.migrationsExecuted);
        LOG.info("Schema of area '{}': version {} -> {} ({} script(s) applied)", area, outcome.fromVersion(),
                outcome.toVersion(), outcome.applied());
        return outcome;
    }

    static Map<String, String> placeholdersFor(DataSource dataSource) {
        String product;
        try (Connection c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
        }
        boolean postgres = product.toLowerCase().contains("postgres");
        return Map.of(
                "text", postgres ? "TEXT" : "CLOB",
                "binary", postgres ? "BYTEA" : "BLOB",
                "bool", "BOOLEAN");
    }

    private static Map<String, URL> listScripts(Class<?> owner, String folder) {
        Map<String, URL> scripts = new LinkedHashMap<>();
        Bundle bundle = FrameworkUtil.getBundle(owner);
        if (bundle != null) {
            return bundleScripts(bundle, folder);
        }
        URL dir = owner.getClassLoader().getResource(folder);
        if (dir == null) {
            return scripts;
        }
        try {
            if ("file".equals(dir.getProtocol())) {
                try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
                    for (Path p : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                        scripts.put(p.getFileName().toString(), p.toUri().toURL());
                    }
                }
            } else if ("jar".equals(dir.getProtocol())) {
                JarURLConnection connection = (JarURLConnection) dir.openConnection();
                try (JarFile jar = connection.getJarFile()) {
                    for (JarEntry entry : Collections.list(jar.entries())) {
                        String name = entry.getName();
                        if (name.startsWith(folder + "/") && name.endsWith(".sql") && name.indexOf('/', folder.length() + 1) < 0) {
                            scripts.put(name.substring(folder.length() + 1), owner.getClassLoader().getResource(name));
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot list " + folder + ": " + e.getMessage(), e);
        }
        return scripts;
    }

    private static Map<String, URL> bundleScripts(Bundle bundle, String folder) {
        Map<String, URL> scripts = new LinkedHashMap<>();
        Enumeration<URL> entries = bundle.findEntries(folder, "*.sql", false);
        if (entries != null) {
            for (URL url : Collections.list(entries)) {
                String path = url.getPath();
                scripts.put(path.substring(path.lastIndexOf('/') + 1), url);
            }
        }
        return scripts;
    }

    /** Hands Flyway the scripts listed from the owning bundle. */
    private static final class UrlResourceProvider implements ResourceProvider {
        private final String folder;
        private final Map<String, URL> scripts;

        UrlResourceProvider(String folder, Map<String, URL> scripts) {
            this.folder = folder;
            this.scripts = scripts;
        }

        @Override
        public LoadableResource getResource(String name) {
            String file = name.substring(name.lastIndexOf('/') + 1);
            URL url = scripts.get(file);
            return url == null ? null : new UrlResource(folder + "/" + file, url);
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            List<LoadableResource> found = new ArrayList<>();
            scripts.forEach((file, url) -> {
                boolean suffixOk = suffixes.length == 0 || Stream.of(suffixes).anyMatch(file::endsWith);
                if (file.startsWith(prefix) && suffixOk) {
                    found.add(new UrlResource(folder + "/" + file, url));
                }
            });
            return found;
        }
    }

    private static final class UrlResource extends LoadableResource {
        private final String path;
        private final URL url;

        UrlResource(String path, URL url) {
            this.path = path;
            this.url = url;
        }

        @Override
        public Reader read() {
            try {
                InputStream in = url.openStream();
                return new InputStreamReader(in, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String getAbsolutePath() {
            return path;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return url.toString();
        }

        @Override
        public String getFilename() {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        @Override
        public String getRelativePath() {
            return path;
        }
    }
}
