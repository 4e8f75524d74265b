package org.cybersudoe.web.internal.soap;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

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
 * SOAP calls sent again with the same Idempotency-Key, over HTTP to a real JAX-WS endpoint
 * published as the whiteboard publishes it, with the platform's store of keys on embedded Derby.
 */
public class SoapIdempotencyTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String ANA = TestRealm.USER_AUTHORIZATION;
    private static final String JOAO = TestRealm.OTHER_USER_AUTHORIZATION;
    private static final AtomicReference<IdempotencyStore> STORE = new AtomicReference<>();

    private static IdempotencyStore derbyStore;
    private static Bus bus;
    private static Server server;
    private static String address;
    private static EchoEndpoint endpoint;

    @BeforeClass
    public static void start() {
        derbyStore = DerbyKeyStores.fresh("soap-idempotency");
        address = "http://127.0.0.1:" + TestRealm.freePort() + "/soap/sample/echo";
        bus = BusFactory.newInstance().createBus();
        WebSettings settings = new WebSettings(List.of("network"), 16_384, 32, Duration.ZERO);
        endpoint = new EchoEndpoint();
        server = new SoapEndpointPublisher(bus, new TestRealm(), STORE::get).publish(address, endpoint, () -> settings);
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

    private static HttpRequest.Builder call(String body, String key, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"\"")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
                        + " xmlns:t=\"urn:cybersudoe:test\"><soap:Body>" + body + "</soap:Body></soap:Envelope>"));
        if (key != null) {
            request.header(IdempotentRequests.HEADER, key);
        }
        return request;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean replayed(HttpResponse<String> response) {
        return "true".equals(response.headers().firstValue(IdempotentRequests.REPLAYED).orElse(null));
    }

    /** Asserts a client fault whose problem has this status and type, naming the header; returns the body. */
    private static String clientFault(HttpResponse<String> response, int status, String type) {
        String body = response.body();
        assertEquals(body, 500, response.statusCode());
        assertTrue(body, body.contains(":Client</faultcode>"));
        assertTrue(body, body.contains("<status>" + status + "</status><type>" + type + "</type>"));
        assertTrue(body, body.contains("field=\"Idempotency-Key\""));
        return body;
    }

    @Test
    public void aSubmissionSentAgainWithItsKeyIsAnsweredAgainAndRunsOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        int before = endpoint.runs.get();

        HttpResponse<String> first = send(call("<t:submit><text>assessment 17</text></t:submit>", key, ANA));
        HttpResponse<String> again = send(call("<t:submit><text>assessment 17</text></t:submit>", key, ANA));

        assertEquals(first.body(), 200, first.statusCode());
        assertTrue(first.body(), first.body().contains("<return>submission " + (before + 1) + ": assessment 17</return>"));
        assertEquals("the submission ran once", before + 1, endpoint.runs.get());
        assertEquals(200, again.statusCode());
        assertEquals(first.body(), again.body());
        assertTrue(replayed(again));
        assertFalse(replayed(first));
        assertEquals(first.headers().firstValue("Content-Type"), again.headers().firstValue("Content-Type"));
        assertTrue(again.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"));

        // without a key, the same call runs again
        HttpResponse<String> unkeyed = send(call("<t:submit><text>assessment 17</text></t:submit>", null, ANA));
        assertTrue(unkeyed.body(), unkeyed.body().contains("<return>submission " + (before + 2) + ": assessment 17</return>"));
    }

    @Test
    public void aKeyReusedForAnotherCallIsRefusedInTheCallersLanguageAndRunsNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        assertEquals(200, send(call("<t:submit><text>first</text></t:submit>", key, ANA)).statusCode());
        int before = endpoint.runs.get();

        clientFault(send(call("<t:submit><text>second</text></t:submit>", key, ANA)), 422, "idempotency-key-reused");
        String inFrench = clientFault(send(call("<t:register><name>x</name></t:register>", key, ANA).header("Accept-Language", "fr")),
                422, "idempotency-key-reused");
        assertTrue(inFrench, inFrench.contains("nouvelle clé"));
        assertEquals("nothing ran", before, endpoint.runs.get());
    }

    @Test
    public void keysBelongToTheirCaller() throws Exception {
        String sharedKey = "crm-batch-" + UUID.randomUUID();
        int before = endpoint.runs.get();
        send(call("<t:submit><text>same</text></t:submit>", sharedKey, ANA));
        HttpResponse<String> joao = send(call("<t:submit><text>same</text></t:submit>", sharedKey, JOAO));
        assertEquals(joao.body(), 200, joao.statusCode());
        assertFalse(replayed(joao));
        assertEquals("each caller's call ran", before + 2, endpoint.runs.get());
    }

    @Test
    public void aMalformedKeyIsRefusedNamingTheHeader() throws Exception {
        int before = endpoint.runs.get();
        for (String bad : List.of("two words", "x".repeat(256))) {
            String body = clientFault(send(call("<t:submit><text>x</text></t:submit>", bad, ANA)), 400, "validation");
            assertTrue(body, body.contains("code=\"invalid-value\""));
        }
        assertEquals(before, endpoint.runs.get());
    }

    @Test
    public void aClientFaultIsKeptLikeAnyAnswer() throws Exception {
        String key = UUID.randomUUID().toString();
        int before = endpoint.runs.get();
        HttpResponse<String> first = send(call("<t:register/>", key, ANA));
        HttpResponse<String> retry = send(call("<t:register/>", key, ANA));
        assertTrue(first.body(), first.body().contains("<type>validation</type>"));
        assertEquals(first.statusCode(), retry.statusCode());
        assertEquals(first.body(), retry.body());
        assertTrue(replayed(retry));
        assertEquals(before + 1, endpoint.runs.get());
    }

    @Test
    public void aServerFaultIsNotKeptSoTheRetryRunsAgain() throws Exception {
        String key = UUID.randomUUID().toString();
        int before = endpoint.runs.get();
        HttpResponse<String> first = send(call("<t:boom/>", key, ANA));
        assertTrue(first.body(), first.body().contains(":Server</faultcode>"));
        HttpResponse<String> retry = send(call("<t:boom/>", key, ANA));
        assertTrue(retry.body(), retry.body().contains(":Server</faultcode>"));
        assertFalse(replayed(retry));
        assertEquals("the retry ran", before + 2, endpoint.runs.get());
    }

    @Test
    public void aRetryWhileTheFirstCallRunsIsToldToWait() throws Exception {
        String key = UUID.randomUUID().toString();
        endpoint.holdGate = new CountDownLatch(1);
        CompletableFuture<HttpResponse<String>> first = HTTP.sendAsync(call("<t:hold/>", key, ANA).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue("the first call is running", endpoint.holdStarted.await(10, TimeUnit.SECONDS));
        int running = endpoint.runs.get();

        HttpResponse<String> retry = send(call("<t:hold/>", key, ANA));
        clientFault(retry, 409, "idempotency-key-in-use");
        assertEquals(String.valueOf(IdempotentRequests.RETRY_AFTER_SECONDS), retry.headers().firstValue("Retry-After").orElse(null));
        assertEquals("the retry ran nothing", running, endpoint.runs.get());

        endpoint.holdGate.countDown();
        HttpResponse<String> answered = first.get(20, TimeUnit.SECONDS);
        assertEquals(answered.body(), 200, answered.statusCode());
        HttpResponse<String> later = send(call("<t:hold/>", key, ANA));
        assertEquals(answered.body(), later.body());
        assertTrue(replayed(later));
        assertEquals(running, endpoint.runs.get());
    }

    @Test
    public void withoutAStoreOfKeysAKeyedCallIsRefusedAndAnUnkeyedOneRuns() throws Exception {
        STORE.set(null);
        int before = endpoint.runs.get();
        HttpResponse<String> refused = send(call("<t:submit><text>x</text></t:submit>", UUID.randomUUID().toString(), ANA));
        assertTrue(refused.body(), refused.body().contains(":Server</faultcode>") && refused.body().contains("<status>503</status>"));
        assertEquals(before, endpoint.runs.get());
        assertEquals(200, send(call("<t:submit><text>x</text></t:submit>", null, ANA)).statusCode());
    }
}
