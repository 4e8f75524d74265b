package org.cybersudoe.web;

/**
 * The service properties that publish a service on the platform's HTTP edge. Usable in
 * {@code @Component(property = ...)} since they are compile-time constants.
 *
 * <pre>{@code
 * @Component(service = PartnerResource.class, property = Whiteboard.REST_RESOURCE + "=true")
 * @Path("/v1/network/partners")
 * public class PartnerResource { ... }
 *
 * @Component(service = DirectoryEndpoint.class, property = Whiteboard.SOAP_PATH + "=/network/directory")
 * @WebService
 * public class DirectoryEndpoint { ... }
 * }</pre>
 */
public final class Whiteboard {

    /**
     * A service carrying this property with the value {@code true} is a JAX-RS resource
     * (a class annotated {@code @Path}) served under {@link #REST_ADDRESS}; the same name as
     * in the OSGi JAX-RS whiteboard specification.
     */
    public static final String REST_RESOURCE = "osgi.jaxrs.resource";

    /**
     * A service carrying this property is a JAX-WS endpoint (a class annotated
     * {@code @WebService}) published at {@link #SOAP_ADDRESS} followed by the property's value,
     * which starts with a slash, for example {@code /network/directory}.
     */
    public static final String SOAP_PATH = "cybersudoe.soap.path";

    /** The address of the one JAX-RS server, relative to the CXF servlet: {@value}. */
    public static final String REST_ADDRESS = "/api";

    /** The prefix of every SOAP endpoint's address, relative to the CXF servlet: {@value}. */
    public static final String SOAP_ADDRESS = "/soap";

    private Whiteboard() {
    }
}
