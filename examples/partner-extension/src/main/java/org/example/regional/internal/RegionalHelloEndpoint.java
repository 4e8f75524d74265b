package org.example.regional.internal;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.web.SoapCallers;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Published by the platform under /soap/regional/hello because of its cybersudoe.soap.path property. */
@Component(service = RegionalHelloEndpoint.class, property = "cybersudoe.soap.path=/regional/hello")
@WebService(serviceName = "RegionalHello", targetNamespace = "urn:example:regional")
public class RegionalHelloEndpoint {

    private final RegionalGreetings greetings;

    @Activate
    public RegionalHelloEndpoint(@Reference RegionalGreetings greetings) {
        this.greetings = greetings;
    }

    @WebMethod
    @WebResult(name = "greeting")
    public String hello(@WebParam(name = "language") String language) {
        Caller caller = SoapCallers.current();
        return greetings.greet(caller.login(), Language.fromCode(language).orElse(Language.EN));
    }
}
