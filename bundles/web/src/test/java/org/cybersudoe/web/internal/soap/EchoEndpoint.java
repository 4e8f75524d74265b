package org.cybersudoe.web.internal.soap;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebService;

import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.web.SoapCallers;

/** A SOAP endpoint as an area would contribute it. */
@WebService(targetNamespace = "urn:cybersudoe:test", serviceName = "Echo")
public class EchoEndpoint {

    @WebMethod
    public String whoAmI() {
        return SoapCallers.current().login() + "@" + SoapCallers.current().partnerCode().orElse("-");
    }

    @WebMethod
    public String echo(@WebParam(name = "text") String text) {
        return text;
    }

    @WebMethod
    public String change(@WebParam(name = "partner") String partner) {
        throw new AccessDeniedException("partner.scope", "User 'ana' may not change records of partner '" + partner + "'.");
    }

    @WebMethod
    public String register(@WebParam(name = "name") String name) {
        throw new ValidationException("name", "required", "is required");
    }

    @WebMethod
    public String boom() {
        throw new IllegalStateException("jdbc:derby:secret-location");
    }
}
