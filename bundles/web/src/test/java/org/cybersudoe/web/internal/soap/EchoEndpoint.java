package org.cybersudoe.web.internal.soap;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebService;

import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.web.SoapCallers;

/** A SOAP endpoint as an area would contribute it. */
@WebService(targetNamespace = "urn:cybersudoe:test", serviceName = "Echo")
public class EchoEndpoint {

    /** How many times an operation that does something (submit, register, boom, hold) ran. */
    final AtomicInteger runs = new AtomicInteger();
    /** While set, {@link #hold} waits for it after saying it started. */
    volatile CountDownLatch holdGate;
    final CountDownLatch holdStarted = new CountDownLatch(1);

    @WebMethod
    public String submit(@WebParam(name = "text") String text) {
        return "submission " + runs.incrementAndGet() + ": " + text;
    }

    @WebMethod
    public String hold() throws InterruptedException {
        int run = runs.incrementAndGet();
        holdStarted.countDown();
        CountDownLatch gate = holdGate;
        if (gate != null && !gate.await(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("never released");
        }
        return "held " + run;
    }

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
        runs.incrementAndGet();
        throw new ValidationException("name", "required", "is required");
    }

    @WebMethod
    public String boom() {
        runs.incrementAndGet();
        throw new IllegalStateException("jdbc:derby:secret-location");
    }
}
