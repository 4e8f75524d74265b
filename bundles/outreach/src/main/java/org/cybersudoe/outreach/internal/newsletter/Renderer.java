package org.cybersudoe.outreach.internal.newsletter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.outreach.IssueSection;
import org.cybersudoe.outreach.NewsletterIssue;
import org.cybersudoe.outreach.RenderedMessage;
import org.cybersudoe.outreach.internal.rest.Bodies;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * Lays an issue out for one recipient with FreeMarker: an HTML part (every value escaped by the
 * template's HTML output format, so issue texts cannot inject markup) and a plain-text part, in
 * the recipient's language or the first of its fallbacks the issue has. Thread-safe.
 */
public final class Renderer {

    private final Template html;
    private final Template text;

    public Renderer() {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_33);
        cfg.setClassForTemplateLoading(Renderer.class, "/templates");
        cfg.setDefaultEncoding("UTF-8");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setLocale(Locale.ROOT);
        try {
            this.html = cfg.getTemplate("newsletter.html.ftlh");
            this.text = cfg.getTemplate("newsletter.txt.ftl");
        } catch (IOException e) {
            throw new UncheckedIOException("the newsletter templates are part of the bundle", e);
        }
    }

    /**
     * @param footer the recipient's partner's footer (may be empty)
     * @param partnerName the partner's name, for "you receive this as a contact of ..."
     * @param test true to mark the subject as a test
     */
    public RenderedMessage render(NewsletterIssue issue, Recipient recipient, LocalizedText footer, String partnerName,
            String unsubscribeUrl, boolean test) {
        Language language = languageFor(issue, recipient.language());
        String subject = (test ? Bodies.MESSAGES.get(language, "mail.test") + " " : "") + in(issue.subject(), language);
        Map<String, Object> model = new HashMap<>();
        model.put("lang", language.code());
        model.put("subject", subject);
        model.put("number", issue.number());
        model.put("greeting", recipient.name() == null || recipient.name().isBlank()
                ? Bodies.MESSAGES.get(language, "mail.greeting")
                : Bodies.MESSAGES.get(language, "mail.greeting.named", recipient.name()));
        model.put("intro", paragraphs(in(issue.intro(), language)));
        List<Map<String, Object>> sections = new ArrayList<>();
        for (IssueSection s : issue.sections()) {
            sections.add(Map.of("theme", s.theme(), "title", in(s.title(), language), "paragraphs", paragraphs(in(s.body(), language))));
        }
        model.put("sections", sections);
        model.put("footer", footer == null ? List.of() : in(footer, language).lines().filter(l -> !l.isBlank()).toList());
        model.put("why", Bodies.MESSAGES.get(language, "mail.why",
                recipient.companyName() == null ? partnerName : partnerName + " (" + recipient.companyName() + ")"));
        model.put("unsubscribe", Bodies.MESSAGES.get(language, "mail.unsubscribe"));
        model.put("unsubscribeUrl", unsubscribeUrl);
        return new RenderedMessage(language, subject, process(html, model), process(text, model));
    }

    /** The recipient's language when the issue has its subject in it, otherwise the first fallback it has. */
    static Language languageFor(NewsletterIssue issue, Language wanted) {
        for (Language l : wanted.fallbackOrder()) {
            if (issue.subject().exact(l).isPresent()) {
                return l;
            }
        }
        return wanted;
    }

    private static String in(LocalizedText text, Language language) {
        return text == null ? "" : text.resolve(language).orElse("");
    }

    private static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.split("\\R\\s*\\R")) {
            if (!p.isBlank()) {
                out.add(p.strip().replaceAll("\\s*\\R\\s*", " "));
            }
        }
        return out;
    }

    private static String process(Template template, Map<String, Object> model) {
        StringWriter out = new StringWriter(4096);
        try {
            template.process(model, out);
        } catch (TemplateException | IOException e) {
            throw new IllegalStateException("the newsletter template " + template.getName() + " failed: " + e.getMessage(), e);
        }
        return out.toString();
    }
}
