package org.cybersudoe.core.internal.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.io.File;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.cybersudoe.core.persistence.SchemaMigrator.MigrationResult;
import org.junit.Test;

public class FlywaySchemaMigratorTest {

    private EmbeddedDataSource database(String name) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(new File("target/derby-" + name + "-" + System.nanoTime()).getAbsolutePath());
        ds.setCreateDatabase("create");
        return ds;
    }

    @Test
    public void appliesScriptsInOrderOnceAndRecordsTheVersion() throws SQLException {
        EmbeddedDataSource ds = database("order");
        FlywaySchemaMigrator migrator = new FlywaySchemaMigrator();

        MigrationResult first = migrator.migrate("sample", ds, FlywaySchemaMigratorTest.class);
        assertEquals("none", first.fromVersion());
        assertEquals("2", first.toVersion());
        assertEquals(2, first.applied());

        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO sample_person (id, name, notes, email) VALUES (1, 'Ana', 'long text', 'ana@example.org')");
        }
        MigrationResult again = migrator.migrate("sample", ds, FlywaySchemaMigratorTest.class);
        assertEquals(0, again.applied());
        assertEquals("2", again.toVersion());
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT name, email FROM sample_person")) {
            rows.next();
            assertEquals("Ana", rows.getString(1));
            assertEquals("ana@example.org", rows.getString(2));
        }
    }

    @Test
    public void aSecondAreaMigratesIntoTheSchemaTheFirstOneFilled() throws SQLException {
        EmbeddedDataSource ds = database("two-areas");
        FlywaySchemaMigrator migrator = new FlywaySchemaMigrator();
        migrator.migrate("sample", ds, FlywaySchemaMigratorTest.class);

        MigrationResult other = migrator.migrate("other", ds, FlywaySchemaMigratorTest.class);
        assertEquals("none", other.fromVersion());
        assertEquals("1", other.toVersion());
        assertEquals(1, other.applied());
        assertEquals(0, migrator.migrate("other", ds, FlywaySchemaMigratorTest.class).applied());
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO other_thing (id, label) VALUES (1, 'x')");
            s.executeUpdate("INSERT INTO sample_person (id, name, notes, email) VALUES (1, 'Ana', 'n', 'ana@example.org')");
        }
    }

    @Test
    public void anAreaWithoutScriptsIsAnError() {
        try {
            new FlywaySchemaMigrator().migrate("nothing", database("none"), FlywaySchemaMigratorTest.class);
            fail("migrated an area without scripts");
        } catch (IllegalStateException expected) {
            assertEquals(true, expected.getMessage().contains("db/migration/nothing"));
        }
    }

    @Test(expected = IllegalArgumentException.class)
    public void areaNamesCannotEscapeTheirFolder() {
        new FlywaySchemaMigrator().migrate("../etc", database("bad"), FlywaySchemaMigratorTest.class);
    }
}
