package org.cybersudoe.itests;

import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.systemTimeout;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.inject.Inject;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.features.BootFinished;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.security.Role;
import org.cybersudoe.security.UserAccounts;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.ProbeBuilder;
import org.ops4j.pax.exam.TestProbeBuilder;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the Pax Exam tests share: the real distribution booted once for the whole suite
 * (every subclass uses {@code @ExamReactorStrategy(PerSuite.class)} and this configuration),
 * an HTTP client with Basic auth for REST and SOAP, a bounded wait for {@code /api/v1/health},
 * test accounts made through {@link UserAccounts}, and shell commands run as a given user so
 * the command ACLs and the services' partner scope apply.
 *
 * <p>Test methods run inside the server's JVM; they reach it over loopback HTTP like a client.
 */
public abstract class CyberSudoeTestSupport {

    /** Every account the tests create starts with this, so tests can tell them from shipped ones. */
    public static final String TEST_LOGIN_PREFIX = "it-";

    static final String HTTP_PORT_PROPERTY = "cybersudoe.itest.http.port";
    static final String SSH_PORT_PROPERTY = "cybersudoe.itest.ssh.port";
    static final String SMTP_PORT_PROPERTY = "cybersudoe.itest.smtp.port";
    static final String DKIM_SELECTOR = "itest";
    static final String EXTENSION_KAR_PROPERTY = "itests.extension.kar";
    static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(120);
    static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(60);

    /** One suffix per container, so logins never collide with an earlier run's. */
    private static final String RUN = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36);
    private static final Map<String, TestUser> USERS = new ConcurrentHashMap<>();
    private static final ExecutorService SHELL = Executors.newCachedThreadPool();

    protected static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected SessionFactory sessionFactory;

    @Inject
    protected UserAccounts userAccounts;

    /** Injected so tests start only once every boot feature is installed. */
    @Inject
    protected BootFinished bootFinished;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    // ---------------------------------------------------------------- container

    @Configuration
    public Option[] config() {
        String karafVersion = System.getProperty("karaf.version", "4.4.9");
        String httpPort = Integer.toString(freePort());
        String sshPort = Integer.toString(freePort());
        String smtpPort = Integer.toString(freePort());
        String rmiRegistryPort = Integer.toString(freePort());
        String rmiServerPort = Integer.toString(freePort());
        String localRepository = System.getProperty("org.ops4j.pax.url.mvn.localRepository", "");
        // The distribution from the local Maven repository, or the archive named by the system
        // property itests.distribution.url (a file: URL) when set. (Karaf option types stay out
        // of method signatures: this class is loaded in the container too, without them.)
        String distributionUrl = System.getProperty("itests.distribution.url", "");
        var distribution = distributionUrl.isBlank()
                ? karafDistributionConfiguration()
                        .frameworkUrl(maven("org.cybersudoe", "cybersudoe-karaf").type("tar.gz").versionAsInProject())
                : karafDistributionConfiguration().frameworkUrl(distributionUrl);
        List<Option> options = new ArrayList<>(List.of(
                distribution
                        .name("CyberSudoe")
                        .unpackDirectory(new File(System.getProperty("itests.unpack.dir", "target/exam")))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole(),
                logLevel(LogLevel.WARN),
                systemTimeout(150_000),
                // service injection waits for the boot features (a cold boot takes a while on 2 cores)
                systemProperty("pax.exam.service.timeout").value("180000"),
                systemProperty(HTTP_PORT_PROPERTY).value(httpPort),
                systemProperty(SSH_PORT_PROPERTY).value(sshPort),
                systemProperty(SMTP_PORT_PROPERTY).value(smtpPort),
                // newsletters go to the SMTP server OutreachIT starts in the container (GreenMail)
                editConfigurationFilePut("etc/org.cybersudoe.outreach.mail.cfg", "host", "127.0.0.1"),
                editConfigurationFilePut("etc/org.cybersudoe.outreach.mail.cfg", "port", smtpPort),
                // and are DKIM-signed, so that the signer is seen working inside OSGi
                editConfigurationFilePut("etc/org.cybersudoe.outreach.mail.cfg", "dkimSelector", DKIM_SELECTOR),
                editConfigurationFilePut("etc/org.cybersudoe.outreach.mail.cfg", "dkimKeyFile", dkimKeyFile()),
                mavenBundle().groupId("com.icegreen").artifactId("greenmail").versionAsInProject(),
                systemProperty(EXTENSION_KAR_PROPERTY).value(System.getProperty(EXTENSION_KAR_PROPERTY, "")),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.ops4j.pax.web.listening.addresses", "127.0.0.1"),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", sshPort),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", rmiRegistryPort),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", rmiServerPort),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryHost", "127.0.0.1"),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerHost", "127.0.0.1"),
                editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "updateSnapshots", "none"),
                // what bin/karaf and bin/setenv pass on Java 17; Pax Exam starts java itself
                vmOptions(
                        "-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:NewRatio=5", "-XX:+UnlockExperimentalVMOptions", "-XX:TrimNativeHeapInterval=10000", "-XX:MaxMetaspaceSize=256m", "-Xss512k",
                        "-XX:ReservedCodeCacheSize=96m",
                        "--add-reads=java.xml=java.logging",
                        "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                        "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karafVersion + ".jar",
                        "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karafVersion + ".jar",
                        "--add-opens", "java.base/java.security=ALL-UNNAMED",
                        "--add-opens", "java.base/java.net=ALL-UNNAMED",
                        "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                        "--add-opens", "java.base/java.util=ALL-UNNAMED",
                        "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
                        "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
                        "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
                        "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
                        "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
                        "--add-exports=java.security.sasl/com.sun.security.sasl=ALL-UNNAMED",
                        "--add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED",
                        "-classpath", "lib/jdk9plus/*" + File.pathSeparator + "lib/boot/*")));
        if (Boolean.getBoolean("itests.keep")) {
            // -Ditests.keep=true keeps target/exam/<uuid> (etc/, data/log/karaf.log) for a look afterwards
            options.add(org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder());
        }
        if (!localRepository.isBlank()) {
            options.add(editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg",
                    "org.ops4j.pax.url.mvn.localRepository", localRepository));
        }
        return options.toArray(new Option[0]);
    }

    @ProbeBuilder
    public TestProbeBuilder probeConfiguration(TestProbeBuilder probe) {
        probe.setHeader(Constants.DYNAMICIMPORT_PACKAGE, "*");
        return probe;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The folder holding etc/, data/ of the running server. */
    protected static Path karafBase() {
        return Path.of(System.getProperty("karaf.base"));
    }

    protected static Path karafData() {
        return Path.of(System.getProperty("karaf.data"));
    }

    /** The folder console commands read and write files in (created if need be). */
    protected static Path karafExchange() {
        try {
            return Files.createDirectories(karafBase().resolve("exchange"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static Path karafEtc() {
        return Path.of(System.getProperty("karaf.etc"));
    }

    protected static int httpPort() {
        return Integer.parseInt(System.getProperty(HTTP_PORT_PROPERTY));
    }

    /** A fresh RSA-2048 key for DKIM, as the PKCS#8 PEM file the mail settings name; its path. */
    private static String dkimKeyFile() {
        try {
            java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            Path file = Files.createTempFile("itest-dkim", ".pem");
            file.toFile().deleteOnExit();
            Files.writeString(file, "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
                    .encodeToString(generator.generateKeyPair().getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
            return file.toAbsolutePath().toString();
        } catch (java.security.GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot write a DKIM key for the tests", e);
        }
    }

    protected static int smtpPort() {
        return Integer.parseInt(System.getProperty(SMTP_PORT_PROPERTY));
    }

    protected static int sshPort() {
        return Integer.parseInt(System.getProperty(SSH_PORT_PROPERTY));
    }

    // ---------------------------------------------------------------- accounts

    /** A login and its password. */
    public record TestUser(String login, String password) {
    }

    /** The generated first admin, read from the file the platform wrote at first start. */
    protected static TestUser admin() {
        Path file = karafData().resolve("cybersudoe/initial-admin-password");
        try {
            return new TestUser("admin", Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new AssertionError("The generated admin password should be in " + file, e);
        }
    }

    /**
     * A test account with one role (and a partner for partner roles), created once per suite
     * through {@link UserAccounts} as the platform itself.
     *
     * @param name a short name, unique per role and partner in the suite, such as {@code staff-a}
     */
    protected TestUser user(String name, Role role, String partnerCode) {
        return USERS.computeIfAbsent(name + "/" + role + "/" + partnerCode, k -> {
            String login = TEST_LOGIN_PREFIX + name + "-" + RUN;
            String password = userAccounts.create(Caller.SYSTEM, login, role, Optional.ofNullable(partnerCode));
            return new TestUser(login, password);
        });
    }

    // ---------------------------------------------------------------- HTTP

    /** An HTTP answer: status, Content-Type, body, and the Location and ETag headers (null when none). */
    public record Answer(int status, String contentType, String body, String location, String etag) {

        /** The body as JSON. */
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON (" + status + " " + contentType + "): " + abbreviate(body), e);
            }
        }

        /** True for {@code application/problem+json}. */
        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        /** The field names of a problem document's errors. */
        public List<String> problemFields() {
            List<String> fields = new ArrayList<>();
            json().path("errors").forEach(e -> fields.add(e.path("field").asText()));
            return fields;
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + abbreviate(body);
        }
    }

    protected URI url(String path) {
        return URI.create("http://127.0.0.1:" + httpPort() + path);
    }

    /** Sends a request; {@code user} null means no credentials; {@code body} null means none. */
    protected Answer send(String method, String path, TestUser user, String contentType, byte[] body,
            Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user.login() + ":" + user.password()).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.header("Accept", "application/json, application/problem+json, text/xml, */*");
        if (headers != null) {
            headers.forEach(request::header);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body(),
                    response.headers().firstValue("Location").orElse(null), response.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    protected Answer get(String path, TestUser user) {
        return send("GET", path, user, null, null, null);
    }

    protected Answer postJson(String path, TestUser user, String json) {
        return send("POST", path, user, "application/json", json.getBytes(StandardCharsets.UTF_8), null);
    }

    protected Answer putJson(String path, TestUser user, String json) {
        return send("PUT", path, user, "application/json", json.getBytes(StandardCharsets.UTF_8), null);
    }

    /** POSTs a SOAP 1.1 envelope whose body is {@code bodyXml}. */
    protected Answer soap(String path, TestUser user, String bodyXml) {
        return soap(path, user, bodyXml, Map.of());
    }

    /** POSTs a SOAP 1.1 envelope whose body is {@code bodyXml}, with these HTTP headers as well. */
    protected Answer soap(String path, TestUser user, String bodyXml, Map<String, String> headers) {
        Map<String, String> all = new HashMap<>(headers);
        all.put("SOAPAction", "\"\"");
        return send("POST", path, user, "text/xml; charset=UTF-8", envelope(bodyXml).getBytes(StandardCharsets.UTF_8), all);
    }

    /** A SOAP 1.1 envelope around {@code bodyXml}. */
    protected static String envelope(String bodyXml) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + bodyXml + "</soap:Body></soap:Envelope>";
    }

    /**
     * Waits until {@code GET /api/v1/health} answers 200, at most {@link #HEALTH_TIMEOUT}; fails
     * with the last health document otherwise.
     */
    protected JsonNode awaitHealthy() {
        long deadline = System.nanoTime() + HEALTH_TIMEOUT.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("/api/v1/health"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                last = response.statusCode() + " " + response.body();
                if (response.statusCode() == 200) {
                    return JSON.readTree(response.body());
                }
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            sleep(250);
        }
        fail("GET /api/v1/health was not 200 within " + HEALTH_TIMEOUT.toSeconds() + " s; last answer: " + last);
        return null;
    }

    // ---------------------------------------------------------------- shell

    /** What a shell command printed, and the exception it ended with, if any. */
    public record ShellResult(String output, Throwable error, List<String> principals) {

        public boolean failed() {
            return error != null;
        }

        /** The output followed by the error's message: what a user would see on the console. */
        public String text() {
            return error == null ? output
                    : output + "\n" + error.getClass().getSimpleName() + ": " + error.getMessage() + " (as " + principals + ")";
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /**
     * Runs a command as {@code user}, logged in through the platform's JAAS realm ("karaf"),
     * so the session carries the user's real roles and partner.
     */
    protected ShellResult shell(TestUser user, String command) {
        return shell(login(user), command);
    }

    /** Runs a command as a subject holding exactly these principals (a user and roles). */
    protected ShellResult shellAs(String login, List<String> roles, String command) {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(login));
        roles.forEach(r -> subject.getPrincipals().add(new RolePrincipal(r)));
        return shell(subject, command);
    }

    /**
     * Runs a command in a new session as {@code subject} (like Karaf's
     * KarafTestSupport.executeCommand), bounded by {@link #COMMAND_TIMEOUT}.
     */
    protected ShellResult shell(Subject subject, String command) {
        return shell(subject, command, null);
    }

    /**
     * Runs a command as {@code user} in a session whose {@code LANG} is {@code posixLocale}
     * (for example {@code es_ES.UTF-8}), as an SSH client that sends its locale would.
     */
    protected ShellResult shellIn(String posixLocale, TestUser user, String command) {
        return shell(login(user), command, posixLocale);
    }

    private ShellResult shell(Subject subject, String command, String posixLocale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        InputStream noInput = InputStream.nullInputStream();
        Future<ShellResult> future = SHELL.submit(() -> Subject.doAs(subject, (PrivilegedExceptionAction<ShellResult>) () -> {
            Session session = sessionFactory.create(noInput, out, out);
            if (posixLocale != null) {
                session.put("LANG", posixLocale);
            }
            try {
                Object result = session.execute(command);
                if (result != null) {
                    out.println(result);
                }
                out.flush();
                return new ShellResult(bytes.toString(StandardCharsets.UTF_8), null, principals(subject));
            } catch (Exception e) {
                out.flush();
                return new ShellResult(bytes.toString(StandardCharsets.UTF_8), e, principals(subject));
            } finally {
                session.close();
            }
        }));
        try {
            return future.get(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new AssertionError("'" + command + "' did not finish within " + COMMAND_TIMEOUT.toSeconds()
                    + " s; output so far: " + bytes.toString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError("'" + command + "' could not run: " + e, e);
        }
    }

    /** Waits (bounded) until the command {@code scope:name} is registered in the shell. */
    protected void awaitCommand(String scope, String name) {
        long deadline = System.nanoTime() + COMMAND_TIMEOUT.toNanos();
        while (sessionFactory.getRegistry().getCommand(scope, name) == null) {
            if (System.nanoTime() > deadline) {
                fail("The shell command " + scope + ":" + name + " was not registered within "
                        + COMMAND_TIMEOUT.toSeconds() + " s");
            }
            sleep(200);
        }
    }

    /** Logs {@code user} in through the JAAS realm "karaf" and returns the subject. */
    protected static Subject login(TestUser user) {
        Subject subject = new Subject();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // the realm's proxy login module is on the boot class path
        thread.setContextClassLoader(org.apache.karaf.jaas.boot.ProxyLoginModule.class.getClassLoader());
        try {
            LoginContext context = new LoginContext("karaf", subject, callbacks -> {
                for (Callback callback : callbacks) {
                    if (callback instanceof NameCallback name) {
                        name.setName(user.login());
                    } else if (callback instanceof PasswordCallback password) {
                        password.setPassword(user.password().toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            });
            context.login();
            return subject;
        } catch (LoginException e) {
            throw new AssertionError("JAAS login of " + user.login() + " failed: " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The principal names of a subject, for messages. */
    protected static List<String> principals(Subject subject) {
        return subject.getPrincipals().stream().map(Principal::getName).toList();
    }

    // ---------------------------------------------------------------- small things

    protected static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() <= 800 ? flat : flat.substring(0, 800) + "...";
    }

    protected static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
