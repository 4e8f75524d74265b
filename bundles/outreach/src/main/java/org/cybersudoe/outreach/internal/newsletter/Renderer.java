package org.cybersudoe.outreach.internal.newsletter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.outreach.IssueSection;
import org.cybersudoe.outreach.NewsletterIssue;
import org.cybersudoe.outreach.RenderedMessage;
import org.cybersudoe.outreach.internal.rest.Bodies;

import freemarker.core.HTMLOutputFormat;
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

    /** The two templates, parsed together. */
    private record Templates(Template html, Template text) {
    }

    private final Slots slots = new Slots();
    /** Parsed at the first layout; two layouts racing for it may both parse, and either serves. */
    private final AtomicReference<Templates> templates = new AtomicReference<>();

    /**
     * Parses the templates at the first layout, not here: FreeMarker's few hundred classes then
     * load when a newsletter is first rendered instead of on the server's start-up path.
     */
    public Renderer() {
    }

    private Templates templates() {
        return templates.updateAndGet(parsed -> parsed != null ? parsed : parse());
    }

    private static Templates parse() {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_33);
        cfg.setClassForTemplateLoading(Renderer.class, "/templates");
        cfg.setDefaultEncoding("UTF-8");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setLocale(Locale.ROOT);
        try {
            return new Templates(cfg.getTemplate("newsletter.html.ftlh"), cfg.getTemplate("newsletter.txt.ftl"));
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
        return layout(issue, LayoutKey.of(issue, recipient, test), footer, partnerName).fill(recipient, unsubscribeUrl);
    }

    /**
     * The issue laid out once for every recipient who shares {@code key}, with slots for the
     * contact's name, the company's name and the unsubscribe link: a campaign runs the templates
     * once per language, partner and kind of recipient instead of once per message.
     */
    public Layout layout(NewsletterIssue issue, LayoutKey key, LocalizedText footer, String partnerName) {
        Language language = key.language();
        String subject = (key.test() ? Bodies.MESSAGES.get(language, "mail.test") + " " : "") + in(issue.subject(), language);
        Map<String, Object> model = new HashMap<>();
        model.put("lang", language.code());
        model.put("subject", subject);
        model.put("number", issue.number());
        model.put("greeting", key.named() ? Bodies.MESSAGES.get(language, "mail.greeting.named", slots.name)
                : Bodies.MESSAGES.get(language, "mail.greeting"));
        model.put("intro", paragraphs(in(issue.intro(), language)));
        List<Map<String, Object>> sections = new ArrayList<>();
        for (IssueSection s : issue.sections()) {
            sections.add(Map.of("theme", s.theme(), "title", in(s.title(), language), "paragraphs", paragraphs(in(s.body(), language))));
        }
        model.put("sections", sections);
        model.put("footer", footer == null ? List.of() : in(footer, language).lines().filter(l -> !l.isBlank()).toList());
        model.put("why", Bodies.MESSAGES.get(language, "mail.why", key.withCompany() ? partnerName + " (" + slots.company + ")" : partnerName));
        model.put("unsubscribe", Bodies.MESSAGES.get(language, "mail.unsubscribe"));
        model.put("unsubscribeUrl", slots.url);
        Templates parsed = templates();
        return new Layout(language, subject, slots.split(process(parsed.html(), model)), slots.split(process(parsed.text(), model)));
    }

    /** What a layout depends on besides the issue and the partner. */
    public record LayoutKey(Language language, String partner, boolean named, boolean withCompany, boolean test) {
        static LayoutKey of(NewsletterIssue issue, Recipient recipient, boolean test) {
            return new LayoutKey(languageFor(issue, recipient.language()), recipient.partner(),
                    recipient.name() != null && !recipient.name().isBlank(), recipient.companyName() != null, test);
        }
    }

    /** An issue laid out for one kind of recipient; {@link #fill} personalises it. Immutable. */
    public static final class Layout {
        private final Language language;
        private final String subject;
        private final List<Object> html;
        private final List<Object> text;
        /** The same parts with the fixed text quoted-printable encoded, once for every recipient. */
        private final List<Object> encodedHtml;
        private final List<Object> encodedText;

        private Layout(Language language, String subject, List<Object> html, List<Object> text) {
            this.language = language;
            this.subject = subject;
            this.html = html;
            this.text = text;
            this.encodedHtml = encodeFixed(html);
            this.encodedText = encodeFixed(text);
        }

        public RenderedMessage fill(Recipient recipient, String unsubscribeUrl) {
            String[] values = values(recipient, unsubscribeUrl);
            return new RenderedMessage(language, subject, join(html, values, true), join(text, values, false));
        }

        /** As {@link #fill}, with both bodies quoted-printable encoded, as a campaign sends them. */
        EncodedMessage fillEncoded(Recipient recipient, String unsubscribeUrl) {
            String[] values = values(recipient, unsubscribeUrl);
            return new EncodedMessage(language, subject, joinEncoded(encodedHtml, values, true), joinEncoded(encodedText, values, false));
        }

        private static String[] values(Recipient recipient, String unsubscribeUrl) {
            return new String[] {recipient.name() == null ? "" : recipient.name(),
                    recipient.companyName() == null ? "" : recipient.companyName(), unsubscribeUrl};
        }

        private static List<Object> encodeFixed(List<Object> parts) {
            List<Object> encoded = new ArrayList<>(parts.size());
            for (Object part : parts) {
                encoded.add(part instanceof String fixed ? QuotedPrintable.encode(fixed) : part);
            }
            return List.copyOf(encoded);
        }

        private static byte[] joinEncoded(List<Object> parts, String[] values, boolean escape) {
            List<byte[]> pieces = new ArrayList<>(parts.size());
            for (Object part : parts) {
                if (part instanceof Slot slot) {
                    String value = values[slot.ordinal()];
                    pieces.add(QuotedPrintable.encode(escape ? HTMLOutputFormat.INSTANCE.escapePlainText(value) : value));
                } else {
                    pieces.add((byte[]) part);
                }
            }
            return QuotedPrintable.join(pieces);
        }

        private static String join(List<Object> parts, String[] values, boolean escape) {
            StringBuilder out = new StringBuilder(4096);
            for (Object part : parts) {
                if (part instanceof Slot slot) {
                    String value = values[slot.ordinal()];
                    out.append(escape ? HTMLOutputFormat.INSTANCE.escapePlainText(value) : value);
                } else {
                    out.append((String) part);
                }
            }
            return out.toString();
        }
    }

    private enum Slot { NAME, COMPANY, URL }

    /**
     * Markers put into the model where the per-recipient values go, then found in the output.
     * Letters only, so that escaping leaves them as they are; random per renderer, so that no
     * issue text can contain them by chance.
     */
    private static final class Slots {
        private final String name;
        private final String company;
        private final String url;
        private final Pattern any;

        Slots() {
            String token = Long.toString(new SecureRandom().nextLong() & Long.MAX_VALUE, 36).replaceAll("[0-9]", "q");
            this.name = "slotname" + token + "x";
            this.company = "slotcompany" + token + "x";
            this.url = "https://slot.invalid/url" + token + "x";
            this.any = Pattern.compile(Pattern.quote(name) + "|" + Pattern.quote(company) + "|" + Pattern.quote(url));
        }

        List<Object> split(String rendered) {
            List<Object> parts = new ArrayList<>();
            Matcher m = any.matcher(rendered);
            int at = 0;
            while (m.find()) {
                parts.add(rendered.substring(at, m.start()));
                String found = m.group();
                parts.add(found.equals(name) ? Slot.NAME : found.equals(company) ? Slot.COMPANY : Slot.URL);
                at = m.end();
            }
            parts.add(rendered.substring(at));
            return List.copyOf(parts);
        }
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
