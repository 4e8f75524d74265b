package org.cybersudoe.web.internal.soap;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.FaultMode;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.cybersudoe.core.error.ProblemException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.web.internal.problem.Problem;
import org.cybersudoe.web.internal.problem.ProblemFieldError;
import org.cybersudoe.web.internal.problem.Problems;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Gives SOAP faults the platform's error model. A {@link ProblemException} from an endpoint
 * (or the authentication) becomes a Client fault for 4xx, Server for 5xx, whose faultstring
 * is the problem's detail and whose detail carries
 * {@code <problem xmlns="urn:cybersudoe:problem">}. Any other runtime exception of an endpoint
 * (a bug) becomes a Server fault with a correlation id, its message and stack trace kept in the
 * log. A client fault raised before the endpoint runs (not XML, a value of the wrong type, an
 * unknown operation, a limit) becomes the 400 problem "malformed" in the caller's language, with
 * CXF's English account of it after the sentence. Checked faults the endpoint declares are left
 * as they are.
 */
final class SoapProblemInterceptor extends AbstractPhaseInterceptor<Message> {

    /** The namespace of the problem element in a fault's detail. */
    static final String NAMESPACE = "urn:cybersudoe:problem";

    private static final String INVOKED = "org.cybersudoe.web.soap.invoked";

    private final Problems problems;

    SoapProblemInterceptor(Problems problems) {
        super(Phase.PRE_LOGICAL);
        this.problems = problems;
    }

    @Override
    public void handleMessage(Message message) {
        if (!(message.getContent(Exception.class) instanceof Fault fault)) {
            return;
        }
        Throwable cause = fault.getCause();
        boolean problemOfOurs = cause instanceof ProblemException || cause instanceof SoapRefusal;
        boolean invoked = Boolean.TRUE.equals(message.getExchange().get(INVOKED));
        boolean serviceBug = !problemOfOurs && invoked && message.get(FaultMode.class) != FaultMode.CHECKED_APPLICATION_FAULT;
        boolean unreadable = !problemOfOurs && !invoked && isClientFault(fault);
        if (!problemOfOurs && !serviceBug && !unreadable) {
            return;
        }
        Language language = SoapHeaders.language(message.getExchange().getInMessage());
        String path = (String) message.getExchange().getInMessage().get(Message.PATH_INFO);
        Problem problem = cause instanceof SoapRefusal refusal ? refusal.problem()
                : unreadable ? problems.unreadableSoap(fault.getMessage(), language, path)
                : problems.of(cause, language, path);

        fault.setFaultCode(problem.status() < 500 ? Fault.FAULT_CODE_CLIENT : Fault.FAULT_CODE_SERVER);
        fault.setMessage(problem.detail());
        // SOAP answers faults with 500; only an authentication failure says 401, with its challenge.
        fault.setStatusCode(problem.status() == 401 ? 401 : 500);
        problem.headers().forEach((name, value) -> SoapHeaders.set(message, name, value));

        Element detail = fault.getOrCreateDetail();
        while (detail.getFirstChild() != null) {
            detail.removeChild(detail.getFirstChild());
        }
        Document document = detail.getOwnerDocument();
        Element root = document.createElementNS(NAMESPACE, "problem");
        append(root, "status", Integer.toString(problem.status()));
        append(root, "type", problem.slug());
        append(root, "title", problem.title());
        append(root, "detail", problem.detail());
        if (problem.correlationId() != null) {
            append(root, "correlationId", problem.correlationId());
        }
        for (ProblemFieldError error : problem.errors()) {
            Element element = append(root, "error", error.detail());
            element.setAttribute("field", error.field());
            element.setAttribute("code", error.code());
        }
        detail.appendChild(root);
    }

    /** SOAP 1.1 says Client, SOAP 1.2 Sender, CXF's own faults client. */
    static boolean isClientFault(Fault fault) {
        String code = fault.getFaultCode() == null ? "" : fault.getFaultCode().getLocalPart();
        return code.equalsIgnoreCase("client") || code.equalsIgnoreCase("sender");
    }

    private static Element append(Element parent, String name, String text) {
        Element child = parent.getOwnerDocument().createElementNS(NAMESPACE, name);
        child.setTextContent(text == null ? "" : text);
        parent.appendChild(child);
        return child;
    }

    /** Marks the exchange once the endpoint is about to run, so later faults are the server's, not the client's. */
    static final class InvocationMarker extends AbstractPhaseInterceptor<Message> {

        InvocationMarker() {
            super(Phase.PRE_INVOKE);
        }

        @Override
        public void handleMessage(Message message) {
            message.getExchange().put(INVOKED, Boolean.TRUE);
        }
    }
}
