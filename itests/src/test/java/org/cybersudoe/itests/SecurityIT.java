package org.cybersudoe.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import javax.security.auth.Subject;

import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.security.Role;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;

/**
 * The security defaults an operator relies on: no default account, hashed passwords, the
 * generated admin password readable by the server's user only, SSH on loopback only, Karaf's
 * administration commands closed to partner users.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class SecurityIT extends CyberSudoeTestSupport {

    private Properties usersFile() throws IOException {
        Properties users = new Properties();
        try (Reader reader = Files.newBufferedReader(karafEtc().resolve("users.properties"), StandardCharsets.UTF_8)) {
            users.load(reader);
        }
        return users;
    }

    /** Realm users (not groups), leaving out the accounts these tests created. */
    private static Set<String> shippedUsers(Properties users) {
        Set<String> logins = new TreeSet<>();
        for (String key : users.stringPropertyNames()) {
            if (!key.startsWith("_g_:") && !key.startsWith(TEST_LOGIN_PREFIX)) {
                logins.add(key);
            }
        }
        return logins;
    }

    @Test
    public void theOnlyShippedAccountIsTheGeneratedAdminWithAHashedPassword() throws IOException {
        Properties users = usersFile();
        assertFalse("no 'karaf' account may exist", users.containsKey("karaf"));
        assertEquals("accounts in etc/users.properties other than the tests' own", Set.of("admin"), shippedUsers(users));

        String entry = users.getProperty("admin");
        String password = admin().password();
        assertTrue("the admin's password is stored hashed: " + entry, entry.startsWith("{CRYPT}"));
        String hash = entry.substring("{CRYPT}".length(), entry.indexOf("{CRYPT}", "{CRYPT}".length()));
        assertFalse("the plain password must not be stored", entry.contains(password));
        assertTrue("bcrypt, as etc/org.apache.karaf.jaas.cfg says (hex-encoded): " + hash,
                hash.length() >= 100 && hash.matches("[0-9a-f]+"));
        assertTrue("the admin belongs to the admin group: " + entry, entry.contains("_g_:admingroup"));

        // and every account the platform created since is hashed too
        TestUser staff = user("sec-staff", Role.PARTNER_STAFF, "cybermassif");
        String staffEntry = usersFile().getProperty(staff.login());
        assertNotNull("the new account is in the realm", staffEntry);
        assertTrue(staffEntry.startsWith("{CRYPT}"));
        assertFalse(staffEntry.contains(staff.password()));
    }

    @Test
    public void theGeneratedAdminPasswordFileIsOwnerOnlyAndLogsIn() throws IOException {
        Path file = karafData().resolve("cybersudoe/initial-admin-password");
        assertTrue("the generated password is written to " + file, Files.isRegularFile(file));
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        assertEquals("readable and writable by the server's user only",
                EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE), permissions);
        String password = admin().password();
        assertTrue("a long generated password: " + password.length(), password.length() >= 16);

        Subject subject = login(admin());
        assertTrue("the admin logs in through the realm with role admin: " + principals(subject),
                principals(subject).contains("admin"));
    }

    @Test
    public void sshListensOnLoopbackOnly() throws IOException {
        Properties shell = new Properties();
        try (Reader reader = Files.newBufferedReader(karafEtc().resolve("org.apache.karaf.shell.cfg"))) {
            shell.load(reader);
        }
        assertEquals("127.0.0.1", shell.getProperty("sshHost", "").strip());

        int port = sshPort();
        awaitListening(port);
        List<String> bound = listeningAddresses(port);
        assertFalse("the SSH port " + port + " should be listening", bound.isEmpty());
        assertEquals("SSH should be bound to 127.0.0.1 only, found " + bound, List.of("127.0.0.1"), bound);

        // and a connection through a non-loopback address of this machine is refused
        for (InetAddress address : nonLoopbackAddresses()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address, port), 2000);
                throw new AssertionError("SSH answered on " + address.getHostAddress() + ":" + port);
            } catch (IOException expected) {
                // refused: as it should be
            }
        }
    }

    @Test
    public void partnerStaffCannotRunServerAdministrationCommandsButAdminCan() {
        TestUser staff = user("sec-staff", Role.PARTNER_STAFF, "cybermassif");
        TestUser admin = admin();
        awaitCommand("bundle", "list");
        awaitCommand("config", "list");

        for (String command : List.of("bundle:list", "config:list \"(service.pid=org.apache.karaf.shell)\"",
                "bundle:stop org.cybersudoe.security")) {
            ShellResult result = shell(staff, command);
            assertRefused(command, result);
        }
        assertTrue("the security bundle must still be active after a refused bundle:stop",
                bundle("org.cybersudoe.security").getState() == Bundle.ACTIVE);

        ShellResult bundles = shell(admin, "bundle:list -s");
        assertFalse("admin runs bundle:list: " + bundles, bundles.failed());
        assertTrue(bundles.output(), bundles.output().contains("org.cybersudoe.security"));
        ShellResult config = shell(admin, "config:list \"(service.pid=org.apache.karaf.shell)\"");
        assertFalse("admin runs config:list: " + config, config.failed());
        assertTrue(config.output(), config.output().contains("sshHost"));
    }

    @Test
    public void belowAdminTheConsoleNeitherReadsNorWritesFilesNorCallsJava() {
        awaitCommand("network", "partner-list");
        String etc = System.getProperty("karaf.etc");
        String users = etc + "/users.properties";
        Path planted = Path.of(etc, "planted-by-console.cfg");
        List<String> commands = List.of(
                "cat " + users, "head -n 2 " + users, "grep admin " + users, "less " + users, "source " + users,
                "echo owned > " + planted, "echo owned >> " + planted,
                "(cm:getConfiguration org.apache.karaf.command.acl.network) properties",
                "cm:getConfiguration org.apache.karaf.command.acl.network",
                "($.context getBundle 0)", "\"x\" getClass", "new java.io.File " + users, "history");
        for (TestUser user : List.of(user("sec-staff", Role.PARTNER_STAFF, "cybermassif"), user("sec-eval", Role.EVALUATOR, null))) {
            for (String command : commands) {
                ShellResult result = shell(user, command);
                assertRefused(command + " as " + user.login(), result);
                assertFalse("nothing of etc/users.properties shows: " + result.text(), result.text().contains("_g_"));
            }
            assertFalse("no file was written", Files.exists(planted));

            ShellResult filtered = shell(user, "network:partner-list | grep cybermassif");
            assertFalse("the platform's commands and a filter on the pipe still work: " + filtered, filtered.failed());
            assertTrue(filtered.text(), filtered.output().contains("cybermassif") && !filtered.output().contains("leitat"));
        }
        ShellResult byAdmin = shell(admin(), "cat " + users);
        assertFalse("the refusals are the roles': an admin reads the file: " + byAdmin, byAdmin.failed());
        assertTrue(byAdmin.output().contains("_g_"));
    }

    @Test
    public void partnerStaffCannotRunJdbcCommands() {
        TestUser staff = user("sec-staff", Role.PARTNER_STAFF, "cybermassif");
        assertRefused("jdbc:ds-list", shell(staff, "jdbc:ds-list"));
        assertRefused("jdbc:query", shell(staff, "jdbc:query cybersudoe \"select * from sys.systables\""));

        // the commands exist (the distribution ships Karaf's jdbc feature), so the refusals above are the ACL's
        awaitCommand("jdbc", "ds-list");
        ShellResult admin = shell(admin(), "jdbc:ds-list");
        assertFalse("admin runs jdbc:ds-list: " + admin, admin.failed());
        assertTrue("admin sees the platform's DataSource: " + admin.output(), admin.output().contains("cybersudoe"));
    }

    @Test
    public void onlyAdminsAndPartnerAdminsAddAccounts() {
        awaitCommand("security", "user-add");
        TestUser staff = user("sec-staff", Role.PARTNER_STAFF, "cybermassif");
        String wanted = TEST_LOGIN_PREFIX + "by-staff-" + Long.toString(System.nanoTime(), 36);
        ShellResult refused = shell(staff, "security:user-add --partner cybermassif " + wanted + " partner-staff");
        assertRefused("security:user-add by partner-staff", refused);
        assertFalse("no account was created by a refused user-add", logins().contains(wanted));

        // a partner's admin creates staff of its own partner, not of another partner
        TestUser partnerAdmin = user("sec-padmin", Role.PARTNER_ADMIN, "cybermassif");
        String other = TEST_LOGIN_PREFIX + "other-" + Long.toString(System.nanoTime(), 36);
        ShellResult otherPartner = shell(partnerAdmin, "security:user-add --partner ciebi " + other + " partner-staff");
        assertTrue("a partner admin adding staff of another partner is told so: " + otherPartner,
                otherPartner.text().toLowerCase(Locale.ROOT).contains("error"));
        assertFalse(logins().contains(other));

        String own = TEST_LOGIN_PREFIX + "own-" + Long.toString(System.nanoTime(), 36);
        ShellResult ownPartner = shell(partnerAdmin, "security:user-add --partner cybermassif " + own + " partner-staff");
        assertTrue("a partner admin adds staff of its own partner: " + ownPartner,
                ownPartner.output().contains("Password (shown once)"));
        assertTrue(logins().contains(own));

        String typo = TEST_LOGIN_PREFIX + "typo-" + Long.toString(System.nanoTime(), 36);
        ShellResult unknownPartner = shell(admin(), "security:user-add --partner cybermasif " + typo + " partner-staff");
        assertTrue("a partner code that names no structure is refused, naming it: " + unknownPartner,
                unknownPartner.failed() && unknownPartner.text().contains("cybermasif"));
        assertFalse(logins().contains(typo));

        String byAdmin = TEST_LOGIN_PREFIX + "eval-" + Long.toString(System.nanoTime(), 36);
        ShellResult admin = shell(admin(), "security:user-add " + byAdmin + " evaluator");
        assertTrue("admin adds an evaluator: " + admin, admin.output().contains("Password (shown once)"));
        assertTrue(logins().contains(byAdmin));
    }

    @Test
    public void aResetPasswordWorksAtOnceAndTheOldOneStopsAtOnce() {
        awaitHealthy();
        awaitCommand("security", "user-password");
        TestUser staff = user("sec-reset", Role.PARTNER_STAFF, "fib");
        String probe = "/api/v1/network/structures?limit=1";
        assertEquals("the account works before", 200, get(probe, staff).status());

        ShellResult reset = shell(admin(), "security:user-password " + staff.login());
        java.util.regex.Matcher shown = java.util.regex.Pattern.compile("\\(shown once\\): (\\S+)").matcher(reset.output());
        assertTrue("the new password is printed once: " + reset.text(), shown.find());
        TestUser renewed = new TestUser(staff.login(), shown.group(1));

        assertEquals("the old password is refused at once, though it was just used", 401, get(probe, staff).status());
        assertEquals("the new password works", 200, get(probe, renewed).status());
        List<String> principals = principals(login(renewed));
        assertTrue("the account keeps its role and partner: " + principals,
                principals.contains("partner-staff") && principals.contains("partner.fib"));

        ShellResult byStaff = shell(renewed, "security:user-password " + admin().login());
        assertRefused("staff resetting the admin's password", byStaff);
        assertEquals("the admin's password is unchanged", 200, get(probe, admin()).status());
    }

    @Test
    public void accountsCreatedInARowKeepTheirRolesAndPartner() throws IOException {
        // etc/users.properties is rewritten at each account change and re-read by every login
        // and by Karaf's password auto-encryption: a burst of changes must not lose a line
        List<TestUser> created = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            created.add(user("burst-" + i, Role.PARTNER_STAFF, "leitat"));
        }
        sleep(2000); // let the realm's file watcher act on the last change
        Properties users = usersFile();
        for (TestUser u : created) {
            assertTrue("the account " + u.login() + " keeps its group and partner: " + users.getProperty(u.login()),
                    String.valueOf(users.getProperty(u.login())).endsWith(",_g_:partnerstaffgroup,partner.leitat"));
            List<String> principals = principals(login(u));
            assertTrue(u.login() + " logs in as partner staff of leitat: " + principals,
                    principals.contains("partner-staff") && principals.contains("partner.leitat"));
        }
        assertEquals("no stray entries: " + shippedUsers(users), Set.of("admin"), shippedUsers(users));
        assertTrue("the admin keeps its roles: " + principals(login(admin())), principals(login(admin())).contains("admin"));
    }

    private List<String> logins() {
        List<String> logins = new ArrayList<>();
        userAccounts.list(Caller.SYSTEM).forEach(a -> logins.add(a.login()));
        return logins;
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : bundleContext.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    /**
     * Karaf hides a command the user has no role for ("Command not found") or refuses it for
     * lack of credentials; a platform command fails with its "Error (403 ...)" report.
     */
    static void assertRefused(String command, ShellResult result) {
        String text = result.text().toLowerCase(Locale.ROOT);
        boolean byKaraf = text.contains("command not found") || text.contains("insufficient credentials");
        boolean byCommand = text.contains("error (403");
        assertTrue("'" + command + "' should be refused, got: " + result.text(), result.failed() && (byKaraf || byCommand));
    }

    private static void awaitListening(int port) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
                return;
            } catch (IOException notYet) {
                sleep(200);
            }
        }
        throw new AssertionError("nothing listens on 127.0.0.1:" + port + " (the SSH port) after 30 s");
    }

    /** The local addresses listening on {@code port}, from /proc/net/tcp and tcp6 (Linux). */
    static List<String> listeningAddresses(int port) throws IOException {
        List<String> out = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (!Files.exists(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file)) {
                String[] f = line.strip().split("\\s+");
                if (f.length < 4 || !f[1].contains(":") || !"0A".equals(f[3])) {
                    continue; // 0A = LISTEN
                }
                String[] local = f[1].split(":");
                if (Integer.parseInt(local[1], 16) == port) {
                    out.add(address(local[0]));
                }
            }
        }
        Collections.sort(out);
        return out;
    }

    private static String address(String hex) throws IOException {
        byte[] raw = new byte[hex.length() / 2];
        // /proc prints each 32-bit word in host (little-endian) order
        for (int word = 0; word < raw.length / 4; word++) {
            for (int i = 0; i < 4; i++) {
                int at = word * 8 + (3 - i) * 2;
                raw[word * 4 + i] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
            }
        }
        return InetAddress.getByAddress(raw).getHostAddress();
    }

    private static List<InetAddress> nonLoopbackAddresses() throws IOException {
        List<InetAddress> out = new ArrayList<>();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (a instanceof java.net.Inet4Address) {
                        out.add(a);
                    }
                }
            }
        }
        return out;
    }
}
