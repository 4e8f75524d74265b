package org.cybersudoe.engagement.internal.soap;

import java.util.List;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.engagement.EventQuery;
import org.cybersudoe.engagement.EventService;
import org.cybersudoe.engagement.EventStatus;
import org.cybersudoe.engagement.RegistrationRequest;
import org.cybersudoe.engagement.internal.EngagementTexts;
import org.cybersudoe.web.SoapCallers;
import org.cybersudoe.web.SoapParams;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Event registration for regional systems: the open events, and registering a company to one. */
@Component(service = EventsEndpoint.class, property = "cybersudoe.soap.path=/engagement/events")
@WebService(serviceName = "Events", portName = "EventsPort", targetNamespace = EventsEndpoint.NAMESPACE, name = "Events")
public class EventsEndpoint {

    public static final String NAMESPACE = "urn:cybersudoe:engagement:events:1";

    private final EventService events;

    @Activate
    public EventsEndpoint(@Reference EventService events) {
        this.events = events;
    }

    @WebMethod
    @WebResult(name = "event")
    public List<EventInfo> openEvents(@WebParam(name = "partner") String partner, @WebParam(name = "theme") String theme,
            @WebParam(name = "language") String language, @WebParam(name = "offset") Integer offset,
            @WebParam(name = "limit") Integer limit) {
        Language l = language(language);
        return events.events(SoapCallers.current(), new EventQuery(partner, theme, EventStatus.OPEN, null, null),
                PageRequest.of(offset, limit, "start", EventService.SORTABLE)).items().stream().map(e -> EventInfo.of(e, l)).toList();
    }

    @WebMethod
    @WebResult(name = "registration")
    public RegistrationInfo register(@WebParam(name = "eventId") Long eventId, @WebParam(name = "companyId") Long companyId,
            @WebParam(name = "companyName") String companyName, @WebParam(name = "country") String country,
            @WebParam(name = "nationalId") String nationalId, @WebParam(name = "region") String region,
            @WebParam(name = "contactName") String contactName, @WebParam(name = "email") String email,
            @WebParam(name = "language") String language) {
        return RegistrationInfo.of(events.register(SoapCallers.current(), SoapParams.required("eventId", eventId), new RegistrationRequest(companyId, companyName,
                country, nationalId, region, contactName, email, language == null ? null : language(language))));
    }

    /** The language a parameter names; without one, the language the call asks for in Accept-Language. */
    static Language language(String code) {
        if (code == null) {
            return SoapCallers.language();
        }
        return Language.fromCode(code).filter(l -> l.code().equals(code))
                .orElseThrow(() -> new ValidationException("language", "invalid-value",
                        EngagementTexts.MESSAGES.text("error.field.language-codes")));
    }
}
