package org.cybersudoe.web.internal.rest;

import java.util.List;

import javax.ws.rs.Path;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.cxf.Bus;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxrs.lifecycle.SingletonResourceProvider;
import org.cybersudoe.web.internal.PlatformBus;
import org.cybersudoe.web.internal.WebSettings;
import org.cybersudoe.web.internal.json.JsonBodyProvider;
import org.cybersudoe.web.internal.json.ObjectMappers;
import org.cybersudoe.web.internal.problem.ProblemCatalog;
import org.cybersudoe.web.internal.problem.Problems;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The answer to a request that neither the REST server nor a SOAP endpoint takes (the root, a
 * mistyped {@code /soap/...} address): the edge's 404 problem document, saying where the API
 * is, instead of CXF's HTML page. CXF gives a request to the server whose address is the longest
 * prefix of its path; this server's address, {@code /}, prefixes every path and is the shortest.
 */
@Component(immediate = true)
public final class UnknownAddresses {

    /** The address under the CXF servlet (which sits at the root, org.apache.cxf.servlet.context=/). */
    static final String ADDRESS = "/";

    private final Server server;

    @Activate
    public UnknownAddresses() {
        this(PlatformBus.defaultBus(), ADDRESS);
    }

    /** A server at {@code address} on {@code bus}: a full URL gives tests an embedded server. */
    UnknownAddresses(Bus bus, String address) {
        ObjectMapper mapper = ObjectMappers.create(WebSettings.DEFAULTS);
        Problems problems = new Problems(ProblemCatalog.load(), mapper, WebSettings.DEFAULTS::maxJsonDepth);
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setBus(bus);
        factory.setAddress(address);
        factory.setResourceProvider(new SingletonResourceProvider(new Anything(problems)));
        factory.setProviders(List.of(new JsonBodyProvider(mapper)));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(UnknownAddresses.class.getClassLoader());
        try {
            server = factory.create();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Deactivate
    void deactivate() {
        server.destroy();
    }

    /** Every path, whatever the method: a locator matches them all and answers 404. */
    @Path("/")
    public static final class Anything {

        private final Problems problems;

        Anything(Problems problems) {
            this.problems = problems;
        }

        @Path("{address: .*}")
        public Object locate(@Context HttpHeaders headers, @Context UriInfo uriInfo) {
            throw new WebApplicationException(RequestProblems.toResponse(
                    problems.notFoundOutsideTheApi(RequestProblems.language(headers), RequestProblems.instance(uriInfo))));
        }
    }
}
