package org.cybersudoe.engagement.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.engagement.Event;

/** An event as regional systems read it: texts in the language asked. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "event", namespace = EventsEndpoint.NAMESPACE)
public class EventInfo {
    public long id;
    public String uid;
    public String partner;
    public String themes;
    public String title;
    public String format;
    public String place;
    public String start;
    public String end;
    public String timeZone;
    public int capacity;
    public int confirmed;
    public int waiting;
    public String status;

    static EventInfo of(Event e, Language l) {
        EventInfo i = new EventInfo();
        i.id = e.id();
        i.uid = e.uid();
        i.partner = e.partner();
        i.themes = String.join(",", e.themes().stream().sorted().toList());
        i.title = e.title().resolve(l).orElse("");
        i.format = e.format().name().toLowerCase();
        i.place = e.venue() == null ? e.onlineLink() : e.venue().name() + ", " + e.venue().city();
        i.start = e.start().toOffsetDateTime().toString();
        i.end = e.end().toOffsetDateTime().toString();
        i.timeZone = e.start().getZone().getId();
        i.capacity = e.capacity();
        i.confirmed = e.confirmed();
        i.waiting = e.waiting();
        i.status = e.status().code();
        return i;
    }
}
