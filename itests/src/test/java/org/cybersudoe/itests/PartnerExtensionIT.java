package org.cybersudoe.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.cybersudoe.core.security.Role;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/**
 * The "without touching the core" promise: the example partner extension under
 * {@code examples/partner-extension}, built outside the platform's parent, is dropped as a
 * {@code .kar} into {@code deploy/} of the running server and adds a REST resource, a SOAP
 * endpoint and a shell command with its ACL; removing the file takes them away again.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class PartnerExtensionIT extends CyberSudoeTestSupport {

    private static final String REST = "/api/v1/regional/hello";
    private static final String SOAP = "/soap/regional/hello";
    private static final Duration DEPLOY_TIMEOUT = Duration.ofSeconds(90);

    @Test
    public void aKarDroppedIntoDeployAddsRestSoapAndShellAndRemovingItTakesThemAway() throws IOException {
        awaitHealthy();
        TestUser staff = user("ext-staff", Role.PARTNER_STAFF, "ciebi");
        TestUser company = user("ext-company", Role.COMPANY, null);
        assertEquals("before deployment the path is unknown", 404, get(REST, staff).status());

        Path deployed = karafBase().resolve("deploy").resolve("regional-extension.kar");
        Files.createDirectories(deployed.getParent());
        Files.copy(extensionKar(), deployed, StandardCopyOption.REPLACE_EXISTING);
        try {
            await("the REST resource of the extension answers", () -> get(REST, staff).status() == 200);
            Answer hello = send("GET", REST, staff, null, null, Map.of("Accept-Language", "pt-PT,pt;q=0.9"));
            assertEquals(hello.toString(), 200, hello.status());
            assertEquals(staff.login(), hello.json().path("login").asText());
            assertTrue("greets in the negotiated language: " + hello, hello.json().path("greeting").asText().startsWith("Olá"));
            assertEquals("the platform's authentication applies to the extension too", 401, get(REST, null).status());

            await("the SOAP endpoint publishes its WSDL", () -> get(SOAP + "?wsdl", null).status() == 200);
            assertTrue(get(SOAP + "?wsdl", null).body().contains("RegionalHello"));
            Answer soap = soap(SOAP, staff, "<r:hello xmlns:r=\"urn:example:regional\"><language>fr</language></r:hello>");
            assertEquals(soap.toString(), 200, soap.status());
            assertTrue("SOAP answers in the asked language: " + soap, soap.body().contains("Bonjour " + staff.login()));

            awaitCommand("regional", "hello");
            // until the extension's ACL file is read, its command is for admins only (the platform's
            // karaf.secured.command.compulsory.roles), never for everyone
            await("the extension's command ACL lets staff run it", () -> !shell(staff, "regional:hello").failed());
            ShellResult shell = shell(staff, "regional:hello");
            assertFalse(shell.text(), shell.failed());
            assertTrue("the command greets the logged-in user: " + shell.text(), shell.output().contains(staff.login()));
            await("the extension's command ACL is in force", () -> shell(company, "regional:hello").failed());
            ShellResult help = shell(staff, "regional:hello --help");
            assertTrue("the command has help: " + help.text(), help.output().contains("Greets the logged-in user"));
        } finally {
            Files.deleteIfExists(deployed);
        }
        await("removing the .kar removes the REST resource", () -> get(REST, staff).status() == 404);
        await("removing the .kar removes the SOAP endpoint", () -> get(SOAP + "?wsdl", null).status() != 200);
        await("removing the .kar removes the command",
                () -> sessionFactory.getRegistry().getCommand("regional", "hello") == null);
        await("the platform is healthy again once its REST server is rebuilt", () -> get("/api/v1/health", null).status() == 200);
    }

    /** The .kar the reactor built from examples/partner-extension, copied by the itests pom. */
    private static Path extensionKar() {
        String location = System.getProperty(EXTENSION_KAR_PROPERTY, "");
        assertFalse("system property " + EXTENSION_KAR_PROPERTY + " names the example extension's .kar", location.isBlank());
        Path kar = Paths.get(location);
        assertTrue("the example extension was built: " + kar + " (mvn install -pl examples/partner-extension)",
                Files.isRegularFile(kar));
        return kar;
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEPLOY_TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("Not within " + DEPLOY_TIMEOUT.toSeconds() + " s: " + what);
            }
            sleep(500);
        }
    }
}
