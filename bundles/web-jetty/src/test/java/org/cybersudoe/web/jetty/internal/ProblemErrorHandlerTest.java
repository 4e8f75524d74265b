package org.cybersudoe.web.jetty.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.xml.XmlConfiguration;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Requests Jetty cannot parse get a problem document from a real Jetty configured by the
 * fragment's own jetty.xml, as Pax Web configures it; requests it can parse are untouched.
 */
public class ProblemErrorHandlerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Server server;
    private int port;

    @Before
    public void startJetty() throws Exception {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new AbstractHandler() {
            @Override
            public void handle(String target, org.eclipse.jetty.server.Request base, javax.servlet.http.HttpServletRequest request,
                    javax.servlet.http.HttpServletResponse response) throws java.io.IOException {
                response.setContentType("text/plain");
                response.getWriter().write("served " + target);
                base.setHandled(true);
            }
        });
        new XmlConfiguration(org.eclipse.jetty.util.resource.Resource.newResource(
                ProblemErrorHandler.class.getResource("/jetty.xml"))).configure(server);
        server.start();
        port = connector.getLocalPort();
    }

    @After
    public void stopJetty() throws Exception {
        server.stop();
    }

    private String exchange(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static int status(String answer) {
        return Integer.parseInt(answer.substring(9, 12));
    }

    private static String header(String answer, String name) {
        for (String line : answer.substring(0, answer.indexOf("\r\n\r\n")).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":")) {
                return line.substring(name.length() + 1).strip();
            }
        }
        return null;
    }

    private static JsonNode problem(String answer) throws Exception {
        assertEquals(answer, "application/problem+json", header(answer, "Content-Type"));
        return JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
    }

    @Test
    public void aBadEscapeInThePathGetsA400ProblemSayingWhatToCheck() throws Exception {
        String answer = exchange("GET /api/v1/health/%zz HTTP/1.1\r\nHost: x\r\n\r\n");
        assertEquals(answer, 400, status(answer));
        JsonNode problem = problem(answer);
        assertEquals("https://cybersudoe.org/problems/bad-request", problem.path("type").asText());
        assertEquals(400, problem.path("status").asInt());
        assertEquals("Bad request", problem.path("title").asText());
        assertTrue(problem.path("detail").asText(), problem.path("detail").asText().contains("%-escapes"));
        assertEquals("en", header(answer, "Content-Language"));
    }

    @Test
    public void aMissingHostAndABadContentLengthAreNamedInTheDetail() throws Exception {
        String noHost = exchange("GET /api/v1/health HTTP/1.1\r\n\r\n");
        assertEquals(noHost, 400, status(noHost));
        assertTrue(noHost, problem(noHost).path("detail").asText().contains("(No Host)"));

        String badLength = exchange("POST /api/v1/x HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n");
        assertEquals(badLength, 400, status(badLength));
        assertTrue(badLength, problem(badLength).path("detail").asText().contains("Content-Length"));
    }

    @Test
    public void aUriOrHeadersTooLargeGetTheirOwnStatusAndType() throws Exception {
        String longUri = exchange("GET /api/v1/health?q=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n");
        assertEquals(longUri, 414, status(longUri));
        assertEquals("https://cybersudoe.org/problems/uri-too-long", problem(longUri).path("type").asText());

        String bigHeader = exchange("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n");
        assertEquals(bigHeader, 431, status(bigHeader));
        assertEquals("https://cybersudoe.org/problems/header-fields-too-large", problem(bigHeader).path("type").asText());
    }

    @Test
    public void aWellFormedRequestIsServedAsBefore() throws Exception {
        String answer = exchange("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertEquals(answer, 200, status(answer));
        assertTrue(answer, answer.endsWith("served /api/v1/health"));
    }

    @Test
    public void whatJettyQuotesOfTheRequestStaysInsideTheJsonString() throws Exception {
        JsonNode problem = JSON.readTree(BadMessageProblem.of(400, "Illegal \"char\" \\ \u0001\n\ud800 in </pre>").json());
        assertEquals(400, problem.path("status").asInt());
        assertTrue(problem.path("detail").asText(), problem.path("detail").asText().contains("Illegal \"char\" \\ \u0001\n"));
        assertTrue(problem.path("detail").asText().contains("</pre>"));
    }
}
