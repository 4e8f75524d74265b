package org.cybersudoe.network.internal;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.internal.persistence.FlywaySchemaMigrator;
import org.cybersudoe.core.persistence.SchemaMigrator.MigrationResult;
import org.cybersudoe.network.Person;
import org.cybersudoe.network.Structure;
import org.junit.Test;

/** A database written by the release that had only V1 opens at the newest version with its data intact. */
public class SchemaEvolutionTest {

    @Test
    public void databaseWrittenAtV1OpensAtV2WithDataIntact() throws Exception {
        EmbeddedDataSource ds = TestDatabase.dataSource("evolution", true);

        MigrationResult v1 = new FlywaySchemaMigrator().migrate("network", ds, ownerSeeingOnlyV1());
        assertEquals("1", v1.toVersion());
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO net_structure (code, name_fr, name_en, status, status_since, country, lead_partner,"
                    + " row_version, created_at, updated_at) VALUES ('cybermassif', 'Cybermassif', 'Cybermassif network',"
                    + " 'PARTNER', DATE('2009-07-01'), 'FR', TRUE, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            s.executeUpdate("INSERT INTO net_structure_region (structure_id, region_code)"
                    + " SELECT id, 'FR72' FROM net_structure WHERE code = 'cybermassif'");
            s.executeUpdate("INSERT INTO net_person (structure_id, first_name, last_name, email, row_version)"
                    + " SELECT id, 'Jeanne', 'Dupont', 'jeanne@cybermassif.example', 1 FROM net_structure WHERE code = 'cybermassif'");
        }

        try (TestDatabase upgraded = reopen(ds)) {
            assertEquals(List.of("1", "2"), appliedVersions(ds));
            Structure s = new StructureServiceImpl(upgraded.db).get(Callers.EVALUATOR, "cybermassif");
            assertEquals("Cybermassif", s.name().exact(Language.FR).orElseThrow());
            assertEquals(List.of("FR72"), s.nutsRegions());
            assertEquals("rows written at V1 get the edition they used", "2006", s.nutsEdition());
            assertEquals(true, s.leadPartner());
            Person p = new DirectoryServiceImpl(upgraded.db).search(Callers.EVALUATOR,
                    new org.cybersudoe.network.PersonQuery("Dupont", null, null), org.cybersudoe.core.paging.PageRequest.first())
                    .items().get(0);
            assertEquals("jeanne@cybermassif.example", p.email());
        }
    }

    private static TestDatabase reopen(EmbeddedDataSource ds) throws Exception {
        return TestDatabase.on(ds);
    }

    private static List<String> appliedVersions(EmbeddedDataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT \"version\" FROM \"schema_history_network\" WHERE \"success\" = TRUE ORDER BY \"installed_rank\"");
                ResultSet rs = s.executeQuery()) {
            List<String> versions = new java.util.ArrayList<>();
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
            return versions;
        }
    }

    /** A class whose loader finds db/migration/network with V1 only, as the previous release's bundle did. */
    private static Class<?> ownerSeeingOnlyV1() throws IOException, ClassNotFoundException {
        Path root = Path.of("target", "release-v1");
        Path folder = root.resolve("db/migration/network");
        Files.createDirectories(folder);
        try (var old = Files.list(folder)) {
            old.forEach(p -> p.toFile().delete());
        }
        Files.copy(Path.of("target", "classes", "db", "migration", "network", "V1__init.sql"), folder.resolve("V1__init.sql"));
        URL[] urls = {root.toUri().toURL(), Path.of("target", "test-classes").toUri().toURL()};
        ClassLoader v1 = new URLClassLoader(urls, SchemaEvolutionTest.class.getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.equals(MigrationOwner.class.getName())) {
                    synchronized (getClassLoadingLock(name)) {
                        Class<?> c = findLoadedClass(name);
                        return c != null ? c : findClass(name);
                    }
                }
                return super.loadClass(name, resolve);
            }

            @Override
            public URL getResource(String name) {
                URL own = name.startsWith("db/") ? findResource(name) : null;
                return own != null ? own : super.getResource(name);
            }
        };
        Class<?> owner = v1.loadClass(MigrationOwner.class.getName());
        assertEquals(v1, owner.getClassLoader());
        return owner;
    }
}
