package org.cybersudoe.outreach.internal.newsletter;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.mail.MessagingException;
import javax.persistence.EntityManager;

import org.cybersudoe.core.error.ConflictException;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.UnavailableException;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.network.Structure;
import org.cybersudoe.network.StructureService;
import org.cybersudoe.outreach.Contact;
import org.cybersudoe.outreach.DirectoryService;
import org.cybersudoe.outreach.IssueDraft;
import org.cybersudoe.outreach.IssueSection;
import org.cybersudoe.outreach.NewsletterIssue;
import org.cybersudoe.outreach.NewsletterService;
import org.cybersudoe.outreach.RenderedMessage;
import org.cybersudoe.outreach.internal.OutreachDatabase;
import org.cybersudoe.outreach.internal.OutreachTexts;
import org.cybersudoe.outreach.internal.jpa.FooterEntity;
import org.cybersudoe.outreach.internal.jpa.IssueEntity;
import org.cybersudoe.outreach.internal.jpa.SectionEntity;
import org.cybersudoe.persistence.Jpql;
import org.cybersudoe.toolbox.Theme;
import org.cybersudoe.toolbox.ThemeRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Component(service = {NewsletterService.class, NewsletterServiceImpl.class})
public class NewsletterServiceImpl implements NewsletterService {

    private static final Logger LOG = LoggerFactory.getLogger(NewsletterServiceImpl.class);
    private static final Map<String, String> SORT = Map.of("number", "i.number", "createdAt", "i.createdAt",
            "updatedAt", "i.updatedAt");
    private static final int SUBJECT = 200;
    private static final int TITLE = 200;
    private static final int TEXT = 20_000;
    private static final int FOOTER = 1000;

    private final OutreachDatabase db;
    private final StructureService structures;
    private final DirectoryService directory;
    private final Dispatcher dispatcher;
    private final ThemeRegistry themes;
    private final Renderer renderer = new Renderer();

    @Activate
    public NewsletterServiceImpl(@Reference OutreachDatabase db, @Reference StructureService structures,
            @Reference DirectoryService directory, @Reference Dispatcher dispatcher, @Reference ThemeRegistry themes) {
        this.db = db;
        this.themes = themes;
        this.structures = structures;
        this.directory = directory;
        this.dispatcher = dispatcher;
        dispatcher.contents(this::contentFor);
    }

    @Override
    public Page<NewsletterIssue> issues(Caller caller, PageRequest page) {
        caller.requireNetworkRead();
        return db.tx(em -> new Jpql("IssueEntity", "i").page(em, IssueEntity.class, page, SORT, "i.number DESC")
                .map(i -> issue(em, i)));
    }

    @Override
    public NewsletterIssue issue(Caller caller, long id) {
        caller.requireNetworkRead();
        return db.tx(em -> issue(em, entity(em, id)));
    }

    /** The issue without a caller: for the dispatch of a campaign already allowed. */
    NewsletterIssue issueForDispatch(long id) {
        return db.tx(em -> issue(em, entity(em, id)));
    }

    @Override
    public NewsletterIssue create(Caller caller, IssueDraft draft) {
        caller.requireAdmin();
        check(draft);
        return db.tx(em -> {
            requireNumberFree(em, draft.number(), null);
            IssueEntity i = new IssueEntity();
            i.createdBy = caller.login();
            i.createdAt = now();
            i.updatedAt = i.createdAt;
            copy(draft, i);
            em.persist(i);
            em.flush();
            writeSections(em, i.id, draft.sections());
            return issue(em, i);
        });
    }

    @Override
    public NewsletterIssue update(Caller caller, long id, long expectedVersion, IssueDraft draft) {
        caller.requireAdmin();
        check(draft);
        return db.tx(em -> {
            IssueEntity i = entity(em, id);
            requireNumberFree(em, draft.number(), id);
            // compared before the issue changes, and the time set before writing the sections: a query flushes what is
            // pending, and an issue written twice would move its version twice
            List<IssueSection> wanted = draft.sections().stream().map(NewsletterServiceImpl::asStored).toList();
            boolean sectionsChanged = !sections(em, id).equals(wanted);
            long stored = i.version;
            List<Object> before = content(i);
            copy(draft, i);
            // the same content sent again is no change: a client still holding this version must not get a conflict,
            // nor a retry whose first answer was lost, with the version it was first sent with.
            // The sections are rows of their own, outside the issue's version: the issue's time moves it for them.
            if (sectionsChanged || !before.equals(content(i))) {
                if (stored != expectedVersion) {
                    throw new ConflictException("version", OutreachTexts.MESSAGES.text("error.conflict.issue-version"));
                }
                i.updatedAt = now();
            }
            if (sectionsChanged) {
                em.createQuery("DELETE FROM SectionEntity s WHERE s.issueId = :id").setParameter("id", id).executeUpdate();
                writeSections(em, id, draft.sections());
            }
            em.flush();
            return issue(em, i);
        });
    }

    @Override
    public LocalizedText footer(Caller caller, String partner) {
        caller.requireNetworkRead();
        // an unknown partner is not found, rather than a partner that wrote no footer yet
        structures.get(caller, partner);
        return footerOf(partner);
    }

    /** The partner's footer, empty when none was written. */
    LocalizedText footerOf(String partner) {
        return db.tx(em -> {
            FooterEntity f = em.find(FooterEntity.class, partner);
            return f == null ? LocalizedText.of(null, null, null, null) : LocalizedText.of(f.fr, f.es, f.pt, f.en);
        });
    }

    @Override
    public LocalizedText setFooter(Caller caller, String partner, LocalizedText footer) {
        structures.get(caller, partner);
        caller.requireChange(partner);
        Validator v = new Validator().required("footer", footer == null || footer.isEmpty() ? null : footer);
        if (footer != null) {
            footer.byCode().forEach((code, text) -> v.maxLength("footer." + code, text, FOOTER));
        }
        v.throwIfInvalid();
        return db.tx(em -> {
            FooterEntity f = em.find(FooterEntity.class, partner);
            if (f == null) {
                f = new FooterEntity();
                f.partner = partner;
                em.persist(f);
            }
            f.fr = footer.exact(Language.FR).orElse(null);
            f.es = footer.exact(Language.ES).orElse(null);
            f.pt = footer.exact(Language.PT).orElse(null);
            f.en = footer.exact(Language.EN).orElse(null);
            f.updatedBy = caller.login();
            f.updatedAt = now();
            return LocalizedText.of(f.fr, f.es, f.pt, f.en);
        });
    }

    @Override
    public RenderedMessage preview(Caller caller, long issueId, long contactId) {
        Contact contact = directory.contact(caller, contactId);
        caller.requireChange(contact.partner());
        String company = directory.company(caller, contact.companyId()).name();
        Recipient r = new Recipient(contact.id(), contact.email(), contact.name(), contact.language(), contact.partner(), company, 0);
        return render(issue(caller, issueId), r, "#preview", false);
    }

    @Override
    public RenderedMessage preview(Caller caller, long issueId, Language language, String partner) {
        NewsletterIssue issue = issue(caller, issueId);
        structures.get(caller, partner);
        return render(issue, sample(language, partner, null), "#preview", false);
    }

    @Override
    public void testSend(Caller caller, long issueId, Language language, String partner, String address) {
        caller.requireChange(partner);
        new Validator().required("address", address).email("address", address == null ? null : address.strip()).throwIfInvalid();
        NewsletterIssue issue = issue(caller, issueId);
        structures.get(caller, partner);
        Recipient sample = sample(language, partner, address.strip());
        Mailer mailer = dispatcher.mailer();
        RenderedMessage m = render(issue, sample, mailer.unsubscribeUrl(0, 0, "test"), true);
        try (SmtpConnection smtp = new SmtpConnection(mailer.session(), mailer.config())) {
            try {
                smtp.open();
            } catch (MessagingException e) {
                throw mailServerUnavailable(e.getMessage());
            }
            SmtpConnection.Reply reply = smtp.send(Mailer.withMailClassLoader(() -> mailer.build(m, sample.email(),
                    "<test-" + issueId + "-" + System.nanoTime() + "@" + mailer.config().fromAddress().replaceAll(".*@", "") + ">",
                    mailer.unsubscribeUrl(0, 0, "test"))), sample.email());
            // a lost connection or a 4xx says nothing about the address: only a refusal for good (5xx) is about it
            if (reply.outcome() == SmtpConnection.Outcome.TRANSIENT) {
                throw mailServerUnavailable(reply.text());
            }
            if (reply.outcome() != SmtpConnection.Outcome.ACCEPTED) {
                throw new ValidationException("address", "not-sent",
                        OutreachTexts.MESSAGES.text("error.field.test-not-taken", reply.text()));
            }
        } catch (MessagingException e) {
            throw new ValidationException("address", "not-sent",
                    OutreachTexts.MESSAGES.text("error.field.test-not-built", e.getMessage()));
        }
    }

    /** The mail server is a dependency that failed, not the caller's input; its host and port are for the administrators' log. */
    private UnavailableException mailServerUnavailable(String why) {
        LOG.warn("Test send: the mail server {}:{} could not take the message: {}", dispatcher.mailer().config().host(),
                dispatcher.mailer().config().port(), why);
        return new UnavailableException(OutreachTexts.MESSAGES.text("error.unavailable.mail-server"));
    }

    /** The issue laid out for one recipient of a campaign (or a preview). */
    RenderedMessage render(NewsletterIssue issue, Recipient recipient, String unsubscribeUrl, boolean test) {
        return renderer.render(issue, recipient, footerOf(recipient.partner()), partnerName(recipient.partner(), recipient.language()),
                unsubscribeUrl, test);
    }

    /** The renderer, partner footers and names loaded once, for a campaign's many messages. */
    CampaignRun.Content contentFor(long issueId) {
        NewsletterIssue issue = issueForDispatch(issueId);
        Map<Renderer.LayoutKey, Renderer.Layout> layouts = new java.util.concurrent.ConcurrentHashMap<>();
        return (recipient, url) -> layouts.computeIfAbsent(Renderer.LayoutKey.of(issue, recipient, false),
                key -> renderer.layout(issue, key, footerOf(key.partner()), partnerName(key.partner(), key.language())))
                .fillEncoded(recipient, url);
    }

    private String partnerName(String partner, Language language) {
        try {
            Structure s = structures.get(Caller.SYSTEM, partner);
            return s.name().resolve(language).orElse(partner);
        } catch (RuntimeException e) {
            return partner;
        }
    }

    private static Recipient sample(Language language, String partner, String address) {
        return new Recipient(0, address == null ? "sample@example.org" : address, null, language == null ? Language.EN : language,
                partner, null, 0);
    }

    private NewsletterIssue issue(EntityManager em, IssueEntity i) {
        List<IssueSection> sections = sections(em, i.id);
        LocalizedText subject = LocalizedText.of(i.subjectFr, i.subjectEs, i.subjectPt, i.subjectEn);
        LocalizedText intro = LocalizedText.of(i.introFr, i.introEs, i.introPt, i.introEn);
        Set<Language> missing = new TreeSet<>();
        for (Language l : Language.values()) {
            boolean complete = subject.exact(l).isPresent() && intro.exact(l).isPresent()
                    && sections.stream().allMatch(s -> s.title().exact(l).isPresent() && s.body().exact(l).isPresent());
            if (!complete) {
                missing.add(l);
            }
        }
        return new NewsletterIssue(i.id, i.number, subject, intro, sections, List.copyOf(missing), i.createdBy,
                i.updatedAt.toInstant(ZoneOffset.UTC), i.version);
    }

    private static List<IssueSection> sections(EntityManager em, long issueId) {
        List<IssueSection> sections = new ArrayList<>();
        for (SectionEntity s : em.createQuery("SELECT s FROM SectionEntity s WHERE s.issueId = :id ORDER BY s.position",
                SectionEntity.class).setParameter("id", issueId).getResultList()) {
            sections.add(new IssueSection(s.theme, LocalizedText.of(s.titleFr, s.titleEs, s.titlePt, s.titleEn),
                    LocalizedText.of(s.bodyFr, s.bodyEs, s.bodyPt, s.bodyEn)));
        }
        return sections;
    }

    /** A draft's section as {@link #sections} reads it back once written: a missing body reads as an empty text. */
    private static IssueSection asStored(IssueSection s) {
        return new IssueSection(s.theme(), stored(s.title()), stored(s.body()));
    }

    private static LocalizedText stored(LocalizedText text) {
        return LocalizedText.of(exact(text, Language.FR), exact(text, Language.ES), exact(text, Language.PT), exact(text, Language.EN));
    }

    private static IssueEntity entity(EntityManager em, long id) {
        IssueEntity i = em.find(IssueEntity.class, id);
        if (i == null) {
            throw new NotFoundException(OutreachTexts.MESSAGES.text("error.not-found.issue", id));
        }
        return i;
    }

    private static void requireNumberFree(EntityManager em, int number, Long self) {
        List<Long> same = em.createQuery("SELECT i.id FROM IssueEntity i WHERE i.number = :n", Long.class).setParameter("n", number)
                .getResultList();
        if (same.stream().anyMatch(id -> !id.equals(self))) {
            throw new ConflictException("number", OutreachTexts.MESSAGES.text("error.conflict.issue-number", number));
        }
    }

    private void check(IssueDraft d) {
        if (d == null) {
            throw new ValidationException("body", "required", OutreachTexts.MESSAGES.text("error.field.issue-body"));
        }
        Validator v = new Validator()
                .check(d.number() >= 1 && d.number() <= 10_000, "number", "invalid-value",
                        () -> OutreachTexts.MESSAGES.text("error.field.issue-number"))
                .required("subject", d.subject() == null || d.subject().isEmpty() ? null : d.subject());
        texts(v, "subject", d.subject(), SUBJECT);
        texts(v, "intro", d.intro(), TEXT);
        for (int n = 0; n < d.sections().size(); n++) {
            IssueSection s = d.sections().get(n);
            String at = "sections[" + n + "]";
            v.required(at + ".theme", s == null ? null : s.theme());
            if (s != null && s.theme() != null) {
                // a section speaks of one of the programme's themes, as events and sheets do
                boolean deployed = themes.find(Caller.SYSTEM, s.theme()).map(Theme::available).orElse(false);
                v.check(deployed, at + ".theme", "unknown", () -> OutreachTexts.MESSAGES.text("error.field.unknown-theme", s.theme()));
            }
            if (s != null) {
                v.maxLength(at + ".theme", s.theme(), 60).required(at + ".title", s.title() == null || s.title().isEmpty() ? null : s.title());
                texts(v, at + ".title", s.title(), TITLE);
                texts(v, at + ".body", s.body(), TEXT);
            }
        }
        v.check(d.sections().size() <= 30, "sections", "too-many", () -> OutreachTexts.MESSAGES.text("error.field.sections-max"));
        v.throwIfInvalid();
    }

    private static void texts(Validator v, String field, LocalizedText text, int max) {
        if (text != null) {
            text.byCode().forEach((code, value) -> v.maxLength(field + "." + code, value, max));
        }
    }

    private static void copy(IssueDraft d, IssueEntity i) {
        i.number = d.number();
        i.subjectFr = exact(d.subject(), Language.FR);
        i.subjectEs = exact(d.subject(), Language.ES);
        i.subjectPt = exact(d.subject(), Language.PT);
        i.subjectEn = exact(d.subject(), Language.EN);
        i.introFr = exact(d.intro(), Language.FR);
        i.introEs = exact(d.intro(), Language.ES);
        i.introPt = exact(d.intro(), Language.PT);
        i.introEn = exact(d.intro(), Language.EN);
    }

    /** What a draft sets on the issue's own row, to tell an update that changes something from one that sends the same again. */
    private static List<Object> content(IssueEntity i) {
        return Arrays.asList(i.number, i.subjectFr, i.subjectEs, i.subjectPt, i.subjectEn, i.introFr, i.introEs, i.introPt,
                i.introEn);
    }

    private static void writeSections(EntityManager em, long issueId, List<IssueSection> sections) {
        for (int n = 0; n < sections.size(); n++) {
            IssueSection s = sections.get(n);
            SectionEntity e = new SectionEntity();
            e.issueId = issueId;
            e.position = n + 1;
            e.theme = s.theme();
            e.titleFr = exact(s.title(), Language.FR);
            e.titleEs = exact(s.title(), Language.ES);
            e.titlePt = exact(s.title(), Language.PT);
            e.titleEn = exact(s.title(), Language.EN);
            e.bodyFr = exact(s.body(), Language.FR);
            e.bodyEs = exact(s.body(), Language.ES);
            e.bodyPt = exact(s.body(), Language.PT);
            e.bodyEn = exact(s.body(), Language.EN);
            em.persist(e);
        }
    }

    private static String exact(LocalizedText text, Language l) {
        return text == null ? null : text.exact(l).orElse(null);
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

}
