package org.cybersudoe.web;

import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.cybersudoe.core.security.Caller;

/**
 * Gives a SOAP endpoint published through {@link Whiteboard#SOAP_PATH} the caller of the call
 * it serves: {@code Caller caller = SoapCallers.current();} inside a web method.
 */
public final class SoapCallers {

    private SoapCallers() {
    }

    /**
     * The authenticated caller of the SOAP call being served on this thread.
     *
     * @return the caller; never null
     * @throws UnauthenticatedException outside a SOAP call, or in one that was not
     *     authenticated (which the edge never lets reach an endpoint); answered as a client fault
     */
    public static Caller current() {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        Caller caller = message == null || message.getExchange() == null ? null : message.getExchange().get(Caller.class);
        if (caller == null) {
            throw new UnauthenticatedException("No authenticated SOAP call is being served on this thread.");
        }
        return caller;
    }
}
