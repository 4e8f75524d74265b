package org.cybersudoe.web.internal.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.cybersudoe.web.Anonymous;
import org.cybersudoe.web.internal.TestRealm;
import org.cybersudoe.web.internal.WebSettings;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** A request outside the API gets the edge's 404 problem document, saying where the API is; the API still answers. */
public class UnknownAddressesTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Path("/v1/ping")
    @Anonymous
    public static final class Ping {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String get() {
            return "pong";
        }
    }

    private Bus bus;
    private String root;
    private UnknownAddresses unknown;

    @Before
    public void startServers() {
        root = "http://127.0.0.1:" + TestRealm.freePort();
        bus = BusFactory.newInstance().createBus();
        WebSettings settings = new WebSettings(List.of(), 2048, 64, Duration.ofSeconds(60));
        new RestServerFactory(bus, root + "/api", new TestRealm(), () -> settings, () -> null, "1.0").create(List.of(new Ping()));
        unknown = new UnknownAddresses(bus, root + "/");
    }

    @After
    public void shutdownBus() {
        unknown.deactivate();
        bus.shutdown(true);
    }

    private HttpResponse<String> send(String method, String path, String language) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(20))
                .header("Accept-Language", language)
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("<x/>"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    public void theRootAndAMistypedSoapAddressAnswerAProblemThatPointsToTheApiInTheCallersLanguage() throws Exception {
        for (String[] request : new String[][] {{"GET", "/"}, {"POST", "/soap/network/directry"}, {"DELETE", "/portal/x"}}) {
            HttpResponse<String> answer = send(request[0], request[1], "fr-FR,fr;q=0.9");
            String what = request[0] + " " + request[1];
            assertEquals(what, 404, answer.statusCode());
            assertEquals(what, "application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
            JsonNode problem = JSON.readTree(answer.body());
            assertEquals(what, "https://cybersudoe.org/problems/not-found", problem.path("type").asText());
            assertEquals(what, "Introuvable", problem.path("title").asText());
            assertEquals(what, request[1], problem.path("instance").asText());
            String detail = problem.path("detail").asText();
            assertTrue(what + ": " + detail, detail.startsWith("Rien ne répond à l’adresse " + request[1] + "."));
            assertTrue(what + ": " + detail, detail.contains("/api/api-docs") && detail.contains("/soap"));
        }
        JsonNode english = JSON.readTree(send("GET", "/", "en").body());
        assertTrue(english.path("detail").asText(), english.path("detail").asText().startsWith("Nothing answers at /."));
    }

    @Test
    public void theApiStillAnswersBesideIt() throws Exception {
        HttpResponse<String> answer = send("GET", "/api/v1/ping", "en");
        assertEquals(200, answer.statusCode());
        assertEquals("pong", answer.body());
    }
}
