package org.cybersudoe.persistence.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * For an area's unit tests: a real embedded Derby database under {@code target/derby/}, and the
 * area's persistence unit opened on it by EclipseLink outside OSGi.
 */
public final class DerbyUnits {

    private DerbyUnits() {
    }

    /** The database {@code target/derby/<name>}; {@code wipe} starts it empty. */
    public static EmbeddedDataSource dataSource(String name, boolean wipe) {
        Path dir = Path.of("target", "derby", name);
        if (wipe && Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(dir.toAbsolutePath().toString());
        ds.setCreateDatabase("create");
        return ds;
    }

    /** The persistence unit {@code unit} (the test class path's META-INF/persistence.xml) on {@code ds}. */
    public static EntityManagerFactory openUnit(String unit, DataSource ds) {
        Map<String, Object> props = new HashMap<>();
        props.put("javax.persistence.nonJtaDataSource", ds);
        props.put("eclipselink.weaving", "false");
        return new PersistenceProvider().createEntityManagerFactory(unit, props);
    }

    /** Counts the rows of a table with plain JDBC, outside any JPA cache. */
    public static long count(DataSource ds, String table) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
