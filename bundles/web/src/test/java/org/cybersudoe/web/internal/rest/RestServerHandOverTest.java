package org.cybersudoe.web.internal.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.net.ConnectException;
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

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.transport.DestinationFactoryManager;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.apache.cxf.transport.http.DestinationRegistry;
import org.apache.cxf.transport.http.HTTPTransportFactory;
import org.cybersudoe.web.Anonymous;
import org.cybersudoe.web.internal.TestRealm;
import org.cybersudoe.web.internal.WebSettings;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The whiteboard rebuilds its server when resources come or go: the running server keeps
 * answering while the next one is built, and the next one takes over its address.
 */
public class RestServerHandOverTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Path("/v1/first")
    @Anonymous
    public static final class First {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String get() {
            return "first";
        }
    }

    @Path("/v1/second")
    @Anonymous
    public static final class Second {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String get() {
            return "second";
        }
    }

    private Bus bus;
    private RestServerFactory factory;
    private String base;

    @Before
    public void createFactory() {
        base = "http://127.0.0.1:" + TestRealm.freePort() + "/api";
        bus = BusFactory.newInstance().createBus();
        WebSettings settings = new WebSettings(List.of(), 2048, 64, Duration.ofSeconds(60));
        factory = new RestServerFactory(bus, base, new TestRealm(), () -> settings, () -> null, "1.2.3");
    }

    @After
    public void shutdownBus() {
        bus.shutdown(true);
    }

    private DestinationRegistry registry() throws Exception {
        return ((HTTPTransportFactory) bus.getExtension(DestinationFactoryManager.class)
                .getDestinationFactory(HTTPTransportFactory.DEFAULT_NAMESPACES.get(0))).getRegistry();
    }

    private int status(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    public void theRunningServerAnswersWhileItsSuccessorIsBuiltWhichThenTakesOverTheAddress() throws Exception {
        Server first = factory.create(List.of(new First()));
        assertEquals(200, status("/v1/first"));

        Server second = factory.create(List.of(new Second()), false);
        assertEquals("the running server still answers once its successor is built", 200, status("/v1/first"));
        assertEquals("the successor does not answer before it takes over", 404, status("/v1/second"));

        factory.replace(first, second);
        assertEquals(200, status("/v1/second"));
        assertEquals("the old server's resources are gone", 404, status("/v1/first"));

        // The servlet transport (the one in Karaf) finds a request's server through CXF's registry of
        // addresses: the address must still lead to the destination that the successor serves on.
        AbstractHTTPDestination shared = (AbstractHTTPDestination) second.getDestination();
        assertSame(shared, registry().getDestinationForPath(shared.getPath()));

        // a second hand-over at the same address: the address survived the first one's destruction
        Server third = factory.create(List.of(new First(), new Second()), false);
        assertSame("built at the same address, it shares the running server's destination", shared, third.getDestination());
        assertEquals(200, status("/v1/second"));
        factory.replace(second, third);
        assertEquals(200, status("/v1/first"));
        assertEquals(200, status("/v1/second"));

        factory.destroy(third);
        assertNull("the address is free again", registry().getDestinationForPath(shared.getPath()));
        int after;
        try {
            after = status("/v1/first");
        } catch (ConnectException closed) {
            after = -1;
        }
        assertTrue("nothing answers at the address once the last server is destroyed, got " + after,
                after == 404 || after == -1);
    }
}
