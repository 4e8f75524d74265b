package org.cybersudoe.engagement.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import org.cybersudoe.engagement.Registration;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "registration", namespace = EventsEndpoint.NAMESPACE)
public class RegistrationInfo {
    public long id;
    public long eventId;
    public long companyId;
    public Long contactId;
    public String email;
    public String status;
    public Integer waitingPosition;

    static RegistrationInfo of(Registration r) {
        RegistrationInfo i = new RegistrationInfo();
        i.id = r.id();
        i.eventId = r.eventId();
        i.companyId = r.companyId();
        i.contactId = r.contactId();
        i.email = r.email();
        i.status = r.status().code();
        i.waitingPosition = r.waitingPosition();
        return i;
    }
}
