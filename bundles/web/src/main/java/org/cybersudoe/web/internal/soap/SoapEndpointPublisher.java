package org.cybersudoe.web.internal.soap;

import java.util.HashMap;
import java.util.Map;

import org.apache.cxf.Bus;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.cybersudoe.web.internal.WebSettings;
import org.cybersudoe.web.internal.auth.Authenticator;
import org.cybersudoe.web.internal.json.ObjectMappers;
import org.cybersudoe.web.internal.problem.ProblemCatalog;
import org.cybersudoe.web.internal.problem.Problems;

/** Publishes one JAX-WS endpoint with the platform's authentication, fault model and XML limits. */
public final class SoapEndpointPublisher {

    private final Bus bus;
    private final Authenticator authenticator;

    public SoapEndpointPublisher(Bus bus, Authenticator authenticator) {
        this.bus = bus;
        this.authenticator = authenticator;
    }

    /**
     * Creates and starts the endpoint.
     *
     * @param address {@code /soap/...} under the CXF servlet, or a full URL for an embedded server
     * @param implementor an instance of a class annotated {@code @WebService}
     */
    public Server publish(String address, Object implementor, WebSettings settings) {
        ProblemCatalog catalog = ProblemCatalog.load();
        Problems problems = new Problems(catalog, ObjectMappers.create(settings), settings::maxJsonDepth);
        JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
        factory.setBus(bus);
        factory.setAddress(address);
        factory.setServiceClass(implementor.getClass());
        factory.setServiceBean(implementor);
        factory.setProperties(xmlLimits(settings));
        factory.getInInterceptors().add(new SoapAuthInterceptor(authenticator, catalog));
        factory.getInInterceptors().add(new SoapProblemInterceptor.InvocationMarker());
        factory.getOutFaultInterceptors().add(new SoapProblemInterceptor(problems));

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
