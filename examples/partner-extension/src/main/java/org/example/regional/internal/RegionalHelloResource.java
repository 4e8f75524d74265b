package org.example.regional.internal;

import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.cybersudoe.core.i18n.Messages;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.web.RestCallers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Served by the platform's REST server because of its osgi.jaxrs.resource property. */
@Component(service = RegionalHelloResource.class, property = "osgi.jaxrs.resource=true")
@Path("/v1/regional/hello")
public class RegionalHelloResource {

    private final RegionalGreetings greetings;

    @Activate
    public RegionalHelloResource(@Reference RegionalGreetings greetings) {
        this.greetings = greetings;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> hello(@Context SecurityContext security, @HeaderParam("Accept-Language") String acceptLanguage) {
        Caller caller = RestCallers.caller(security);
        return Map.of("login", caller.login(),
                "greeting", greetings.greet(caller.login(), Messages.negotiate(acceptLanguage)));
    }
}
