package org.cybersudoe.security.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.Test;

public class AdminBootstrapTest {

    private final Path data = Path.of("target", "data-" + System.nanoTime());

    @Test
    public void firstStartGeneratesAStrongPasswordReadableByTheOwnerOnly() throws Exception {
        InMemoryBackingEngine engine = new InMemoryBackingEngine();
        Path file = AdminBootstrap.ensureAdmin(engine, name -> null, data);

        assertNotNull(file);
        String password = Files.readString(file).trim();
        assertEquals(20, password.length());
        assertEquals(password, engine.passwords.get("admin"));
        assertEquals(List.of("admingroup"), engine.userGroups.get("admin"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    public void theEnvironmentVariableGivesThePasswordAndNoFileIsWritten() {
        InMemoryBackingEngine engine = new InMemoryBackingEngine();
        Path file = AdminBootstrap.ensureAdmin(engine, Map.of("CYBERSUDOE_ADMIN_PASSWORD", "a-long-enough-secret")::get, data);

        assertNull(file);
        assertEquals("a-long-enough-secret", engine.passwords.get("admin"));
        assertTrue(Files.notExists(data.resolve("cybersudoe/initial-admin-password")));
    }

    @Test
    public void aShortEnvironmentPasswordIsRefusedAndNothingIsCreated() {
        InMemoryBackingEngine engine = new InMemoryBackingEngine();
        try {
            AdminBootstrap.ensureAdmin(engine, Map.of("CYBERSUDOE_ADMIN_PASSWORD", "short")::get, data);
            fail("accepted a 5-character admin password");
        } catch (IllegalStateException expected) {
            assertTrue(engine.passwords.isEmpty());
        }
    }

    @Test
    public void aRepetitiveEnvironmentPasswordIsRefusedAndNothingIsCreated() {
        InMemoryBackingEngine engine = new InMemoryBackingEngine();
        try {
            AdminBootstrap.ensureAdmin(engine, Map.of("CYBERSUDOE_ADMIN_PASSWORD", "adminadminadmin")::get, data);
            fail("accepted an admin password of 5 different characters");
        } catch (IllegalStateException expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("6 different characters"));
            assertTrue(engine.passwords.isEmpty());
        }
    }

    @Test
    public void laterStartsLeaveAnExistingAdminAlone() {
        InMemoryBackingEngine engine = new InMemoryBackingEngine();
        engine.addUser("lead", "secret");
        engine.addGroup("lead", "admingroup");

        assertNull(AdminBootstrap.ensureAdmin(engine, name -> null, data));
        assertEquals(1, engine.passwords.size());
    }
}
