package org.cybersudoe.engagement.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.mail.BodyPart;
import javax.mail.Multipart;
import javax.mail.internet.MimeMessage;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.engagement.Event;
import org.cybersudoe.engagement.EventStatus;
import org.cybersudoe.engagement.Registration;
import org.cybersudoe.engagement.RegistrationStatus;
import org.cybersudoe.engagement.internal.mail.EventMail;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;

/** Registrants' mail through a real SMTP server (GreenMail), read back and its calendar parsed by iCal4j. */
public class MailTest {

    private static final Pattern LINK = Pattern.compile("https://events\\.example\\.org/api/v1/engagement/registrations/cancel\\?t=(\\S+)");

    private GreenMail smtp;
    private Area area;
    private EventMail mail;

    @Before
    public void start() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        area = Area.fresh("mail");
    }

    @After
    public void stop() throws InterruptedException {
        if (mail != null) {
            mail.stop();
        }
        area.close();
        smtp.stop();
    }

    private Event openEvent(int capacity, int days) {
        Event e = area.events.create(Area.CYBERMASSIF_STAFF, Drafts.event(capacity, days));
        return area.events.changeStatus(Area.CYBERMASSIF_STAFF, e.id(), e.version(), EventStatus.OPEN);
    }

    private List<MimeMessage> await(int n) throws InterruptedException {
        assertTrue("expected " + n + " message(s), got " + smtp.getReceivedMessages().length, smtp.waitForIncomingEmail(15_000, n));
        return List.of(smtp.getReceivedMessages());
    }

    @Test
    public void theConfirmationIsInTheRegistrantsLanguageWithTheEventAsAValidCalendar() throws Exception {
        Event e = openEvent(10, 30);
        mail = area.mail(smtp.getSmtp().getPort(), 48);
        area.events.register(Area.ANONYMOUS, e.id(), Drafts.registrant(1, Language.FR));
        MimeMessage m = await(1).get(0);
        assertEquals("Inscription confirmée : Sécurité : protéger son entreprise", m.getSubject());
        assertEquals("person1@company1.example", m.getAllRecipients()[0].toString().replaceAll(".*<|>", ""));
        Multipart parts = (Multipart) m.getContent();
        String text = (String) parts.getBodyPart(0).getContent();
        assertTrue(text, text.startsWith("Bonjour Personne 1,"));
        assertTrue(text, text.contains("Pôle numérique"));
        assertTrue(text, LINK.matcher(text).find());
        BodyPart ics = parts.getBodyPart(1);
        assertTrue(ics.getContentType(), ics.getContentType().startsWith("text/calendar"));
        String calendar = new String(ics.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        Calendar parsed = new CalendarBuilder().build(new StringReader(calendar));
        assertFalse(parsed.validate().toString(), parsed.validate().hasErrors());
        VEvent v = (VEvent) parsed.getComponent(Component.VEVENT);
        assertEquals(e.uid(), v.getUid().getValue());
        assertEquals("Sécurité : protéger son entreprise", v.getSummary().getValue());
        assertEquals(e.start().toInstant(), v.getStartDate().getDate().toInstant());
        assertEquals(1, area.db.tx(em -> em.createQuery("SELECT COUNT(o) FROM OutboxEntity o WHERE o.sentAt IS NOT NULL",
                Long.class).getSingleResult()).intValue());
    }

    @Test
    public void theCancellationLinkFreesThePlaceAndTheFirstWaitingIsToldInTheirLanguage() throws Exception {
        Event e = openEvent(1, 30);
        mail = area.mail(smtp.getSmtp().getPort(), 48);
        Registration first = area.events.register(Area.ANONYMOUS, e.id(), Drafts.registrant(1, Language.FR));
        Registration waiting = area.events.register(Area.ANONYMOUS, e.id(), Drafts.registrant(2, Language.ES));
        assertEquals(RegistrationStatus.WAITING, waiting.status());
        List<MimeMessage> two = await(2);
        MimeMessage waitingMail = byRecipient(two, "person2@");
        assertEquals("Lista de espera: Security: protecting your company", waitingMail.getSubject());

        String firstText = (String) ((Multipart) byRecipient(two, "person1@").getContent()).getBodyPart(0).getContent();
        Matcher link = LINK.matcher(firstText);
        assertTrue(link.find());
        String token = link.group(1);
        assertEquals(first.id(), area.events.registrationByToken(token).id());
        // a forged token is refused, and cancels nothing
        org.cybersudoe.core.error.NotFoundException forged = org.junit.Assert.assertThrows(
                org.cybersudoe.core.error.NotFoundException.class, () -> area.events.cancelByToken(first.id() + ".forged"));
        assertEquals("No registration 'this link'.", forged.getMessage());
        assertEquals("Nenhuma inscrição corresponde a esta ligação.", forged.detail(Language.PT));
        area.events.cancelByToken(token);

        List<MimeMessage> four = await(4);
        List<String> subjects = new ArrayList<>();
        four.forEach(x -> {
            try {
                subjects.add(x.getSubject());
            } catch (javax.mail.MessagingException ex) {
                throw new IllegalStateException(ex);
            }
        });
        assertTrue(subjects.toString(), subjects.contains("Inscription annulée : Sécurité : protéger son entreprise"));
        assertTrue(subjects.toString(), subjects.contains("Tiene una plaza: Security: protecting your company"));
        assertEquals(RegistrationStatus.CONFIRMED, area.events.registrations(Area.ADMIN, e.id()).stream()
                .filter(r -> r.id() == waiting.id()).findFirst().orElseThrow().status());
    }

    @Test
    public void registrantsWithAPlaceGetAReminderOnceWhenTheEventComesNear() throws Exception {
        Event soon = openEvent(10, 1);
        Event later = openEvent(10, 20);
        area.events.register(Area.ANONYMOUS, soon.id(), Drafts.registrant(1, Language.PT));
        area.events.register(Area.ANONYMOUS, later.id(), Drafts.registrant(2, Language.PT));
        mail = area.mail(smtp.getSmtp().getPort(), 48);
        List<MimeMessage> got = await(3);
        long reminders = got.stream().filter(x -> {
            try {
                return x.getSubject().startsWith("Lembrete: ");
            } catch (javax.mail.MessagingException ex) {
                throw new IllegalStateException(ex);
            }
        }).count();
        assertEquals(1, reminders);
        Thread.sleep(2500);
        assertEquals("no second reminder", 3, smtp.getReceivedMessages().length);
    }

    @Test
    public void mailOwedWhileTheServerIsDownIsSentOnceItIsBack() throws Exception {
        Event e = openEvent(10, 30);
        int port = smtp.getSmtp().getPort();
        smtp.stop();
        mail = area.mail(port, 48);
        area.events.register(Area.ANONYMOUS, e.id(), Drafts.registrant(1, Language.EN));
        Thread.sleep(2000);
        var pending = area.db.tx(em -> em.createQuery("SELECT o FROM OutboxEntity o", org.cybersudoe.engagement.internal.jpa.OutboxEntity.class)
                .getResultList());
        assertEquals(1, pending.size());
        assertEquals(null, pending.get(0).sentAt);
        assertNotNull(pending.get(0).lastError);
        // the server is back; the retry is due at once
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        area.db.tx(em -> em.createQuery("UPDATE OutboxEntity o SET o.nextAttemptAt = :now").setParameter("now",
                java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusSeconds(1)).executeUpdate());
        area.wakeup.wake();
        assertEquals("Registration confirmed: Security: protecting your company", await(1).get(0).getSubject());
    }

    private static MimeMessage byRecipient(List<MimeMessage> messages, String prefix) {
        return messages.stream().filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().contains(prefix);
            } catch (javax.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
    }
}
