package org.cybersudoe.web.internal.soap;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.cxf.Bus;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.cybersudoe.core.idempotency.IdempotencyStore;
import org.cybersudoe.web.internal.WebSettings;
import org.cybersudoe.web.internal.auth.Authenticator;
import org.cybersudoe.web.internal.json.ObjectMappers;
import org.cybersudoe.web.internal.problem.ProblemCatalog;
import org.cybersudoe.web.internal.problem.Problems;

/** Publishes one JAX-WS endpoint with the platform's authentication, fault model, XML limits and idempotency keys. */
public final class SoapEndpointPublisher {

    private final Bus bus;
    private final Authenticator authenticator;
    private final Supplier<IdempotencyStore> idempotencyKeys;

    /**
     * @param idempotencyKeys the store of idempotency keys in service, read on each call that
     *        carries a key; null while there is none
     */
    public SoapEndpointPublisher(Bus bus, Authenticator authenticator, Supplier<IdempotencyStore> idempotencyKeys) {
        this.bus = bus;
        this.authenticator = authenticator;
        this.idempotencyKeys = idempotencyKeys;
    }

    /**
     * Creates and starts the endpoint.
     *
     * @param address {@code /soap/...} under the CXF servlet, or a full URL for an embedded server
     * @param implementor an instance of a class annotated {@code @WebService}
     * @param currentSettings the settings in force: the XML limits are read once, here, and the
     *        idempotency keys' lifetime at each call
     */
    public Server publish(String address, Object implementor, Supplier<WebSettings> currentSettings) {
        WebSettings settings = currentSettings.get();
        ProblemCatalog catalog = ProblemCatalog.load();
        Problems problems = new Problems(catalog, ObjectMappers.create(settings), settings::maxJsonDepth);
        JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
        factory.setBus(bus);
        factory.setAddress(address);
        factory.setServiceClass(implementor.getClass());
        factory.setServiceBean(implementor);
        factory.setProperties(xmlLimits(settings));
        factory.getInInterceptors().add(new SoapAuthInterceptor(authenticator, catalog));
        factory.getInInterceptors().add(new SoapIdempotency.Claiming(idempotencyKeys, currentSettings, problems, Clock.systemUTC()));
        factory.getInInterceptors().add(new SoapProblemInterceptor.InvocationMarker());
        factory.getOutFaultInterceptors().add(new SoapProblemInterceptor(problems));
        SoapIdempotency.Keeping keeping = new SoapIdempotency.Keeping();
        factory.getOutInterceptors().add(keeping);
        factory.getOutFaultInterceptors().add(keeping);

        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // JAXB and the service model see the endpoint's classes as its own bundle would.
        thread.setContextClassLoader(implementor.getClass().getClassLoader());
        try {
            return factory.create();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * CXF's secure parser stays on (no DTD, no external entities); these bound what one
     * message may cost to parse.
     */
    static Map<String, Object> xmlLimits(WebSettings settings) {
        long characters = settings.maxBodyBytes();
        Map<String, Object> limits = new HashMap<>();
        limits.put("org.apache.cxf.stax.maxElementDepth", settings.maxJsonDepth());
        limits.put("org.apache.cxf.stax.maxChildElements", 10_000);
        limits.put("org.apache.cxf.stax.maxAttributeCount", 100);
        limits.put("org.apache.cxf.stax.maxAttributeSize", 64 * 1024);
        limits.put("org.apache.cxf.stax.maxTextLength", (int) Math.min(Integer.MAX_VALUE, characters));
        limits.put("org.apache.cxf.stax.maxElementCount", 1_000_000L);
        limits.put("org.apache.cxf.stax.maxXMLCharacters", characters);
        return limits;
    }
}
