package org.cybersudoe.web;

import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.web.internal.soap.SoapHeaders;

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

    /**
     * The language the SOAP call being served on this thread asks for in its
     * {@code Accept-Language} header, the one its faults are worded in: an endpoint words the
     * texts of its answer (row errors, labels) in it too. English when the call names none.
     */
    public static Language language() {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        Message in = message == null || message.getExchange() == null ? message : message.getExchange().getInMessage();
        return SoapHeaders.language(in);
    }
}
