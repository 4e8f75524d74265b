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

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.cybersudoe.web.internal.TestRealm;
import org.cybersudoe.web.internal.WebSettings;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** A real JAX-WS endpoint on Jetty in this JVM, published as the whiteboard publishes it, asked over HTTP. */
public class SoapEndToEndTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String AUTH = TestRealm.USER_AUTHORIZATION;

    private static Bus bus;
    private static Server server;
    private static String address;

    @BeforeClass
    public static void start() {
        address = "http://127.0.0.1:" + TestRealm.freePort() + "/soap/sample/echo";
        bus = BusFactory.newInstance().createBus();
        WebSettings settings = new WebSettings(List.of("network"), 16_384, 32, Duration.ofSeconds(60));
        server = new SoapEndpointPublisher(bus, new TestRealm(), () -> null).publish(address, new EchoEndpoint(), () -> settings);
    }

    @AfterClass
    public static void stop() {
        server.destroy();
        bus.shutdown(true);
    }

    private static String envelope(String body) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:t=\"urn:cybersudoe:test\">"
                + "<soap:Body>" + body + "</soap:Body></soap:Envelope>";
    }

    private static HttpResponse<String> call(String body, String authorization, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(address)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope(body)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    public void theWsdlNeedsNoCredentials() throws Exception {
        HttpResponse<String> wsdl = HTTP.send(HttpRequest.newBuilder(URI.create(address + "?wsdl")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, wsdl.statusCode());
        assertTrue(wsdl.body().contains("wsdl:definitions"));
        assertTrue(wsdl.body().contains("whoAmI"));
    }

    @Test
    public void aCallWithoutCredentialsIs401WithAChallengeAndAClientFault() throws Exception {
        HttpResponse<String> response = call("<t:whoAmI/>", null, "fr");
        assertEquals(response.body(), 401, response.statusCode());
        assertEquals("Basic realm=\"CyberSudoe\"", response.headers().firstValue("WWW-Authenticate").orElse(null));
        assertTrue(response.body(), response.body().contains(":Client</faultcode>"));
        assertTrue(response.body(), response.body().contains("<status>401</status>"));
        assertTrue(response.body(), response.body().contains("<title>Authentification requise</title>"));
    }

    @Test
    public void aWrongPasswordIs401() throws Exception {
        assertEquals(401, call("<t:whoAmI/>", TestRealm.basic("ana", "guess"), null).statusCode());
    }

    @Test
    public void theEndpointSeesTheCaller() throws Exception {
        HttpResponse<String> response = call("<t:whoAmI/>", AUTH, null);
        assertEquals(response.body(), 200, response.statusCode());
        assertTrue(response.body(), response.body().contains("<return>ana@FR01</return>"));
    }

    @Test
    public void aProblemBecomesAClientFaultWithTheProblemInItsDetail() throws Exception {
        HttpResponse<String> response = call("<t:change><partner>ES01</partner></t:change>", AUTH, "es");
        assertEquals(500, response.statusCode());
        String body = response.body();
        assertTrue(body, body.contains(":Client</faultcode>"));
        assertTrue(body, body.contains("<faultstring>User 'ana' may not change records of partner 'ES01'.</faultstring>"));
        assertTrue(body, body.contains("<problem xmlns=\"urn:cybersudoe:problem\">"));
        assertTrue(body, body.contains("<status>403</status><type>partner.scope</type><title>Fuera del ámbito de su socio</title>"));
    }

    @Test
    public void fieldErrorsTravelInTheFaultDetail() throws Exception {
        String body = call("<t:register/>", AUTH, "pt").body();
        assertTrue(body, body.contains("<type>validation</type>"));
        assertTrue(body, body.contains("<error field=\"name\" code=\"required\">é obrigatório</error>")
                || body.contains("<error code=\"required\" field=\"name\">é obrigatório</error>"));
    }

    @Test
    public void anUnexpectedErrorIsAServerFaultWithACorrelationIdAndNothingInternal() throws Exception {
        HttpResponse<String> response = call("<t:boom/>", AUTH, null);
        assertEquals(500, response.statusCode());
        assertTrue(response.body(), response.body().contains(":Server</faultcode>"));
        assertTrue(response.body(), response.body().contains("<correlationId>"));
        assertFalse(response.body(), response.body().contains("derby"));
    }

    @Test
    public void xmlDeeperThanTheLimitIsRefused() throws Exception {
        String deep = "<a>".repeat(50) + "</a>".repeat(50);
        String xml = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:t=\"urn:cybersudoe:test\">"
                + "<soap:Header>" + deep + "</soap:Header><soap:Body><t:echo><text>hi</text></t:echo></soap:Body></soap:Envelope>";
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(address))
                .header("Content-Type", "text/xml").header("Authorization", AUTH)
                .POST(HttpRequest.BodyPublishers.ofString(xml)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(500, response.statusCode());
        assertTrue(response.body(), response.body().contains("Maximum Element Depth limit (32) Exceeded"));
        String shallow = "<a>".repeat(10) + "</a>".repeat(10);
        HttpResponse<String> accepted = HTTP.send(HttpRequest.newBuilder(URI.create(address))
                .header("Content-Type", "text/xml").header("Authorization", AUTH)
                .POST(HttpRequest.BodyPublishers.ofString(xml.replace(deep, shallow))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(accepted.body(), 200, accepted.statusCode());
    }

    @Test
    public void aDocumentTypeDeclarationIsRefused() throws Exception {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + envelope("<t:echo><text>&e;</text></t:echo>");
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(address))
                .header("Content-Type", "text/xml").header("Authorization", AUTH)
                .POST(HttpRequest.BodyPublishers.ofString(xml)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(500, response.statusCode());
        assertTrue(response.body(), response.body().contains("DTD"));
        assertFalse(response.body(), response.body().contains("root:"));
    }
}
