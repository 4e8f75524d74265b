package org.cybersudoe.engagement.internal.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Properties;

import javax.mail.Address;
import javax.mail.MessagingException;
import javax.mail.SendFailedException;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeBodyPart;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;
import javax.mail.util.ByteArrayDataSource;
import javax.activation.DataHandler;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.Messages;
import org.cybersudoe.engagement.Event;
import org.cybersudoe.engagement.EventFormat;
import org.cybersudoe.engagement.internal.EngagementConfig;
import org.cybersudoe.engagement.internal.EngagementDatabase;
import org.cybersudoe.engagement.internal.EngagementTexts;
import org.cybersudoe.engagement.internal.calendar.ICalendars;
import org.cybersudoe.engagement.internal.events.EventRows;
import org.cybersudoe.engagement.internal.events.Keys;
import org.cybersudoe.engagement.internal.jpa.EventEntity;
import org.cybersudoe.engagement.internal.jpa.OutboxEntity;
import org.cybersudoe.engagement.internal.jpa.RegistrationEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the mail owed to registrants (the outbox) and owes the reminders of events that come
 * near. A message is marked sent only after the SMTP server accepted it, so a crash in between
 * sends it again at the next start: registrants may get a message twice, never lose one.
 */
@Component(service = EventMail.class, immediate = true, configurationPid = {EngagementConfig.PID, SmtpSettings.PID})
public class EventMail {

    public static final Messages MESSAGES = EngagementTexts.MESSAGES;
    private static final Logger LOG = LoggerFactory.getLogger(EventMail.class);
    private static final int BATCH = 50;
    private static final int TIMEOUT_MS = 30_000;
    private static final long FIRST_RETRY_SECONDS = 30;

    private final EngagementDatabase db;
    private final OutboxWakeup wakeup;
    private final Thread worker;
    private volatile EngagementConfig config;
    private volatile SmtpSettings smtp;
    private volatile boolean running = true;

    @Activate
    public EventMail(@Reference EngagementDatabase db, @Reference OutboxWakeup wakeup, EngagementConfig config, SmtpSettings smtp) {
        this.db = db;
        this.wakeup = wakeup;
        this.config = config;
        this.smtp = smtp;
        this.worker = new Thread(this::loop, "cybersudoe-engagement-mail");
        this.worker.setDaemon(true);
        // JavaMail finds its providers and the activation framework its handlers through the
        // context class loader; in OSGi that must be the mail bundle's own
        this.worker.setContextClassLoader(Session.class.getClassLoader());
        this.worker.start();
    }

    @Modified
    void modified(EngagementConfig config, SmtpSettings smtp) {
        this.config = config;
        this.smtp = smtp;
        wakeup.wake();
    }

    /** Stops sending; what is not sent stays in the outbox for the next start. */
    @Deactivate
    public void stop() throws InterruptedException {
        running = false;
        worker.interrupt();
        worker.join(TIMEOUT_MS);
    }

    private void loop() {
        while (running) {
            try {
                wakeup.await(config.mailPollSeconds() * 1000L);
                if (smtp.dispatch()) {
                    oweReminders();
                    while (running && sendDue() == BATCH) {
                        // a full batch: more may be due at once
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warn("Event mail: {}", e.toString(), e);
            }
        }
    }

    /** Owes a reminder to every registrant holding a place at the events that start within the reminder window. */
    int oweReminders() {
        int hours = config.reminderHoursBefore();
        if (hours == 0) {
            return 0;
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        List<Long> due = db.tx(em -> em.createQuery("SELECT e.id FROM EventEntity e WHERE e.status = 'open' AND "
                + "e.remindedAt IS NULL AND e.startUtc > :now AND e.startUtc <= :until", Long.class).setParameter("now", now)
                .setParameter("until", now.plusHours(hours)).getResultList());
        int owed = 0;
        for (long id : due) {
            owed += db.tx(em -> {
                int n = em.createNativeQuery("UPDATE eng_event SET reminded_at = ? WHERE id = ? AND reminded_at IS NULL")
                        .setParameter(1, now).setParameter(2, id).executeUpdate();
                if (n == 0) {
                    return 0;
                }
                List<Long> registrations = em.createQuery("SELECT r.id FROM RegistrationEntity r WHERE r.eventId = :e AND "
                        + "r.status = 'confirmed'", Long.class).setParameter("e", id).getResultList();
                registrations.forEach(r -> Outbox.owe(em, MailKind.REMINDER, r));
                return registrations.size();
            });
        }
        return owed;
    }

    /** Sends what is due, over one connection; returns how many messages were tried. */
    int sendDue() throws InterruptedException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        int maxAttempts = config.mailAttempts();
        List<OutboxEntity> due = db.tx(em -> em.createQuery("SELECT o FROM OutboxEntity o WHERE o.sentAt IS NULL AND "
                + "o.attempts < :max AND o.nextAttemptAt <= :now ORDER BY o.id", OutboxEntity.class).setParameter("max", maxAttempts)
                .setParameter("now", now).setMaxResults(BATCH).getResultList());
        if (due.isEmpty()) {
            return 0;
        }
        SmtpSettings settings = smtp;
        Session session = session(settings);
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect(settings.host(), settings.port(), blankToNull(settings.username()), blankToNull(settings.password()));
            for (OutboxEntity o : due) {
                if (!running) {
                    throw new InterruptedException();
                }
                send(session, transport, settings, o, maxAttempts);
            }
        } catch (MessagingException unreachable) {
            LOG.warn("Event mail: SMTP server {}:{} unreachable ({}); {} message(s) wait", settings.host(), settings.port(),
                    unreachable.getMessage(), due.size());
            due.forEach(o -> failed(o.id, unreachable, false, maxAttempts));
        }
        return due.size();
    }

    private void send(Session session, Transport transport, SmtpSettings settings, OutboxEntity o, int maxAttempts)
            throws MessagingException {
        MimeMessage message = db.tx(em -> {
            RegistrationEntity r = em.find(RegistrationEntity.class, o.registrationId);
            EventEntity e = em.find(EventEntity.class, r.eventId);
            Event event = EventRows.event(e, EventRows.Counts.of(em, List.of()), Integer.MAX_VALUE);
            Integer waiting = EventRows.waitingPosition(em, r);
            int position = waiting == null ? 0 : waiting;
            try {
                return compose(session, settings, MailKind.valueOf(o.kind), r, event, position);
            } catch (MessagingException | UnsupportedEncodingException bad) {
                throw new IllegalStateException(bad);
            }
        });
        try {
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
            db.tx(em -> {
                OutboxEntity sent = em.find(OutboxEntity.class, o.id);
                sent.sentAt = LocalDateTime.now(ZoneOffset.UTC);
                sent.attempts++;
                sent.lastError = null;
                return null;
            });
        } catch (SendFailedException refused) {
            Address[] invalid = refused.getInvalidAddresses();
            failed(o.id, refused, invalid != null && invalid.length > 0, maxAttempts);
        }
    }

    private void failed(long outboxId, MessagingException why, boolean permanent, int maxAttempts) {
        db.tx(em -> {
            OutboxEntity o = em.find(OutboxEntity.class, outboxId);
            o.attempts = permanent ? maxAttempts : o.attempts + 1;
            long delay = FIRST_RETRY_SECONDS << Math.min(o.attempts, 12);
            o.nextAttemptAt = LocalDateTime.now(ZoneOffset.UTC).plusSeconds(delay);
            String text = String.valueOf(why.getMessage());
            o.lastError = text.length() > 500 ? text.substring(0, 500) : text;
            return null;
        });
    }

    /** The message of one kind to one registrant, in the registrant's language. */
    MimeMessage compose(Session session, SmtpSettings settings, MailKind kind, RegistrationEntity r, Event event, int position)
            throws MessagingException, UnsupportedEncodingException {
        Language l = Language.fromCode(r.language).orElse(Language.EN);
        String title = event.title().resolve(l).orElse("");
        StringBuilder body = new StringBuilder();
        body.append(r.contactName == null || r.contactName.isBlank() ? MESSAGES.get(l, "mail.greeting.anonymous")
                : MESSAGES.get(l, "mail.greeting", r.contactName)).append("\n\n");
        body.append(MESSAGES.get(l, "mail." + kind.code() + ".body", title, position)).append("\n\n");
        body.append(MESSAGES.get(l, "mail.when", when(event, l))).append('\n');
        body.append(MESSAGES.get(l, "mail.where", where(event, l))).append("\n\n");
        boolean stillRegistered = !r.status.equals("cancelled") && kind != MailKind.EVENT_CANCELLED;
        if (stillRegistered) {
            String link = settings.publicBaseUrl().replaceAll("/+$", "") + "/api/v1/engagement/registrations/cancel?t="
                    + Keys.token(r.id, r.cancelSecret);
            body.append(MESSAGES.get(l, "mail.cancel.link", link)).append("\n\n");
        }
        body.append("-- \n").append(MESSAGES.get(l, "mail.signature")).append('\n');

        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(settings.fromAddress(), settings.fromName(), "UTF-8"));
        m.setRecipient(javax.mail.Message.RecipientType.TO, new InternetAddress(r.email, r.contactName, "UTF-8"));
        m.setSubject(MESSAGES.get(l, "mail." + kind.code() + ".subject", title), "UTF-8");
        m.setHeader("Content-Language", l.code());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body.toString(), "UTF-8");
        if (!kind.withCalendar()) {
            MimeMultipart single = new MimeMultipart("mixed");
            single.addBodyPart(text);
            m.setContent(single);
            return m;
        }
        MimeBodyPart ics = new MimeBodyPart();
        byte[] calendar = new ICalendars(settings.publicBaseUrl()).event(event, l).getBytes(StandardCharsets.UTF_8);
        ics.setDataHandler(new DataHandler(new ByteArrayDataSource(calendar, "text/calendar; charset=UTF-8; method=PUBLISH")));
        ics.setFileName("event-" + event.id() + ".ics");
        ics.setHeader("Content-Type", "text/calendar; charset=UTF-8; method=PUBLISH; name=\"event-" + event.id() + ".ics\"");
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(text);
        mixed.addBodyPart(ics);
        m.setContent(mixed);
        return m;
    }

    static String when(Event e, Language l) {
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(l.locale());
        DateTimeFormatter t = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(l.locale());
        boolean sameDay = e.start().toLocalDate().equals(e.end().toLocalDate());
        return e.start().format(f) + " – " + (sameDay ? e.end().format(t) : e.end().format(f)) + " (" + e.start().getZone().getId()
                + ")";
    }

    static String where(Event e, Language l) {
        if (e.format() == EventFormat.ONLINE) {
            return MESSAGES.get(l, "online") + ": " + e.onlineLink();
        }
        StringBuilder s = new StringBuilder(e.venue().name());
        if (e.venue().address() != null && !e.venue().address().isBlank()) {
            s.append(", ").append(e.venue().address());
        }
        return s.append(", ").append(e.venue().city()).toString();
    }

    private static Session session(SmtpSettings s) {
        Properties p = new Properties();
        p.put("mail.smtp.host", s.host());
        p.put("mail.smtp.port", String.valueOf(s.port()));
        p.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT_MS));
        p.put("mail.smtp.timeout", String.valueOf(TIMEOUT_MS));
        p.put("mail.smtp.writetimeout", String.valueOf(TIMEOUT_MS));
        if (s.startTls()) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (!s.username().isBlank()) {
            p.put("mail.smtp.auth", "true");
        }
        p.put("mail.mime.charset", "UTF-8");
        return Session.getInstance(p);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
