package org.cybersudoe.web.internal.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.cybersudoe.core.idempotency.IdempotencyStore;
import org.cybersudoe.web.internal.DerbyKeyStores;
import org.cybersudoe.web.internal.IdempotentRequests;
import org.cybersudoe.web.internal.TestRealm;
import org.cybersudoe.web.internal.WebSettings;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Requests sent again with the same Idempotency-Key, over HTTP to a real CXF server, with the
 * platform's store of keys on a real embedded Derby.
 */
public class IdempotencyEndToEndTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANA = TestRealm.USER_AUTHORIZATION;
    private static final String JOAO = TestRealm.OTHER_USER_AUTHORIZATION;
    private static final AtomicReference<IdempotencyStore> STORE = new AtomicReference<>();

    private static IdempotencyStore derbyStore;
    private static Bus bus;
    private static Server server;
    private static String base;
    private static OrderResource orders;

    @BeforeClass
    public static void start() {
        derbyStore = DerbyKeyStores.fresh("idempotency");
        base = "http://127.0.0.1:" + TestRealm.freePort() + "/api";
        bus = BusFactory.newInstance().createBus();
        WebSettings settings = new WebSettings(List.of("network"), 2048, 64, Duration.ZERO);
        RestServerFactory factory = new RestServerFactory(bus, base, new TestRealm(), () -> settings, STORE::get, "1.2.3");
        orders = new OrderResource();
        server = factory.create(List.of(orders));
    }

    @AfterClass
    public static void stop() {
        server.destroy();
        bus.shutdown(true);
    }

    @Before
    public void storeInService() {
        STORE.set(derbyStore);
    }

    @Test
    public void aCreationSentAgainWithItsKeyIsAnsweredAgainAndRunsOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        int before = orders.runs.get();

        HttpResponse<String> first = send(post("", "{\"item\":\"firewall audit\"}", key, ANA));
        HttpResponse<String> again = send(post("", "{\"item\":\"firewall audit\"}", key, ANA));

        assertEquals(first.body(), 201, first.statusCode());
        assertEquals("the order was created once", before + 1, orders.runs.get());
        assertEquals(201, again.statusCode());
        assertEquals(first.body(), again.body());
        assertEquals(first.headers().firstValue("Location"), again.headers().firstValue("Location"));
        assertEquals("application/json", again.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals("true", again.headers().firstValue(IdempotentRequests.REPLAYED).orElse(null));
        assertFalse(first.headers().firstValue(IdempotentRequests.REPLAYED).isPresent());

        // the same body with a quoted key (a structured-field string) is the same request
        assertEquals(first.body(), send(post("", "{\"item\":\"firewall audit\"}", "\"" + key + "\"", ANA)).body());
        // without a key, the same request creates another order
        HttpResponse<String> unkeyed = send(post("", "{\"item\":\"firewall audit\"}", null, ANA));
        assertEquals(201, unkeyed.statusCode());
        assertEquals(before + 2, orders.runs.get());
    }

    @Test
    public void aKeyReusedForAnotherRequestIsRefusedAndRunsNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        assertEquals(201, send(post("", "{\"item\":\"backup plan\"}", key, ANA)).statusCode());
        int before = orders.runs.get();

        JsonNode otherBody = problem(send(post("", "{\"item\":\"phishing drill\"}", key, ANA)), 422);
        assertEquals("Idempotency-Key", otherBody.at("/errors/0/field").asText());
        assertEquals("https://cybersudoe.org/problems/idempotency-key-reused", otherBody.get("type").asText());
        problem(send(post("/cancel", "", key, ANA)), 422);
        assertEquals("nothing ran", before, orders.runs.get());

        HttpResponse<String> inFrench = send(post("", "{\"item\":\"phishing drill\"}", key, ANA).header("Accept-Language", "fr"));
        assertTrue(inFrench.body(), problem(inFrench, 422).get("detail").asText().contains("nouvelle clé"));
    }

    @Test
    public void keysBelongToTheirCaller() throws Exception {
        int before = orders.runs.get();
        String sharedKey = "order-2026-0001";
        assertEquals(201, send(post("", "{\"item\":\"training\"}", sharedKey, ANA)).statusCode());
        HttpResponse<String> joao = send(post("", "{\"item\":\"training\"}", sharedKey, JOAO));
        assertEquals(201, joao.statusCode());
        assertEquals("each caller's request ran", before + 2, orders.runs.get());
        assertFalse(joao.headers().firstValue(IdempotentRequests.REPLAYED).isPresent());
    }

    @Test
    public void aMalformedKeyIsRefusedNamingTheHeader() throws Exception {
        int before = orders.runs.get();
        for (String bad : List.of("two words", "x".repeat(256), "\"\"")) {
            HttpResponse<String> refused = send(post("", "{\"item\":\"x\"}", bad, ANA));
            assertEquals(bad + ": " + refused.body(), 400, refused.statusCode());
            JsonNode problem = problem(refused, 400);
            assertEquals(bad, "Idempotency-Key", problem.at("/errors/0/field").asText());
            assertEquals("invalid-value", problem.at("/errors/0/code").asText());
        }
        assertEquals(before, orders.runs.get());
    }

    @Test
    public void aServerErrorIsNotKeptSoTheRetryRunsAgain() throws Exception {
        String key = UUID.randomUUID().toString();
        orders.failuresToCome.set(1);
        problem(send(post("/flaky", "{}", key, ANA)), 500);
        HttpResponse<String> retry = send(post("/flaky", "{}", key, ANA));
        assertEquals(retry.body(), 200, retry.statusCode());
        assertFalse(retry.headers().firstValue(IdempotentRequests.REPLAYED).isPresent());
        HttpResponse<String> again = send(post("/flaky", "{}", key, ANA));
        assertEquals(retry.body(), again.body());
        assertEquals("true", again.headers().firstValue(IdempotentRequests.REPLAYED).orElse(null));
    }

    @Test
    public void aRefusalIsKeptLikeAnyAnswer() throws Exception {
        String key = UUID.randomUUID().toString();
        int before = orders.runs.get();
        JsonNode first = problem(send(post("", "{\"note\":\"no item\"}", key, ANA)), 400);
        HttpResponse<String> retry = send(post("", "{\"note\":\"no item\"}", key, ANA));
        JsonNode again = problem(retry, 400);
        assertEquals(first, again);
        assertEquals("true", retry.headers().firstValue(IdempotentRequests.REPLAYED).orElse(null));
        assertEquals(before + 1, orders.runs.get());
    }

    @Test
    public void anAnswerWithoutBodyIsReplayedToo() throws Exception {
        String key = UUID.randomUUID().toString();
        int before = orders.runs.get();
        assertEquals(204, send(post("/cancel", "", key, ANA)).statusCode());
        HttpResponse<String> retry = send(post("/cancel", "", key, ANA));
        assertEquals(204, retry.statusCode());
        assertEquals("true", retry.headers().firstValue(IdempotentRequests.REPLAYED).orElse(null));
        assertEquals(before + 1, orders.runs.get());
    }

    @Test
    public void aRetryWhileTheFirstRequestRunsIsToldToWait() throws Exception {
        String key = UUID.randomUUID().toString();
        orders.slowGate = new CountDownLatch(1);
        CompletableFuture<HttpResponse<String>> first = HTTP.sendAsync(post("/slow", "{}", key, ANA).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue("the first request is running", orders.slowStarted.await(10, TimeUnit.SECONDS));
        int running = orders.runs.get();

        HttpResponse<String> retry = send(post("/slow", "{}", key, ANA));
        JsonNode problem = problem(retry, 409);
        assertEquals("https://cybersudoe.org/problems/idempotency-key-in-use", problem.get("type").asText());
        assertEquals("Idempotency-Key", problem.at("/errors/0/field").asText());
        assertEquals(String.valueOf(IdempotentRequests.RETRY_AFTER_SECONDS), retry.headers().firstValue("Retry-After").orElse(null));
        assertEquals("the retry ran nothing", running, orders.runs.get());

        orders.slowGate.countDown();
        HttpResponse<String> answered = first.get(20, TimeUnit.SECONDS);
        assertEquals(200, answered.statusCode());
        HttpResponse<String> later = send(post("/slow", "{}", key, ANA));
        assertEquals(answered.body(), later.body());
        assertEquals(running, orders.runs.get());
    }

    @Test
    public void aLargeUploadReachesTheResourceWholeAndIsReplayed() throws Exception {
        // larger than what CXF holds in memory before it spools to a temporary file
        byte[] file = new byte[600_000];
        new Random(7).nextBytes(file);
        String key = UUID.randomUUID().toString();
        HttpRequest.Builder upload = to("/attachment").header("Authorization", ANA).header("Idempotency-Key", key)
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(file));
        int before = orders.runs.get();

        JsonNode first = JSON.readTree(send(upload).body());
        assertEquals(file.length, first.get("size").asInt());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)), first.get("sha256").asText());
        HttpResponse<String> retry = send(upload);
        assertEquals(first, JSON.readTree(retry.body()));
        assertEquals(before + 1, orders.runs.get());

        file[123_456] ^= 1;
        HttpResponse<String> changed = send(to("/attachment").header("Authorization", ANA).header("Idempotency-Key", key)
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(file)));
        problem(changed, 422);
    }

    @Test
    public void anOversizedBodyWithAKeyIsRefusedAndLeavesTheKeyFree() throws Exception {
        String key = UUID.randomUUID().toString();
        String big = "{\"item\":\"" + "x".repeat(4000) + "\"}";
        problem(send(post("", big, key, ANA)), 413);
        assertEquals(201, send(post("", "{\"item\":\"small\"}", key, ANA)).statusCode());
    }

    @Test
    public void putAndAnonymousCallsIgnoreTheKey() throws Exception {
        String key = UUID.randomUUID().toString();
        HttpRequest.Builder put = to("").header("Authorization", ANA).header("Idempotency-Key", key)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{}"));
        int first = JSON.readTree(send(put).body()).get("run").asInt();
        int second = JSON.readTree(send(put).body()).get("run").asInt();
        assertEquals("PUT runs each time, as it always did", first + 1, second);
    }

    @Test
    public void withoutAStoreAKeyedRequestIsRefusedRatherThanRunUnprotected() throws Exception {
        STORE.set(null);
        int before = orders.runs.get();
        problem(send(post("", "{\"item\":\"x\"}", UUID.randomUUID().toString(), ANA)), 503);
        assertEquals(before, orders.runs.get());
        assertEquals("without a key, nothing changes", 201, send(post("", "{\"item\":\"x\"}", null, ANA)).statusCode());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create(base + "/v1/sample/orders" + path));
    }

    private static HttpRequest.Builder post(String path, String body, String key, String auth) {
        HttpRequest.Builder request = to(path).header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return key == null ? request : request.header("Idempotency-Key", key);
    }

    private static JsonNode problem(HttpResponse<String> response, int status) throws Exception {
        assertEquals(response.body(), status, response.statusCode());
        assertEquals(response.body(), "application/problem+json",
                response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        return JSON.readTree(response.body());
    }
}
