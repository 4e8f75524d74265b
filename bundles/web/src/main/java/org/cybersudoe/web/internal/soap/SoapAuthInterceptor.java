package org.cybersudoe.web.internal.soap;

import java.util.Optional;

import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.security.SecurityContext;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.web.UnauthenticatedException;
import org.cybersudoe.web.internal.auth.AuthenticatedUser;
import org.cybersudoe.web.internal.auth.Authenticator;
import org.cybersudoe.web.internal.auth.BasicCredentials;
import org.cybersudoe.web.internal.problem.ProblemCatalog;

/**
 * HTTP Basic authentication of SOAP calls, before the message is even parsed. A GET (the
 * {@code ?wsdl} and {@code ?xsd} documents) needs no credentials. The caller is kept on the
 * exchange for {@link org.cybersudoe.web.SoapCallers} and as the call's security context.
 */
final class SoapAuthInterceptor extends AbstractPhaseInterceptor<Message> {

    private final Authenticator authenticator;
    private final ProblemCatalog catalog;

    SoapAuthInterceptor(Authenticator authenticator, ProblemCatalog catalog) {
        super(Phase.RECEIVE);
        this.authenticator = authenticator;
        this.catalog = catalog;
    }

    @Override
    public void handleMessage(Message message) {
        if ("GET".equals(message.get(Message.HTTP_REQUEST_METHOD))) {
            return;
        }
        Optional<BasicCredentials> credentials = BasicCredentials.parse(SoapHeaders.first(message, "Authorization"));
        Optional<AuthenticatedUser> user = credentials.flatMap(c -> authenticator.authenticate(c.user(), c.password()));
        if (user.isEmpty()) {
            Language language = SoapHeaders.language(message);
            throw new Fault(new UnauthenticatedException(catalog.detail(language,
                    credentials.isPresent() ? "credentials-invalid" : "credentials-missing")));
        }
        message.getExchange().put(Caller.class, user.get().caller());
        message.put(SecurityContext.class, new SoapSecurityContext(user.get()));
    }
}
