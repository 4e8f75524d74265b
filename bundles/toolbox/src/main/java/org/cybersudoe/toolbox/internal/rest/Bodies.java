package org.cybersudoe.toolbox.internal.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.function.Function;
import java.util.function.Supplier;

import org.cybersudoe.core.error.FieldError;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.i18n.Messages;
import org.cybersudoe.toolbox.AnswerOption;
import org.cybersudoe.toolbox.GuideSection;
import org.cybersudoe.toolbox.LanguageVersion;
import org.cybersudoe.toolbox.PartnerTraining;
import org.cybersudoe.toolbox.ProgressLine;
import org.cybersudoe.toolbox.ProjectLead;
import org.cybersudoe.toolbox.ProjectLeadDraft;
import org.cybersudoe.toolbox.Question;
import org.cybersudoe.toolbox.RelayTraining;
import org.cybersudoe.toolbox.RelayTrainingDraft;
import org.cybersudoe.toolbox.ResourceDraft;
import org.cybersudoe.toolbox.ResourceKind;
import org.cybersudoe.toolbox.Theme;
import org.cybersudoe.toolbox.ThemeContent;
import org.cybersudoe.toolbox.ThemeProblem;
import org.cybersudoe.toolbox.ThemeRefusal;
import org.cybersudoe.toolbox.ThemeTranslationReport;
import org.cybersudoe.toolbox.ToolResource;
import org.cybersudoe.toolbox.ToolboxProgress;
import org.cybersudoe.toolbox.TrainingProgress;
import org.cybersudoe.toolbox.TranslationGap;
import org.cybersudoe.toolbox.internal.ToolboxTexts;

/**
 * The JSON shapes of the toolbox's REST resources, kept apart from the Java API so each can
 * evolve: localized texts are objects keyed by language code, enumerations are lower-case
 * codes ({@code partner-tool}, {@code in-translation}). Labels meant for people come from the
 * toolbox's Messages catalog in the negotiated language.
 */
public final class Bodies {

    static final Messages MESSAGES = ToolboxTexts.MESSAGES;

    private Bodies() {
    }

    // ---- themes

    public record ThemeBody(String code, String kind, Map<String, String> name, Map<String, String> description,
            boolean available, String bundleSymbolicName, String bundleVersion) {
    }

    public record SectionBody(Map<String, String> heading, List<Map<String, String>> paragraphs,
            List<Map<String, String>> checklist) {
    }

    public record VideoBody(String url, int durationSeconds, Map<String, String> title, Map<String, String> subtitles,
            Map<String, String> transcript) {
    }

    public record OptionBody(String code, Map<String, String> text, int score) {
    }

    public record QuestionBody(String code, Map<String, String> text, List<OptionBody> options) {
    }

    public record ContentBody(ThemeBody theme, List<SectionBody> guide, VideoBody video, List<QuestionBody> questionnaire) {
    }

    public record ProblemBody(String file, String field, String message) {
    }

    public record RefusalBody(long bundleId, String bundleSymbolicName, String bundleVersion, String themeCode,
            List<ProblemBody> problems, Instant refusedAt) {
    }

    static ThemeBody body(Theme t) {
        return new ThemeBody(t.code(), t.kind(), texts(t.name()), texts(t.description()), t.available(),
                t.bundleSymbolicName(), t.bundleVersion());
    }

    static ContentBody body(ThemeContent c) {
        var v = c.video();
        Map<String, String> subtitles = new TreeMap<>();
        v.subtitles().forEach((l, text) -> subtitles.put(l.code(), text));
        return new ContentBody(body(c.theme()), c.guide().stream().map(Bodies::body).toList(),
                new VideoBody(v.url(), v.durationSeconds(), texts(v.title()), subtitles, texts(v.transcript())),
                c.questionnaire().stream().map(Bodies::body).toList());
    }

    static SectionBody body(GuideSection s) {
        return new SectionBody(texts(s.heading()), s.paragraphs().stream().map(Bodies::texts).toList(),
                s.checklist().stream().map(Bodies::texts).toList());
    }

    static QuestionBody body(Question q) {
        return new QuestionBody(q.code(), texts(q.text()), q.options().stream().map(Bodies::body).toList());
    }

    static OptionBody body(AnswerOption o) {
        return new OptionBody(o.code(), texts(o.text()), o.score());
    }

    static RefusalBody body(ThemeRefusal r, Language language) {
        return new RefusalBody(r.bundleId(), r.bundleSymbolicName(), r.bundleVersion(), r.themeCode(),
                r.problems().stream().map(p -> body(p, language)).toList(), r.refusedAt());
    }

    static ProblemBody body(ThemeProblem p, Language language) {
        return new ProblemBody(p.file(), p.field(), p.text().resolve(language).orElse(""));
    }

    // ---- resources

    public record ResourceBody(Long id, String themeCode, String kind, String ownerPartner, String originalLanguage,
            String origin, List<LanguageVersionBody> versions, Long version) {
    }

    public record LanguageVersionBody(String language, String title, String location, String status, String updatedBy,
            Instant updatedAt, Long version) {
    }

    public record GapBody(String kind, String label, Long resourceId, List<String> missing, String summary) {
    }

    public record ReportBody(ThemeBody theme, boolean complete, List<GapBody> gaps) {
    }

    public record ProgressLineBody(String kind, String label, int themesComplete, int themesTarget,
            int languageVersionsDone, int languageVersionsTarget, String summary) {
    }

    public record ProgressBody(List<String> targetLanguages, List<ProgressLineBody> lines) {
    }

    static ResourceBody body(ToolResource r) {
        return new ResourceBody(r.id(), r.themeCode(), r.kind().code(), r.ownerPartner(), r.originalLanguage().code(),
                r.origin(), r.versions().stream().map(Bodies::body).toList(), r.version());
    }

    static LanguageVersionBody body(LanguageVersion v) {
        return new LanguageVersionBody(v.language().code(), v.title(), v.location(), v.status().code(), v.updatedBy(),
                v.updatedAt(), null);
    }

    /**
     * The draft a body stands for, its codes that name nothing left out (null) and named in
     * {@code unreadable}: see {@link #withUnreadable}.
     */
    static ResourceDraft draft(ResourceBody b, Validator unreadable) {
        new Validator().required("body", b).throwIfInvalid();
        ResourceKind kind = optionalEnum(unreadable, "kind", b.kind(), ResourceKind::fromCode,
                () -> MESSAGES.text("error.field.resource-kind"));
        Language original = optionalEnum(unreadable, "originalLanguage", b.originalLanguage(),
                c -> Language.fromCode(c).filter(l -> l.code().equals(c)), () -> MESSAGES.text("error.field.language"));
        return new ResourceDraft(b.themeCode(), kind, b.ownerPartner(), original, b.origin());
    }

    /**
     * Calls the service with a draft whose unreadable codes were left out, so that one answer
     * names every offending field, those the service checks too, rather than the codes alone
     * and the rest on the next try. Every coded field is required, so a draft missing one is
     * refused by the service's checks, which run before anything is written; the service's
     * "is required" for a field the client did send is left out, its reason being that it
     * names nothing.
     */
    static <T> T withUnreadable(Validator unreadable, Supplier<T> call) {
        if (unreadable.errors().isEmpty()) {
            return call.get();
        }
        List<FieldError> errors = new ArrayList<>(unreadable.errors());
        Set<String> named = errors.stream().map(FieldError::field).collect(Collectors.toSet());
        try {
            call.get();
        } catch (ValidationException e) {
            e.fieldErrors().stream().filter(f -> !named.contains(f.field())).forEach(errors::add);
        }
        throw new ValidationException(errors);
    }

    static ReportBody body(ThemeTranslationReport r, Language language) {
        return new ReportBody(body(r.theme()), r.complete(), r.gaps().stream().map(g -> body(g, language)).toList());
    }

    static GapBody body(TranslationGap g, Language language) {
        String label = kindLabel(g.kind(), language);
        List<String> missing = g.missing().stream().map(Language::code).toList();
        String summary = g.resourceId() == null
                ? MESSAGES.get(language, "report.none", label, String.join(", ", missing))
                : MESSAGES.get(language, "report.missing", label, g.resourceId(), String.join(", ", missing));
        return new GapBody(g.kind().code(), label, g.resourceId(), missing, summary);
    }

    static ProgressBody body(ToolboxProgress p, Language language) {
        return new ProgressBody(p.targetLanguages().stream().map(Language::code).toList(),
                p.lines().stream().map(l -> body(l, language)).toList());
    }

    static ProgressLineBody body(ProgressLine l, Language language) {
        String label = kindLabel(l.kind(), language);
        return new ProgressLineBody(l.kind().code(), label, l.themesComplete(), l.themesTarget(), l.languageVersionsDone(),
                l.languageVersionsTarget(), MESSAGES.get(language, "progress.line", label, l.themesComplete(),
                        l.themesTarget(), l.languageVersionsDone(), l.languageVersionsTarget()));
    }

    public static String kindLabel(ResourceKind kind, Language language) {
        return MESSAGES.get(language, "kind." + kind.code());
    }

    // ---- training

    public record LeadBody(Long id, String partnerCode, String fullName, String email, LocalDate trainedOn,
            Integer relaysTrained, Long version) {
    }

    public record RelayBody(Long id, Long leadId, String relayName, String relayStructure, LocalDate trainedOn,
            String themeCode, Long version) {
    }

    public record PartnerTrainingBody(String partnerCode, int leadsTrained, int leadsTarget, int relaysTrained) {
    }

    public record TrainingProgressBody(int leadsCounted, int leadsTarget, int relaysTrained,
            List<PartnerTrainingBody> partners, String summary) {
    }

    static LeadBody body(ProjectLead l) {
        return new LeadBody(l.id(), l.partnerCode(), l.fullName(), l.email(), l.trainedOn(), l.relaysTrained(), l.version());
    }

    static ProjectLeadDraft draft(LeadBody b) {
        new Validator().required("body", b).throwIfInvalid();
        return new ProjectLeadDraft(b.partnerCode(), b.fullName(), b.email(), b.trainedOn());
    }

    static RelayBody body(RelayTraining r) {
        return new RelayBody(r.id(), r.leadId(), r.relayName(), r.relayStructure(), r.trainedOn(), r.themeCode(),
                r.version());
    }

    static RelayTrainingDraft draft(RelayBody b) {
        new Validator().required("body", b).throwIfInvalid();
        return new RelayTrainingDraft(b.relayName(), b.relayStructure(), b.trainedOn(), b.themeCode());
    }

    static TrainingProgressBody body(TrainingProgress p, Language language) {
        return new TrainingProgressBody(p.leadsCounted(), p.leadsTarget(), p.relaysTrained(),
                p.partners().stream().map(x -> new PartnerTrainingBody(x.partnerCode(), x.leadsTrained(), x.leadsTarget(),
                        x.relaysTrained())).toList(),
                MESSAGES.get(language, "training.summary", p.leadsCounted(), p.leadsTarget(), p.relaysTrained()));
    }

    // ---- shared

    static Map<String, String> texts(LocalizedText text) {
        Map<String, String> out = new TreeMap<>((a, b) -> Integer.compare(order(a), order(b)));
        text.languages().forEach(l -> out.put(l.code(), text.exact(l).orElseThrow()));
        return out;
    }

    private static int order(String code) {
        return Language.fromCode(code).map(Enum::ordinal).orElse(99);
    }

    static LocalizedText text(Map<String, String> byCode) {
        Map<Language, String> map = new EnumMap<>(Language.class);
        byCode.forEach((c, v) -> Language.fromCode(c).ifPresent(l -> map.put(l, v)));
        return new LocalizedText(map);
    }

    static <E> E optionalEnum(Validator v, String field, String code, Function<String, Optional<E>> parse,
            Supplier<LocalizedText> unknown) {
        if (code == null) {
            return null;
        }
        Optional<E> value = parse.apply(code);
        v.check(value.isPresent(), field, "invalid-value", unknown);
        return value.orElse(null);
    }
}
