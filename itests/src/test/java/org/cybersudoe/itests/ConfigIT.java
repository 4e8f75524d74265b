package org.cybersudoe.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.function.IntPredicate;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

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
}
