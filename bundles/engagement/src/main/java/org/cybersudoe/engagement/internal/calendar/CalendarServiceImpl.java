package org.cybersudoe.engagement.internal.calendar;

import java.util.List;

import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.engagement.CalendarService;
import org.cybersudoe.engagement.Event;
import org.cybersudoe.engagement.internal.EngagementDatabase;
import org.cybersudoe.engagement.internal.EngagementTexts;
import org.cybersudoe.engagement.internal.events.EventRows;
import org.cybersudoe.engagement.internal.events.EventServiceImpl;
import org.cybersudoe.engagement.internal.jpa.EventEntity;
import org.cybersudoe.engagement.internal.mail.SmtpSettings;
import org.cybersudoe.network.StructureService;
import org.cybersudoe.toolbox.ThemeRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * The public calendars. Feeds hold the published events (open, held, cancelled) from a year back
 * onwards, so that a subscribed calendar sees cancellations without growing forever.
 */
@Component(service = CalendarService.class, configurationPid = SmtpSettings.PID)
public class CalendarServiceImpl implements CalendarService {

    private static final List<String> PUBLISHED = List.of("open", "held", "cancelled");

    private final EngagementDatabase db;
    private final EventServiceImpl events;
    private final StructureService structures;
    private final ThemeRegistry themes;
    private volatile ICalendars calendars;

    @Activate
    public CalendarServiceImpl(@Reference EngagementDatabase db, @Reference EventServiceImpl events,
            @Reference StructureService structures, @Reference ThemeRegistry themes, SmtpSettings settings) {
        this.db = db;
        this.events = events;
        this.structures = structures;
        this.themes = themes;
        modified(settings);
    }

    @Modified
    void modified(SmtpSettings settings) {
        this.calendars = new ICalendars(settings.publicBaseUrl());
    }

    @Override
    public String event(long eventId, Language language) {
        Event e = events.event(Caller.SYSTEM, eventId);
        if (!PUBLISHED.contains(stored(e))) {
            throw new NotFoundException(EngagementTexts.MESSAGES.text("error.not-found.event", eventId));
        }
        return calendars.event(EventRows.publicView(e), language);
    }

    @Override
    public String feed(String partner, String theme, Language language) {
        String name;
        if (partner != null) {
            name = "CyberSudoe – " + structures.get(Caller.SYSTEM, partner).name().resolve(language).orElse(partner);
        } else if (theme != null) {
            name = "CyberSudoe – " + themes.find(Caller.SYSTEM, theme)
                    .orElseThrow(() -> new NotFoundException(EngagementTexts.MESSAGES.text("error.not-found.theme", theme)))
                    .name().resolve(language).orElse(theme);
        } else {
            name = "CyberSudoe";
        }
        List<Event> published = db.tx(em -> {
            var query = em.createQuery("SELECT e FROM EventEntity e WHERE e.status IN :published AND e.endUtc >= :since"
                    + (partner == null ? "" : " AND e.partner = :partner") + (theme == null ? "" : " AND :theme MEMBER OF e.themes")
                    + " ORDER BY e.startUtc, e.id", EventEntity.class).setParameter("published", PUBLISHED)
                    .setParameter("since", java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusYears(1));
            if (partner != null) {
                query.setParameter("partner", partner);
            }
            if (theme != null) {
                query.setParameter("theme", theme);
            }
            List<EventEntity> found = query.getResultList();
            EventRows.Counts counts = EventRows.Counts.of(em, found.stream().map(e -> e.id).toList());
            return found.stream().map(e -> EventRows.publicView(EventRows.event(e, counts, events.minimumCompanies()))).toList();
        });
        return calendars.feed(name, published, language);
    }

    private static String stored(Event e) {
        return e.status() == org.cybersudoe.engagement.EventStatus.FULL ? "open" : e.status().code();
    }
}
