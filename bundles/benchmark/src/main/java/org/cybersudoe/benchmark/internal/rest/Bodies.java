package org.cybersudoe.benchmark.internal.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.cybersudoe.benchmark.Adoption;
import org.cybersudoe.benchmark.AdoptionStatus;
import org.cybersudoe.benchmark.CharterVersion;
import org.cybersudoe.benchmark.GoldenRule;
import org.cybersudoe.benchmark.GoldenRuleDraft;
import org.cybersudoe.benchmark.Method;
import org.cybersudoe.benchmark.Progress;
import org.cybersudoe.benchmark.Sheet;
import org.cybersudoe.benchmark.SheetDraft;
import org.cybersudoe.benchmark.SheetEvent;
import org.cybersudoe.benchmark.internal.BenchmarkTexts;
import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.i18n.Messages;

/**
 * The JSON shapes of the benchmark's REST resources, kept apart from the Java API so each can
 * evolve: localized texts are objects keyed by language code, statuses lower-case codes.
 * Conversions name the offending field of a body in a ValidationException.
 */
public final class Bodies {

    /** Labels of statuses, in the caller's language (OSGI-INF/l10n/benchmark_*.properties). */
    static final Messages MESSAGES = BenchmarkTexts.MESSAGES;

    private Bodies() {
    }

    // ---- sheets

    /**
     * A sheet as sent and received. On input, {@code id}, {@code languages}, {@code status},
     * {@code statusLabel} and the audit fields are ignored: the server keeps them.
     */
    public record SheetBody(Long id, String owner, String country, Map<String, String> title,
            Map<String, String> targetCompanies, Map<String, String> description, List<String> themes,
            List<String> sectors, String method, BigDecimal costEuros, Integer reach, Map<String, String> duration,
            Map<String, String> results, Map<String, String> strengths, Map<String, String> weaknesses,
            Map<String, String> transferability, List<String> languages, String status, String statusLabel,
            String createdBy, Instant createdAt, Instant updatedAt, Instant submittedAt, String reviewedBy,
            Instant reviewedAt, String reviewComment, Instant publishedAt, Long version) {
    }

    public record CommentBody(String comment) {
    }

    public record EventBody(String action, String by, Instant at, String comment) {
    }

    public record MethodBody(String code, Map<String, String> label, int position) {
    }

    public record PartnerProgressBody(String partner, int target, long published, long submitted, long inProgress) {
    }

    public record ProgressBody(int target, long published, long submitted, long inProgress,
            List<PartnerProgressBody> partners) {
    }

    static SheetBody body(Sheet s, Language language) {
        return new SheetBody(s.id(), s.owner(), s.country(), names(s.title()), names(s.targetCompanies()),
                names(s.description()), s.themes(), s.sectors(), s.method(), s.costEuros(), s.reach(),
                names(s.duration()), names(s.results()), names(s.strengths()), names(s.weaknesses()),
                names(s.transferability()), s.languages().stream().sorted().map(Language::code).toList(),
                s.status().code(), MESSAGES.get(language, "status." + s.status().code()), s.createdBy(), s.createdAt(),
                s.updatedAt(), s.submittedAt(), s.reviewedBy(), s.reviewedAt(), s.reviewComment(), s.publishedAt(),
                s.version());
    }

    static SheetDraft draft(SheetBody b) {
        Validator v = new Validator().required("body", b);
        v.throwIfInvalid();
        SheetDraft d = new SheetDraft(b.owner(), b.country(), text(v, "title", b.title()),
                text(v, "targetCompanies", b.targetCompanies()), text(v, "description", b.description()), b.themes(),
                b.sectors(), b.method(), b.costEuros(), b.reach(), text(v, "duration", b.duration()),
                text(v, "results", b.results()), text(v, "strengths", b.strengths()),
                text(v, "weaknesses", b.weaknesses()), text(v, "transferability", b.transferability()));
        v.throwIfInvalid();
        return d;
    }

    static EventBody body(SheetEvent e) {
        return new EventBody(e.action(), e.by(), e.at(), e.comment());
    }

    static MethodBody body(Method m) {
        return new MethodBody(m.code(), names(m.label()), m.position());
    }

    static ProgressBody body(Progress p) {
        return new ProgressBody(p.target(), p.published(), p.submitted(), p.inProgress(), p.partners().stream()
                .map(x -> new PartnerProgressBody(x.partner(), x.target(), x.published(), x.submitted(), x.inProgress()))
                .toList());
    }

    // ---- golden rules and the charter

    public record RuleBody(String code, Integer position, Map<String, String> title, Map<String, String> text,
            List<Long> supportingSheets, Long version) {
    }

    public record CharterVersionBody(int number, Map<String, String> preamble, String publishedBy, Instant publishedAt,
            List<RuleBody> rules) {
    }

    public record PublishBody(Map<String, String> preamble) {
    }

    public record AdoptBody(String partner, Integer version) {
    }

    public record AdoptionBody(String partner, int version, String adoptedBy, Instant adoptedAt) {
    }

    public record AdoptionStatusBody(String partner, int currentVersion, boolean adoptedCurrent, AdoptionBody latest) {
    }

    static RuleBody body(GoldenRule r) {
        return new RuleBody(r.code(), r.position(), names(r.title()), names(r.text()), r.supportingSheets(), r.version());
    }

    static RuleBody charterRule(GoldenRule r) {
        return new RuleBody(r.code(), r.position(), names(r.title()), names(r.text()), r.supportingSheets(), null);
    }

    static GoldenRuleDraft draft(RuleBody b) {
        Validator v = new Validator().required("body", b);
        v.throwIfInvalid();
        GoldenRuleDraft d = new GoldenRuleDraft(b.code(), b.position(), text(v, "title", b.title()),
                text(v, "text", b.text()), b.supportingSheets());
        v.throwIfInvalid();
        return d;
    }

    static CharterVersionBody body(CharterVersion c) {
        return new CharterVersionBody(c.number(), names(c.preamble()), c.publishedBy(), c.publishedAt(),
                c.rules().stream().map(Bodies::charterRule).toList());
    }

    static AdoptionBody body(Adoption a) {
        return a == null ? null : new AdoptionBody(a.partner(), a.version(), a.adoptedBy(), a.adoptedAt());
    }

    static AdoptionStatusBody body(AdoptionStatus s) {
        return new AdoptionStatusBody(s.partner(), s.currentVersion(), s.adoptedCurrent(), body(s.latest()));
    }

    // ---- shared conversions

    /** A localized text as {@code {"fr": "...", ...}}, languages in the platform's order. */
    static Map<String, String> names(LocalizedText text) {
        return text == null ? Map.of() : text.byCode();
    }


    static LocalizedText text(Validator v, String field, Map<String, String> byCode) {
        return LocalizedText.ofCodes(byCode, v, field);
    }
}
