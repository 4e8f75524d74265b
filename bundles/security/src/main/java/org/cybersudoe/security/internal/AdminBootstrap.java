package org.cybersudoe.security.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.function.Function;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.jaas.modules.BackingEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the first administrator when the realm has none, so that no distribution ever
 * ships a usable default password. The password comes from the environment variable
 * {@value #PASSWORD_VARIABLE} when set, otherwise it is generated and written to a file only
 * the server's user can read, whose path is logged.
 */
final class AdminBootstrap {

    static final String PASSWORD_VARIABLE = "CYBERSUDOE_ADMIN_PASSWORD";
    static final String ADMIN_LOGIN = "admin";
    static final String ADMIN_GROUP = "admingroup";

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private AdminBootstrap() {
    }

    /** Returns the file the generated password went to, or null when nothing was generated. */
    static Path ensureAdmin(BackingEngine engine, Function<String, String> environment, Path dataFolder) {
        boolean hasAdmin = engine.listUsers().stream().anyMatch(user -> isAdmin(engine, user));
        if (hasAdmin) {
            return null;
        }
        if (engine.lookupUser(ADMIN_LOGIN) != null) {
            throw new IllegalStateException("User '" + ADMIN_LOGIN + "' exists without the admin role: fix etc/users.properties");
        }
        String fromEnvironment = environment.apply(PASSWORD_VARIABLE);
        boolean generated = fromEnvironment == null || fromEnvironment.isBlank();
        if (!generated && fromEnvironment.length() < 12) {
            throw new IllegalStateException(PASSWORD_VARIABLE + " must be at least 12 characters long");
        }
        if (!generated && !Passwords.isVaried(fromEnvironment)) {
            throw new IllegalStateException(PASSWORD_VARIABLE + " must have at least " + Passwords.MIN_DISTINCT_CHARACTERS
                    + " different characters");
        }
        String password = generated ? Passwords.generate(new SecureRandom(), 20) : fromEnvironment;
        engine.addUser(ADMIN_LOGIN, password);
        engine.addGroup(ADMIN_LOGIN, ADMIN_GROUP);
        if (!generated) {
            LOG.warn("Created the administrator '{}' with the password from {}.", ADMIN_LOGIN, PASSWORD_VARIABLE);
            return null;
        }
        Path file = dataFolder.resolve("cybersudoe").resolve("initial-admin-password");
        writeOwnerOnly(file, password + "\n");
        LOG.warn("Created the administrator '{}'. Its generated password is in {} (readable by this server's user only): "
                + "read it, log in, change it with security:user-password, then delete the file.",
                ADMIN_LOGIN, file.toAbsolutePath());
        return file;
    }

    private static boolean isAdmin(BackingEngine engine, UserPrincipal user) {
        if (engine.listRoles(user).stream().map(RolePrincipal::getName).anyMatch("admin"::equals)) {
            return true;
        }
        return engine.listGroups(user).stream().anyMatch(g -> ADMIN_GROUP.equals(g.getName()));
    }

    private static void writeOwnerOnly(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the initial admin password to " + file, e);
        }
    }
}
