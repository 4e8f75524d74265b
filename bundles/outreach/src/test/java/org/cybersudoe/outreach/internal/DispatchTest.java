package org.cybersudoe.outreach.internal;

import static org.cybersudoe.outreach.internal.Area.ADMIN;
import static org.cybersudoe.outreach.internal.Area.CYBERMASSIF_STAFF;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javax.mail.BodyPart;
import javax.mail.Message;
import javax.mail.internet.MimeMessage;
import javax.mail.internet.MimeMultipart;
import javax.ws.rs.core.Response;

import org.apache.james.jdkim.api.SignatureRecord;
import org.cybersudoe.core.error.ConflictException;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.UnavailableException;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.outreach.Campaign;
import org.cybersudoe.outreach.CampaignStatus;
import org.cybersudoe.outreach.CompanyQuery;
import org.cybersudoe.outreach.ImportProgress;
import org.cybersudoe.outreach.IssueDraft;
import org.cybersudoe.outreach.IssueSection;
import org.cybersudoe.outreach.NewsletterIssue;
import org.cybersudoe.outreach.internal.newsletter.CampaignServiceImpl;
import org.cybersudoe.outreach.internal.newsletter.Dispatcher;
import org.cybersudoe.outreach.internal.newsletter.Ledger;
import org.cybersudoe.outreach.internal.newsletter.MailConfig;
import org.cybersudoe.outreach.internal.newsletter.NewsletterServiceImpl;
import org.cybersudoe.outreach.internal.rest.UnsubscribeResource;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Campaigns sent to a real SMTP server (GreenMail, in the test): who receives the issue, in
 * which language, personalised how, with which MIME parts and headers, and a DKIM signature an
 * independent verifier (Apache James jDKIM) accepts.
 */
public class DispatchTest {

    private static final String HEADER = "company_name,country,contact_name,email,language,consent_basis,consent_date";

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private Area area;
    private GreenMail smtp;
    private Mail mail;
    private Dispatcher dispatcher;
    private NewsletterServiceImpl newsletters;
    private CampaignServiceImpl campaigns;

    @Before
    public void open() throws IOException {
        area = Area.fresh("dispatch", 500);
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        mail = new Mail(folder.getRoot().toPath());
    }

    private void wire(int connections, int perSecond, boolean sign) {
        wire(new Dispatcher(area.dataSource(), area.db, mail.config(smtp.getSmtp().getPort(), connections, perSecond, sign)));
    }

    /** Recipients listed {@code listingChunk} contacts per transaction. */
    private void wireListing(int listingChunk) {
        wire(new Dispatcher(area.dataSource(), area.db, mail.config(smtp.getSmtp().getPort(), 2, 0, false), listingChunk));
    }

    private void wire(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
        newsletters = new NewsletterServiceImpl(area.db, Area.structures(), area.directory, dispatcher, Area.themes());
        campaigns = new CampaignServiceImpl(area.db, newsletters, dispatcher);
    }

    @After
    public void close() {
        if (dispatcher != null) {
            dispatcher.deactivateForTests();
        }
        smtp.stop();
        area.close();
    }

    private void importContacts(String partner, String... rows) throws IOException {
        Path file = folder.newFile(partner + System.nanoTime() + ".csv").toPath();
        List<String> lines = new ArrayList<>(List.of(HEADER));
        lines.addAll(List.of(rows));
        Files.write(file, lines, StandardCharsets.UTF_8);
        var report = area.imports.importCsv(ADMIN, partner, file, "test.csv", ImportProgress.NONE);
        assertEquals(report.errors().toString(), 0, report.rejected());
    }

    private NewsletterIssue issue(int number) {
        return newsletters.create(ADMIN, draft(number));
    }

    private static IssueDraft draft(int number) {
        return new IssueDraft(number,
                LocalizedText.of("Lettre n°" + number + " : la cybersécurité", "Boletín n.º " + number + ": la ciberseguridad",
                        "Newsletter n.º " + number + ": a cibersegurança", "Newsletter no. " + number + ": cybersecurity"),
                LocalizedText.of("Ce mois-ci, <b>les sauvegardes</b>.", "Este mes, las copias de seguridad.",
                        "Este mês, as cópias de segurança.", "This month, backups."),
                List.of(new IssueSection("is-security", LocalizedText.of("Sauvegarder", "Copiar", "Copiar", "Back up"),
                        LocalizedText.of("Trois copies.\n\nDeux supports.", "Tres copias.", "Três cópias.", "Three copies."))));
    }

    private Campaign await(long campaignId, CampaignStatus status) {
        Instant deadline = Instant.now().plusSeconds(60);
        Campaign c = campaigns.get(ADMIN, campaignId);
        while (c.status() != status && Instant.now().isBefore(deadline)) {
            sleep(100);
            c = campaigns.get(ADMIN, campaignId);
        }
        assertEquals(c.toString(), status, c.status());
        return c;
    }

    @Test
    public void everyMailableContactGetsTheIssueOnceInTheirLanguageSignedAndWithOneClickUnsubscribe() throws Exception {
        wire(4, 0, true);
        importContacts("cybermassif",
                "Hôtel du Lac,FR,Zoé Lefèvre,zoe@lac.example,fr,informed,2024-01-10",
                "Ferme Dubois,FR,,paul@dubois.example,en,consent,2024-01-10");
        importContacts("fib",
                "Bodegas Uno,ES,Ana Ruiz,ana@uno.example,es,consent,2024-02-01",
                // Spain needs prior consent: this one is left out
                "Bodegas Dos,ES,Luis,luis@dos.example,es,informed,2024-02-01");
        importContacts("ciebi", "Queijos da Serra,PT,Rui,rui@serra.example,pt,consent,2024-03-01");
        area.directory.unsubscribe("rui@serra.example", "test");
        newsletters.setFooter(CYBERMASSIF_STAFF, "cybermassif", LocalizedText.of("Cybermassif, Le Puy-en-Velay", null, null,
                "Cybermassif, Le Puy-en-Velay (France)"));
        assertEquals("Cybermassif, Le Puy-en-Velay", newsletters.footer(CYBERMASSIF_STAFF, "cybermassif").exact(Language.FR).orElseThrow());
        assertTrue("a partner that wrote none has an empty footer", newsletters.footer(CYBERMASSIF_STAFF, "fib").exact(Language.FR).isEmpty());
        assertThrows("an unknown partner is not found, not a partner without footer", NotFoundException.class,
                () -> newsletters.footer(CYBERMASSIF_STAFF, "cybermasif"));
        NewsletterIssue issue = issue(1);

        Campaign c = campaigns.schedule(ADMIN, issue.id(), null);
        Campaign done = await(c.id(), CampaignStatus.DONE);
        assertEquals(3, done.progress().recipients());
        assertEquals(3, done.progress().sent());
        assertEquals(0, done.progress().left());

        MimeMessage[] received = smtp.getReceivedMessages();
        Map<String, MimeMessage> byRecipient = new TreeMap<>();
        for (MimeMessage m : received) {
            assertTrue("each address once", byRecipient.put(m.getRecipients(Message.RecipientType.TO)[0].toString(), m) == null);
        }
        assertEquals(Set.of("zoe@lac.example", "paul@dubois.example", "ana@uno.example"), byRecipient.keySet());

        MimeMessage zoe = byRecipient.get("zoe@lac.example");
        assertEquals("Lettre n°1 : la cybersécurité", zoe.getSubject());
        assertEquals("fr", zoe.getHeader("Content-Language", null));
        assertEquals("<campaign-" + c.id() + "." + contactId("zoe@lac.example") + "@cybersudoe.example>", zoe.getMessageID());
        String unsubscribe = zoe.getHeader("List-Unsubscribe", null);
        assertTrue(unsubscribe, unsubscribe.startsWith("<https://cybersudoe.example/api/v1/outreach/unsubscribe?c=" + c.id() + "&r="));
        assertTrue(unsubscribe, unsubscribe.contains("<mailto:unsubscribe@cybersudoe.example?subject=unsubscribe>"));
        assertEquals("List-Unsubscribe=One-Click", zoe.getHeader("List-Unsubscribe-Post", null));
        MimeMultipart parts = (MimeMultipart) zoe.getContent();
        assertTrue(zoe.getContentType(), zoe.getContentType().startsWith("multipart/alternative"));
        assertEquals(2, parts.getCount());
        BodyPart text = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertTrue(text.getContentType(), text.isMimeType("text/plain"));
        assertTrue(html.getContentType(), html.isMimeType("text/html"));
        String zoeText = (String) text.getContent();
        String zoeHtml = (String) html.getContent();
        assertTrue(zoeText, zoeText.contains("Bonjour Zoé Lefèvre,"));
        assertTrue(zoeText, zoeText.contains("Cybermassif, Le Puy-en-Velay"));
        assertTrue(zoeText, zoeText.contains("(Hôtel du Lac)"));
        assertTrue("the editor's markup is shown, not interpreted: " + zoeHtml, zoeHtml.contains("&lt;b&gt;les sauvegardes&lt;/b&gt;"));
        assertTrue(zoeHtml, zoeHtml.contains("<p style=\"margin:0 0 10px 0;line-height:1.5;\">Deux supports.</p>"));
        assertTrue(zoeHtml, zoeHtml.contains("Se désinscrire"));

        MimeMessage paul = byRecipient.get("paul@dubois.example");
        assertEquals("Newsletter no. 1: cybersecurity", paul.getSubject());
        assertTrue("no name: a plain greeting", ((String) ((MimeMultipart) paul.getContent()).getBodyPart(0).getContent())
                .contains("Hello,"));
        MimeMessage ana = byRecipient.get("ana@uno.example");
        assertEquals("Boletín n.º 1: la ciberseguridad", ana.getSubject());
        assertFalse("fib wrote no footer", ((String) ((MimeMultipart) ana.getContent()).getBodyPart(0).getContent())
                .contains("Cybermassif"));

        List<byte[]> raws = new ArrayList<>();
        for (MimeMessage m : received) {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            m.writeTo(raw);
            raws.add(raw.toByteArray());
            List<SignatureRecord> signatures = mail.verifier().verify(new ByteArrayInputStream(raw.toByteArray()));
            assertEquals("one valid signature", 1, signatures.size());
            Set<String> signed = new TreeSet<>();
            signatures.get(0).getHeaders().forEach(h -> signed.add(h.toString().toLowerCase()));
            assertTrue(signed.toString(), signed.containsAll(Set.of("from", "subject", "list-unsubscribe", "list-unsubscribe-post")));
            assertEquals("cybersudoe.example", signatures.get(0).getDToken().toString());
        }
        // a second opinion from a DKIM implementation that shares no code with the signer
        assertEquals("valid", mail.independentVerdict(raws, folder.newFolder("raw").toPath()));
    }

    @Test
    public void anUpdateThatChangesNothingKeepsTheVersion() {
        wire(1, 0, false);
        NewsletterIssue created = issue(6);
        NewsletterIssue read = newsletters.issue(ADMIN, created.id());
        // the same content again: another client holding the version it read must not get a conflict
        NewsletterIssue same = newsletters.update(ADMIN, created.id(), read.version(), draft(6));
        assertEquals(read, same);
        assertEquals(read, newsletters.issue(ADMIN, created.id()));

        // a change to a section alone is a change of the issue
        IssueDraft d = draft(6);
        IssueSection s = d.sections().get(0);
        IssueDraft rewritten = new IssueDraft(6, d.subject(), d.intro(), List.of(new IssueSection(s.theme(), s.title(),
                LocalizedText.of("Trois copies.", "Tres copias.", "Três cópias.", "Three copies."))));
        NewsletterIssue changed = newsletters.update(ADMIN, created.id(), read.version(), rewritten);
        assertEquals(read.version() + 1, changed.version());
        assertEquals("Trois copies.", changed.sections().get(0).body().exact(Language.FR).orElseThrow());
        assertEquals("the rewrite retried with the version it was sent with, once applied, is no conflict", changed,
                newsletters.update(ADMIN, created.id(), read.version(), rewritten));
        assertThrows(ConflictException.class,
                () -> newsletters.update(ADMIN, created.id(), read.version(), d));
        assertEquals(changed, newsletters.issue(ADMIN, created.id()));
        // the issue and its sections changed together: one change, one version
        NewsletterIssue renumbered = newsletters.update(ADMIN, created.id(), changed.version(),
                new IssueDraft(7, d.subject(), d.intro(), d.sections()));
        assertEquals(changed.version() + 1, renumbered.version());
        assertEquals(d.sections(), renumbered.sections());
        assertEquals(renumbered, newsletters.issue(ADMIN, created.id()));
    }

    @Test
    public void aTestSendWhileTheMailServerIsDownIsNoFaultOfTheAddress() {
        wire(1, 0, false);
        NewsletterIssue created = issue(8);
        newsletters.testSend(ADMIN, created.id(), Language.FR, "cybermassif", "ana@example.org");
        assertEquals(1, smtp.getReceivedMessages().length);
        ValidationException malformed = assertThrows(ValidationException.class,
                () -> newsletters.testSend(ADMIN, created.id(), Language.FR, "cybermassif", "not-an-address"));
        assertEquals(List.of("address"), malformed.fieldErrors().stream().map(f -> f.field()).toList());

        int port = smtp.getSmtp().getPort();
        smtp.stop();
        UnavailableException down = assertThrows(UnavailableException.class,
                () -> newsletters.testSend(ADMIN, created.id(), Language.FR, "cybermassif", "ana@example.org"));
        assertEquals("a service unavailable, not a fault of the request", 503, down.status());
        assertEquals("no field of the request is at fault", List.of(), down.fieldErrors());
        assertEquals("Le serveur de messagerie est injoignable ou n’accepte pas de messages pour l’instant, rien n’a donc été "
                + "envoyé ; réessayez plus tard ou demandez à un administrateur de vérifier les réglages de messagerie.",
                down.detail(Language.FR));
        for (Language l : Language.values()) {
            assertFalse("the caller is not told where the server is", down.detail(l).contains("127.0.0.1")
                    || down.detail(l).contains(String.valueOf(port)));
        }
    }

    @Test
    public void theUnsubscribePageSpeaksTheContactsLanguageElseTheBrowsers() throws Exception {
        wire(1, 0, false);
        importContacts("fib", "Bodega,ES,Ana,ana@bodega.example,es,consent,2024-01-10");
        long ana = area.directory.companies(ADMIN, CompanyQuery.all(), PageRequest.first()).items().stream()
                .flatMap(c -> area.directory.contacts(ADMIN, c.id()).stream()).findFirst().orElseThrow().id();
        UnsubscribeResource page = new UnsubscribeResource(area.directory, dispatcher);
        String token = dispatcher.tokens().token(1, ana);

        // the page of the newsletter's own language, whatever the browser asks
        String confirm = (String) page.page("fr-FR,fr;q=0.9", 1, ana, token).getEntity();
        assertTrue(confirm, confirm.contains("<html lang=\"es\">") && confirm.contains("¿Dejar de recibir el boletín CyberSudoe"));

        Response invalid = page.page("fr-FR,fr;q=0.9,en;q=0.5", 1, ana, "forged");
        assertEquals(400, invalid.getStatus());
        assertTrue(invalid.getEntity().toString(), invalid.getEntity().toString().contains("<html lang=\"fr\">")
                && invalid.getEntity().toString().contains("Ce lien de désinscription n’est pas valide."));
        String invalidPost = page.unsubscribe("pt-PT", 1, ana, "forged").getEntity().toString();
        assertTrue(invalidPost, invalidPost.contains("Este link de cancelamento não é válido."));
        assertTrue("English when the browser asks for no language of the platform",
                page.page("de-DE", 1, ana, "forged").getEntity().toString().contains("This unsubscribe link is not valid."));

        String done = (String) page.unsubscribe("fr", 1, ana, token).getEntity();
        assertTrue(done, done.contains("<html lang=\"es\">") && done.contains("Se ha dado de baja"));
        // a valid link whose contact was erased since: nobody's language is known but the browser's
        area.directory.erase(ADMIN, ana);
        String erased = (String) page.unsubscribe("pt-PT,pt;q=0.9", 1, ana, token).getEntity();
        assertTrue(erased, erased.contains("<html lang=\"pt\">") && erased.contains("A subscrição foi cancelada"));
    }

    @Test
    public void anIssueMissingALanguageCannotGoOut() {
        wire(1, 0, false);
        NewsletterIssue partial = newsletters.create(ADMIN, new IssueDraft(2, LocalizedText.of("Sujet", null, null, "Subject"),
                LocalizedText.of("Texte", null, null, "Text"), List.of()));
        ValidationException e = assertThrows(ValidationException.class, () -> campaigns.schedule(ADMIN, partial.id(), null));
        assertTrue(e.getMessage(), e.getMessage().contains("[es, pt]"));
    }

    @Test
    public void aSectionOnAThemeThatIsNotDeployedIsRefusedAndNothingIsWritten() {
        wire(1, 0, false);
        IssueDraft good = draft(3);
        IssueDraft onUnknownTheme = new IssueDraft(3, good.subject(), good.intro(), List.of(good.sections().get(0),
                new IssueSection("wine-tasting", good.sections().get(0).title(), good.sections().get(0).body())));
        ValidationException e = assertThrows(ValidationException.class, () -> newsletters.create(ADMIN, onUnknownTheme));
        assertEquals(e.fieldErrors().toString(), "sections[1].theme", e.fieldErrors().get(0).field());
        assertEquals("unknown", e.fieldErrors().get(0).code());
        assertTrue(e.fieldErrors().get(0).detail(), e.fieldErrors().get(0).detail().contains("wine-tasting"));
        assertEquals("the issue was not created", 0, newsletters.issues(ADMIN, PageRequest.first()).total());
        assertEquals(3, newsletters.create(ADMIN, good).number());
    }

    @Test
    public void anUnsubscribeDuringACampaignIsHonouredForTheRestOfIt() throws Exception {
        wire(1, 10, false);
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            rows.add(String.format("Company %02d,FR,Person %02d,p%02d@example.org,fr,consent,2024-01-10", i, i, i));
        }
        importContacts("cybermassif", rows.toArray(String[]::new));
        Campaign c = campaigns.schedule(ADMIN, issue(3).id(), null);
        waitUntil(() -> smtp.getReceivedMessages().length >= 3, "three messages arrived");
        Campaign running = campaigns.get(ADMIN, c.id());
        assertEquals(CampaignStatus.RUNNING, running.status());
        assertTrue(running.toString(), running.progress().left() > 0);

        assertTrue(area.directory.unsubscribe("p20@example.org", "one-click"));
        Campaign done = await(c.id(), CampaignStatus.DONE);
        assertEquals(19, done.progress().sent());
        assertEquals(1, done.progress().skipped());
        for (MimeMessage m : smtp.getReceivedMessages()) {
            assertFalse(m.getRecipients(Message.RecipientType.TO)[0].toString().equals("p20@example.org"));
        }
    }

    @Test
    public void aCampaignWaitsWhileTheSmtpServerIsDownAndResumesWithoutLosingAnyone() throws Exception {
        wire(2, 0, false);
        importContacts("cybermassif", "A,FR,A,a@example.org,fr,consent,2024-01-10", "B,FR,B,b@example.org,fr,consent,2024-01-10",
                "C,FR,C,c@example.org,fr,consent,2024-01-10");
        int port = smtp.getSmtp().getPort();
        smtp.stop();
        Campaign c = campaigns.schedule(ADMIN, issue(4).id(), null);
        waitUntil(() -> {
            LocalizedText note = campaigns.get(ADMIN, c.id()).progress().note();
            return note != null && note.resolve(Language.EN).orElse("").startsWith("waiting");
        }, "the campaign says what it waits for");
        Campaign waiting = campaigns.get(ADMIN, c.id());
        String english = waiting.progress().note().resolve(Language.EN).orElseThrow();
        assertTrue(english, english.startsWith("waiting for the SMTP server 127.0.0.1:" + port));
        String spanish = waiting.progress().note().resolve(Language.ES).orElseThrow();
        assertTrue(spanish, spanish.startsWith("esperando al servidor SMTP 127.0.0.1:" + port));
        assertEquals(3, waiting.progress().left());

        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Campaign done = await(c.id(), CampaignStatus.DONE);
        assertEquals(3, done.progress().sent());
        assertEquals(3, smtp.getReceivedMessages().length);
    }

    @Test
    public void pauseStopsSendingAndResumeGoesOnWhereItStopped() throws Exception {
        wire(1, 5, false);
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            rows.add(String.format("Firm %02d,FR,,f%02d@example.org,fr,consent,2024-01-10", i, i));
        }
        importContacts("cybermassif", rows.toArray(String[]::new));
        Campaign c = campaigns.schedule(ADMIN, issue(5).id(), null);
        waitUntil(() -> smtp.getReceivedMessages().length >= 2, "two messages arrived");
        Campaign paused = campaigns.pause(ADMIN, c.id());
        assertEquals(CampaignStatus.PAUSED, paused.status());
        int atPause = smtp.getReceivedMessages().length;
        sleep(1500);
        assertEquals("nothing goes out while paused", atPause, smtp.getReceivedMessages().length);
        assertEquals(10 - atPause, campaigns.get(ADMIN, c.id()).progress().left());

        campaigns.resume(ADMIN, c.id());
        Campaign done = await(c.id(), CampaignStatus.DONE);
        assertEquals(10, done.progress().sent());
        assertEquals(10, smtp.getReceivedMessages().length);
    }

    @Test
    public void aNodeThatDoesNotDispatchLeavesCampaignsToTheOneThatDoes() throws Exception {
        MailConfig sending = mail.config(smtp.getSmtp().getPort(), 1, 0, false);
        MailConfig passive = (MailConfig) java.lang.reflect.Proxy.newProxyInstance(MailConfig.class.getClassLoader(),
                new Class<?>[] {MailConfig.class}, (proxy, method, args) -> "dispatch".equals(method.getName()) ? Boolean.FALSE
                        : method.invoke(sending, args));
        dispatcher = new Dispatcher(area.dataSource(), area.db, passive);
        newsletters = new NewsletterServiceImpl(area.db, Area.structures(), area.directory, dispatcher, Area.themes());
        campaigns = new CampaignServiceImpl(area.db, newsletters, dispatcher);
        importContacts("cybermassif", "A,FR,A,a@example.org,fr,consent,2024-01-10");
        Campaign c = campaigns.schedule(ADMIN, issue(6).id(), null);
        sleep(2500);
        assertEquals("nothing starts on a node that does not dispatch", CampaignStatus.SCHEDULED, campaigns.get(ADMIN, c.id()).status());
        assertEquals(0, smtp.getReceivedMessages().length);

        Dispatcher other = new Dispatcher(area.dataSource(), area.db, sending);
        try {
            new NewsletterServiceImpl(area.db, Area.structures(), area.directory, other, Area.themes());
            assertEquals(1, await(c.id(), CampaignStatus.DONE).progress().sent());
        } finally {
            other.deactivateForTests();
        }
    }

    private long contactId(String email) {
        var company = area.directory.companies(ADMIN, new org.cybersudoe.outreach.CompanyQuery(null, null, null, null, null, null,
                email, null), org.cybersudoe.core.paging.PageRequest.first()).items().get(0);
        return area.directory.contacts(ADMIN, company.id()).get(0).id();
    }

    private static void waitUntil(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertTrue("timed out waiting: " + what, Instant.now().isBefore(deadline));
            sleep(50);
        }
        assertNotNull(what);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** How many transactions wait for a lock, as Derby's lock table says. */
    private int lockWaiters() throws Exception {
        try (Connection c = area.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM SYSCS_DIAG.LOCK_TABLE WHERE STATE = 'WAIT'")) {
            r.next();
            return r.getInt(1);
        }
    }

    @Test
    public void aCampaignWhoseRecipientsAreBeingListedCanBeReadAndCancelledAndThenSendsNothing() throws Exception {
        wire(2, 0, false);
        importContacts("cybermassif", "Hôtel du Lac,FR,Zoé,zoe@lac.example,fr,informed,2024-01-10",
                "Ferme Dubois,FR,,paul@dubois.example,en,consent,2024-01-10");
        NewsletterIssue issue = issue(1);
        ExecutorService reader = Executors.newSingleThreadExecutor();
        Connection holder = area.dataSource().getConnection();
        try {
            // a contact changed by a transaction left open: listing the recipients waits for it, as
            // listing 900,000 of them takes minutes
            holder.setAutoCommit(false);
            try (Statement s = holder.createStatement()) {
                assertEquals(1, s.executeUpdate("UPDATE out_contact SET name = name WHERE email_key = 'paul@dubois.example'"));
            }
            Campaign c = campaigns.schedule(ADMIN, issue.id(), null);
            Instant deadline = Instant.now().plusSeconds(30);
            while (lockWaiters() == 0 && Instant.now().isBefore(deadline)) {
                sleep(50);
            }
            assertTrue("the dispatcher never started listing the recipients", lockWaiters() > 0);

            Campaign listing = reader.submit(() -> campaigns.get(ADMIN, c.id())).get(10, TimeUnit.SECONDS);
            assertEquals(CampaignStatus.SCHEDULED, listing.status());
            assertEquals("starting: listing the recipients", listing.progress().note().resolve(Language.EN).orElseThrow());
            assertEquals("démarrage : liste des destinataires en cours", listing.progress().note().resolve(Language.FR).orElseThrow());
            Campaign cancelled = reader.submit(() -> campaigns.cancel(ADMIN, c.id())).get(10, TimeUnit.SECONDS);
            assertEquals(CampaignStatus.CANCELLED, cancelled.status());
            holder.rollback();

            deadline = Instant.now().plusSeconds(30);
            while (lockWaiters() > 0 && Instant.now().isBefore(deadline)) {
                sleep(50);
            }
            sleep(1500);
            Campaign after = campaigns.get(ADMIN, c.id());
            assertEquals(CampaignStatus.CANCELLED, after.status());
            assertEquals(null, after.startedAt());
            try (Connection check = area.dataSource().getConnection(); Statement s = check.createStatement();
                    ResultSet r = s.executeQuery("SELECT COUNT(*) FROM out_delivery WHERE campaign_id = " + c.id())) {
                r.next();
                assertEquals("ledger rows of a campaign cancelled before it started", 0, r.getInt(1));
            }
            assertEquals(0, smtp.getReceivedMessages().length);
        } finally {
            holder.rollback();
            holder.close();
            reader.shutdownNow();
        }
    }

    @Test
    public void messagesGoOutWhileTheLaterRecipientsAreStillBeingListedAndTheCampaignEndsOnlyOnceAllAre() throws Exception {
        Connection holder = area.dataSource().getConnection();
        try {
            Campaign c = startWithListingHeldAtContact28(holder);
            sleep(1500);
            int before = smtp.getReceivedMessages().length;
            assertTrue("the first chunks' recipients get the issue while the listing waits: " + before, before >= 5 && before < 28);
            Campaign waiting = campaigns.get(ADMIN, c.id());
            assertEquals("not done while recipients are still to be listed", CampaignStatus.RUNNING, waiting.status());
            assertEquals(before, waiting.progress().recipients());
            assertEquals(before, waiting.progress().sent());

            holder.rollback();
            Campaign done = await(c.id(), CampaignStatus.DONE);
            assertEquals(30, done.progress().recipients());
            assertEquals(30, done.progress().sent());
            assertEquals(contactEmails(30), receivedOnceEach());
            assertEquals(30, campaignColumn(c.id(), "recipients"));
            assertEquals("the listing's record is gone with its last chunk", 0, area.count("out_campaign_listing"));
        } finally {
            holder.rollback();
            holder.close();
        }
    }

    @Test
    public void aCampaignCancelledWhileItsRecipientsAreBeingListedSendsNoMoreAndListsNoMore() throws Exception {
        ExecutorService canceller = Executors.newSingleThreadExecutor();
        Connection holder = area.dataSource().getConnection();
        try {
            Campaign c = startWithListingHeldAtContact28(holder);
            assertEquals("a listing under way", 1, area.count("out_campaign_listing"));
            // the cancel waits for the run's threads, the listing one included, which waits for the lock
            Future<Campaign> cancelling = canceller.submit(() -> campaigns.cancel(ADMIN, c.id()));
            sleep(300);
            holder.rollback();
            assertEquals(CampaignStatus.CANCELLED, cancelling.get(30, TimeUnit.SECONDS).status());
            int sent = smtp.getReceivedMessages().length;
            sleep(1500);
            assertEquals("nothing sent after the cancel", sent, smtp.getReceivedMessages().length);
            assertEquals(0, area.count("out_campaign_listing"));
            int listed = campaignColumn(c.id(), "recipients");
            assertTrue("the listing stopped with the cancel: " + listed, listed < 28);
            assertEquals(CampaignStatus.CANCELLED, campaigns.get(ADMIN, c.id()).status());
        } finally {
            holder.rollback();
            holder.close();
            canceller.shutdownNow();
        }
    }

    @Test
    public void aListingCutShortByACrashGoesOnFromWhereItStoodAndListsNobodyTwice() throws Exception {
        wireListing(5);
        importContacts("cybermassif", contactRows(12));
        NewsletterIssue issue = issue(1);
        Campaign c = campaigns.schedule(ADMIN, issue.id(), Instant.now().plus(Duration.ofDays(1)));
        // what a kill -9 after the dispatcher's first chunk leaves: the campaign running, five
        // recipients in the ledger, the listing recorded at the fifth contact
        try (Connection db = dispatcher.ledger().connection(); Statement s = db.createStatement()) {
            Ledger.Chunk first = dispatcher.ledger().listChunk(db, c.id(), 0, 5);
            assertEquals(5, first.listed());
            assertTrue(dispatcher.ledger().listed(db, c.id(), 0, first));
            assertEquals(1, s.executeUpdate("UPDATE out_campaign SET status = 'running', started_at = CURRENT_TIMESTAMP, recipients = 5 "
                    + "WHERE id = " + c.id()));
            db.commit();
        }
        dispatcher.wake();
        Campaign done = await(c.id(), CampaignStatus.DONE);
        assertEquals(12, done.progress().recipients());
        assertEquals(12, done.progress().sent());
        assertEquals(contactEmails(12), receivedOnceEach());
        assertEquals(12, campaignColumn(c.id(), "recipients"));
        assertEquals(0, area.count("out_campaign_listing"));
    }

    /**
     * Starts a campaign to 30 contacts listed 5 at a time, with the 28th contact changed by
     * {@code holder}'s open transaction: listing its chunk waits for it. Returns once the first
     * chunk's messages have arrived (or 30 s have passed).
     */
    private Campaign startWithListingHeldAtContact28(Connection holder) throws Exception {
        wireListing(5);
        importContacts("cybermassif", contactRows(30));
        NewsletterIssue issue = issue(1);
        holder.setAutoCommit(false);
        try (Statement s = holder.createStatement()) {
            assertEquals(1, s.executeUpdate("UPDATE out_contact SET name = name WHERE email_key = 'c28@listing.example'"));
        }
        Campaign c = campaigns.schedule(ADMIN, issue.id(), null);
        Instant deadline = Instant.now().plusSeconds(30);
        while (smtp.getReceivedMessages().length < 5 && Instant.now().isBefore(deadline)) {
            sleep(50);
        }
        return c;
    }

    private static String[] contactRows(int n) {
        String[] rows = new String[n];
        for (int i = 1; i <= n; i++) {
            rows[i - 1] = "Entreprise " + i + ",FR,Contact " + i + ",c" + i + "@listing.example,fr,informed,2024-01-10";
        }
        return rows;
    }

    private static Set<String> contactEmails(int n) {
        Set<String> emails = new TreeSet<>();
        for (int i = 1; i <= n; i++) {
            emails.add("c" + i + "@listing.example");
        }
        return emails;
    }

    private Set<String> receivedOnceEach() throws Exception {
        Set<String> to = new TreeSet<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            String address = m.getRecipients(Message.RecipientType.TO)[0].toString();
            assertTrue("each address once: " + address, to.add(address));
        }
        return to;
    }

    private int campaignColumn(long campaignId, String column) throws Exception {
        try (Connection c = area.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT " + column + " FROM out_campaign WHERE id = " + campaignId)) {
            assertTrue(r.next());
            return r.getInt(1);
        }
    }
}
