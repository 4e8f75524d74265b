package org.cybersudoe.security.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.properties.PropertiesBackingEngineFactory;
import org.apache.karaf.jaas.modules.properties.PropertiesLoginModule;
import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.security.Role;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Accounts written through Karaf's own properties engine into a real users file, while another
 * thread reads the file as a login does: every account it sees is complete.
 */
public class RealmUserStoreTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void readersNeverSeeAnAccountWithoutItsGroupAndPartner() throws Exception {
        Path users = folder.getRoot().toPath().resolve("users.properties");
        Files.writeString(users, "admin = secret,_g_:admingroup\n"
                + "_g_\\:admingroup = group,admin\n"
                + "_g_\\:partnerstaffgroup = group,partner-staff\n", StandardCharsets.UTF_8);
        RealmUserStore store = storeOver(users);
        UserAccountsImpl accounts = new UserAccountsImpl(store);

        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> incomplete = new ArrayList<>();
        int[] reads = {0};
        Thread reader = new Thread(() -> {
            while (writing.get()) {
                Properties seen = read(users);
                reads[0]++;
                for (String login : seen.stringPropertyNames()) {
                    String entry = seen.getProperty(login);
                    if (login.startsWith("staff") && !entry.endsWith(",_g_:partnerstaffgroup,partner.leitat")) {
                        incomplete.add(login + " = " + entry);
                    }
                }
                if (!seen.containsKey("admin") || !seen.containsKey("_g_:partnerstaffgroup")) {
                    incomplete.add("a file without its shipped lines: " + seen);
                }
            }
        });
        reader.start();
        try {
            for (int i = 0; i < 40; i++) {
                accounts.create(Caller.SYSTEM, "staff" + i, Role.PARTNER_STAFF, Optional.of("leitat"));
            }
        } finally {
            writing.set(false);
            reader.join();
        }

        assertTrue("read while writing: " + reads[0], reads[0] > 0);
        assertEquals("every account read was complete (first few shown)", List.of(),
                incomplete.subList(0, Math.min(5, incomplete.size())));
        Properties last = read(users);
        for (int i = 0; i < 40; i++) {
            assertTrue("staff" + i + " kept", last.getProperty("staff" + i, "").endsWith(",_g_:partnerstaffgroup,partner.leitat"));
        }
        assertTrue("no draft is left behind", Files.list(users.getParent()).allMatch(users::equals));
    }

    @Test
    public void aRefusedChangeLeavesTheFileAsItWas() throws Exception {
        Path users = folder.getRoot().toPath().resolve("users.properties");
        String before = "admin = secret,_g_:admingroup\n_g_\\:admingroup = group,admin\n";
        Files.writeString(users, before, StandardCharsets.UTF_8);
        RealmUserStore store = storeOver(users);
        try {
            store.edit(engine -> {
                engine.addUser("half", "written");
                throw new IllegalArgumentException("refused half-way");
            });
        } catch (IllegalArgumentException expected) {
            // the change is abandoned
        }
        assertEquals(before, Files.readString(users, StandardCharsets.UTF_8));
    }

    @Test
    public void aResetOrChangedPasswordKeepsTheGroupAndPartner() throws Exception {
        Path users = folder.getRoot().toPath().resolve("users.properties");
        Files.writeString(users, "admin = secret,_g_:admingroup\n_g_\\:admingroup = group,admin\n"
                + "_g_\\:partnerstaffgroup = group,partner-staff\n_g_\\:partneradmingroup = group,partner-admin\n",
                StandardCharsets.UTF_8);
        UserAccountsImpl accounts = new UserAccountsImpl(storeOver(users));
        String first = accounts.create(Caller.SYSTEM, "ana", Role.PARTNER_STAFF, Optional.of("fib"));
        accounts.create(Caller.SYSTEM, "boss", Role.PARTNER_ADMIN, Optional.of("fib"));
        Caller boss = Caller.fromRoleNames("boss", List.of("partner-admin", "partner.fib"));

        String reset = accounts.resetPassword(boss, "ana");
        assertTrue(!reset.equals(first));
        assertEquals(reset + ",_g_:partnerstaffgroup,partner.fib", read(users).getProperty("ana"));

        Caller ana = Caller.fromRoleNames("ana", List.of("partner-staff", "partner.fib"));
        accounts.changeOwnPassword(ana, "a long enough passphrase");
        assertEquals("a long enough passphrase,_g_:partnerstaffgroup,partner.fib", read(users).getProperty("ana"));
        try {
            accounts.changeOwnPassword(ana, "short");
            fail("a short password was accepted");
        } catch (ValidationException expected) {
            assertEquals("password", expected.fieldErrors().get(0).field());
        }
        try {
            accounts.resetPassword(ana, "boss");
            fail("staff reset their partner admin's password");
        } catch (AccessDeniedException expected) {
            assertTrue(read(users).getProperty("boss").endsWith(",_g_:partneradmingroup,partner.fib"));
        }
        assertEquals("a long enough passphrase,_g_:partnerstaffgroup,partner.fib", read(users).getProperty("ana"));
    }

    private RealmUserStore storeOver(Path users) {
        // the store creates the first admin when it starts: there is one already
        RealmUserStore store = new RealmUserStore();
        store.addFactory(new PropertiesBackingEngineFactory());
        store.addRealm(new JaasRealm() {
            @Override
            public String getName() {
                return RealmUserStore.REALM;
            }

            @Override
            public int getRank() {
                return 0;
            }

            @Override
            public AppConfigurationEntry[] getEntries() {
                return new AppConfigurationEntry[] {new AppConfigurationEntry(ProxyLoginModule.class.getName(),
                        LoginModuleControlFlag.REQUIRED, Map.of(ProxyLoginModule.PROPERTY_MODULE,
                                PropertiesLoginModule.class.getName(), RealmUserStore.USERS_FILE_OPTION, users.toString()))};
            }
        });
        return store;
    }

    private static Properties read(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            // replaced while opening: read again next round
        }
        return p;
    }
}
