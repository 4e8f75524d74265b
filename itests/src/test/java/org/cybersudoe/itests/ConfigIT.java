package org.cybersudoe.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Collection;
import java.util.function.IntPredicate;

import javax.sql.DataSource;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.ServiceReference;

/**
 * Settings as an operator changes them: described by metatype, set from the console, applied
 * by the running server without a restart, and kept in the area's own file under etc/.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ConfigIT extends CyberSudoeTestSupport {

    private static final String PID = "org.cybersudoe.web";
    private static final String PEOPLE = "/api/v1/network/people";

    @Test
    public void anAreasSettingIsDescribedAndChangesAtRunTimeWithoutRestart() throws IOException {
        awaitHealthy();
        TestUser admin = admin();

        ShellResult meta = shell(admin, "config:meta " + PID);
        assertFalse(meta.text(), meta.failed());
        assertTrue("metatype names the setting: " + meta.output(), meta.output().contains("maxBodyBytes"));
        assertTrue("and says what it does: " + meta.output(), meta.output().contains("refused with 413"));

        // about 5 KB, and invalid (the function is too long), so no attempt writes anything
        String body = "{\"firstName\":\"Size\",\"lastName\":\"Probe\",\"structure\":\"fib\",\"email\":\"size@example.org\","
                + "\"function\":\"" + "x".repeat(5000) + "\"}";
        assertEquals("under the shipped 1 MiB limit the body is read and refused for its content",
                400, postJson(PEOPLE, admin, body).status());
        try {
            set(admin, "maxBodyBytes", "4096");
            awaitStatus(body, admin, s -> s == 413, "a 4 KiB limit refuses the 5 KB body with 413, without a restart");
            assertTrue("the change is kept in etc/" + PID + ".cfg",
                    awaitFileMatches("(?m)^maxBodyBytes\\s*=\\s*4096\\s*$"));
        } finally {
            set(admin, "maxBodyBytes", "1048576");
        }
        awaitStatus(body, admin, s -> s == 400, "back to 1 MiB, the body is read again");
    }

    private void set(TestUser admin, String key, String value) {
        ShellResult set = shell(admin, "config:property-set -p " + PID + " " + key + " " + value);
        assertFalse(set.text(), set.failed());
    }

    private void awaitStatus(String body, TestUser user, IntPredicate wanted, String what) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        int status;
        while (!wanted.test(status = postJson(PEOPLE, user, body).status())) {
            if (System.nanoTime() > deadline) {
                fail(what + " (last status " + status + ")");
            }
            sleep(300);
        }
    }

    private static boolean awaitFileMatches(String regex) throws IOException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (Files.readString(karafEtc().resolve(PID + ".cfg"), StandardCharsets.UTF_8).matches("(?s).*" + regex + ".*")) {
                return true;
            }
            sleep(300);
        }
        return false;
    }

    /**
     * The one DataSource of etc/org.ops4j.datasource-cybersudoe.cfg hands out pooled connections:
     * without the pool, every transaction and every read of every area opened a connection.
     */
    @Test
    public void thePlatformDataSourcePoolsItsConnections() throws Exception {
        awaitHealthy();
        Collection<ServiceReference<DataSource>> references =
                bundleContext.getServiceReferences(DataSource.class, "(osgi.jndi.service.name=cybersudoe)");
        assertEquals(1, references.size());
        ServiceReference<DataSource> reference = references.iterator().next();
        DataSource dataSource = bundleContext.getService(reference);
        try {
            String type = dataSource.getClass().getName();
            assertTrue("the DataSource is " + type + ", not a Commons DBCP 2 pool", type.startsWith("org.apache.commons.dbcp2."));
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("VALUES 1")) {
                assertTrue(r.next());
                assertEquals(1, r.getInt(1));
            }
        } finally {
            bundleContext.ungetService(reference);
        }
    }
}
