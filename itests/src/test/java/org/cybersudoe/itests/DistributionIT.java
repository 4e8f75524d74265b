package org.cybersudoe.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cybersudoe.itests.support.KarafProcess;
import org.junit.After;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The distribution as an operator runs it: unpacked from the real archive, started with
 * {@code bin/karaf server}, stopped with {@code bin/stop}, started again. Data written over REST
 * survives the restart, the demo programme is not loaded a second time, and the first admin
 * takes its password from {@code CYBERSUDOE_ADMIN_PASSWORD}. The first start logs no error, and requests answered
 * 404 do not fill the log.
 *
 * <p>A plain JUnit test (not Pax Exam), run by failsafe like the others.
 */
public class DistributionIT {

    static final Duration BOOT_TIMEOUT = Duration.ofSeconds(180);
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private KarafProcess karaf;
    private int httpPort;

    @After
    public void alwaysEndTheServer() {
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    public void restDataSurvivesARestartAndTheDemoProgrammeLoadsOnce() throws Exception {
        Path archive = Path.of(System.getProperty("itests.distribution", "target/distribution/cybersudoe-karaf.tar.gz"));
        Path work = Path.of(System.getProperty("itests.work.dir", "target/distribution-it"));
        Path home = KarafProcess.unpack(archive, work.resolve("karaf"));

        httpPort = KarafProcess.freePort();
        String password = "it-admin-" + Long.toString(System.nanoTime(), 36) + "-Pw";
        karaf = new KarafProcess(home)
                .ports(httpPort, KarafProcess.freePort(), KarafProcess.freePort(), KarafProcess.freePort())
                .env("CYBERSUDOE_ADMIN_PASSWORD", password);

        // ---- first start: an empty data/, the admin from the environment, the demo loaded
        karaf.start();
        Duration firstBoot = karaf.awaitHttp(url("/api/v1/health"), s -> s == 200, BOOT_TIMEOUT);
        System.out.println("first start: health 200 after " + firstBoot.toMillis() + " ms");

        assertFalse("with CYBERSUDOE_ADMIN_PASSWORD set, no password file is written",
                Files.exists(home.resolve("data/cybersudoe/initial-admin-password")));
        HttpResponse<String> asAdmin = send("GET", "/api/v1/network/structures?limit=1", "admin", password, null);
        assertEquals("the admin logs in with the password from the environment: " + asAdmin.body(), 200,
                asAdmin.statusCode());
        assertEquals(401, send("GET", "/api/v1/network/structures?limit=1", "admin", password + "x", null).statusCode());
        String users = Files.readString(home.resolve("etc/users.properties"), StandardCharsets.UTF_8);
        assertFalse("the password is not stored in clear", users.contains(password));

        assertEquals("a path that no endpoint serves", 404,
                send("GET", "/no-such-endpoint", "admin", password, null).statusCode());
        List<String> log = Files.readAllLines(home.resolve("data/log/karaf.log"), StandardCharsets.UTF_8);
        List<String> errors = log.stream().filter(line -> line.contains("| ERROR |")).collect(Collectors.toList());
        assertEquals("a first start logs no error: " + errors, List.of(), errors);
        List<String> notFoundWarnings = log.stream().filter(line -> line.contains("| ServletController ")
                && line.contains("| WARN ")).collect(Collectors.toList());
        assertEquals("requests answered 404 (health polled early, an unknown path) leave no warning in karaf.log: "
                + notFoundWarnings, List.of(), notFoundWarnings);

        Map<String, Long> countsAfterFirstStart = counts(password);
        assertEquals("the demo programme's nine partners: " + countsAfterFirstStart, 9L,
                (long) countsAfterFirstStart.get("partners"));

        ObjectNode person = JSON.createObjectNode();
        String email = "durable-" + System.nanoTime() + "@example.org";
        person.put("firstName", "Durable");
        person.put("lastName", "Record");
        person.put("structure", "cybermassif");
        person.put("email", email);
        person.put("function", "Survives restarts");
        person.putArray("languages").add("fr");
        HttpResponse<String> created = send("POST", "/api/v1/network/people", "admin", password, person.toString());
        assertEquals(created.body(), 201, created.statusCode());
        long id = JSON.readTree(created.body()).path("id").asLong();

        // ---- stop as an operator does, then start again with another password in the environment
        assertTrue("bin/stop ends the server within " + STOP_TIMEOUT.toSeconds() + " s", karaf.stop(STOP_TIMEOUT));
        assertFalse(karaf.isAlive());

        karaf.env("CYBERSUDOE_ADMIN_PASSWORD", "another-password-" + System.nanoTime());
        karaf.start();
        Duration secondBoot = karaf.awaitHttp(url("/api/v1/health"), s -> s == 200, BOOT_TIMEOUT);
        System.out.println("second start: health 200 after " + secondBoot.toMillis() + " ms");

        HttpResponse<String> read = send("GET", "/api/v1/network/people/" + id, "admin", password, null);
        assertEquals("the first admin keeps its password across restarts: " + read.body(), 200, read.statusCode());
        JsonNode again = JSON.readTree(read.body());
        assertEquals(email, again.path("email").asText());
        assertEquals("Survives restarts", again.path("function").asText());
        assertEquals("cybermassif", again.path("structure").asText());

        Map<String, Long> countsAfterRestart = counts(password);
        Map<String, Long> expected = new LinkedHashMap<>(countsAfterFirstStart);
        expected.put("people", countsAfterFirstStart.get("people") + 1);
        assertEquals("a restart neither reloads nor duplicates the demo programme", expected, countsAfterRestart);
    }

    /** What a restart must not change: the sizes of the demo programme's lists. */
    private Map<String, Long> counts(String password) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("structures", total("/api/v1/network/structures?limit=1", password));
        counts.put("partners", total("/api/v1/network/structures?status=partner&limit=1", password));
        counts.put("people", total("/api/v1/network/people?limit=1", password));
        counts.put("meetings", total("/api/v1/network/meetings?limit=1", password));
        counts.put("seminars", total("/api/v1/network/meetings?kind=seminar&limit=1", password));
        counts.put("programmes", total("/api/v1/network/programmes?limit=1", password));
        return counts;
    }

    private long total(String path, String password) throws Exception {
        HttpResponse<String> page = send("GET", path, "admin", password, null);
        assertEquals(path + ": " + page.body(), 200, page.statusCode());
        JsonNode total = JSON.readTree(page.body()).path("total");
        assertTrue(path + " has a total: " + page.body(), total.isNumber());
        return total.asLong();
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }

    private HttpResponse<String> send(String method, String path, String login, String password, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
