package org.cybersudoe.toolbox.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.persistence.EntityManager;

import org.cybersudoe.persistence.Jpql;
import org.cybersudoe.core.error.ConflictException;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.security.PartnerCodes;
import org.cybersudoe.toolbox.LanguageVersion;
import org.cybersudoe.toolbox.LanguageVersionDraft;
import org.cybersudoe.toolbox.ProgressLine;
import org.cybersudoe.toolbox.ResourceDraft;
import org.cybersudoe.toolbox.ResourceKind;
import org.cybersudoe.toolbox.ResourceQuery;
import org.cybersudoe.toolbox.ResourceService;
import org.cybersudoe.toolbox.Theme;
import org.cybersudoe.toolbox.ThemeTranslationReport;
import org.cybersudoe.toolbox.ToolResource;
import org.cybersudoe.toolbox.ToolboxProgress;
import org.cybersudoe.toolbox.TranslationGap;
import org.cybersudoe.toolbox.TranslationStatus;
import org.cybersudoe.toolbox.internal.jpa.ResourceEntity;
import org.cybersudoe.toolbox.internal.jpa.ResourceVersionEntity;
import org.cybersudoe.toolbox.internal.theme.ThemeRegistryImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

@Component(service = ResourceService.class)
public class ResourceServiceImpl implements ResourceService {

    private static final Map<String, String> SORT = Map.of("id", "r.id", "theme", "r.themeCode", "kind", "r.kind",
            "owner", "r.ownerPartner");
    private static final List<ResourceKind> DELIVERABLES = List.of(ResourceKind.GUIDE, ResourceKind.VIDEO,
            ResourceKind.DIAGNOSTIC);

    private final ToolboxDatabase db;
    private final ThemeRegistryImpl themes;
    private final ToolboxSettings settings;

    /** The network's structures, when the network area is deployed: a resource's owner must be one of them. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile PartnerCodes partners;

    @Activate
    public ResourceServiceImpl(@Reference ToolboxDatabase db, @Reference ThemeRegistryImpl themes,
            @Reference ToolboxSettings settings) {
        this.db = db;
        this.themes = themes;
        this.settings = settings;
    }

    @Override
    public Page<ToolResource> list(Caller caller, ResourceQuery query, PageRequest page) {
        caller.requireNetworkRead();
        ResourceQuery q = query == null ? ResourceQuery.all() : query;
        return db.tx(em -> new Jpql("ResourceEntity", "r")
                .where("r.themeCode = :theme", "theme", Checks.clean(q.themeCode()))
                .where("r.kind = :kind", "kind", q.kind() == null ? null : q.kind().code())
                .where("r.ownerPartner = :owner", "owner", Checks.clean(q.ownerPartner()))
                .page(em, ResourceEntity.class, page, SORT, "r.themeCode ASC, r.kind ASC, r.id ASC")
                .map(ResourceServiceImpl::toResource));
    }

    @Override
    public ToolResource get(Caller caller, long id) {
        caller.requireNetworkRead();
        return db.tx(em -> toResource(find(em, id)));
    }

    @Override
    public ToolResource create(Caller caller, ResourceDraft draft) {
        caller.requireNetworkRead();
        ResourceDraft d = withDefaultOwner(caller, draft);
        Validator v = check(d);
        v.checkIfPresent(d.themeCode(), t -> !Checks.CODE.matcher(t).matches() || themes.available(t), "themeCode",
                "invalid-value", () -> themes.theme(d.themeCode()).isPresent()
                        ? ToolboxTexts.MESSAGES.text("error.field.theme-no-longer-deployed", d.themeCode())
                        : ToolboxTexts.MESSAGES.text("error.field.theme-not-deployed", d.themeCode()));
        Checks.knownPartner(v, "ownerPartner", d.ownerPartner(), partners);
        v.throwIfInvalid();
        caller.requireChange(d.ownerPartner());
        return db.tx(em -> {
            ResourceEntity e = new ResourceEntity();
            apply(e, d);
            e.createdBy = caller.login();
            e.createdAt = ToolboxDatabase.utcNow();
            e.updatedAt = e.createdAt;
            em.persist(e);
            em.flush();
            return toResource(e);
        });
    }

    /**
     * A partner's user adds resources for their own partner: without an owner, it is theirs.
     * Someone with no partner (the platform's admin) has no owner to default to.
     */
    private static ResourceDraft withDefaultOwner(Caller caller, ResourceDraft d) {
        if (d == null || Checks.clean(d.ownerPartner()) != null || caller.partnerCode().isEmpty()) {
            return d;
        }
        return new ResourceDraft(d.themeCode(), d.kind(), caller.partnerCode().get(), d.originalLanguage(), d.origin());
    }

    @Override
    public ToolResource update(Caller caller, long id, long expectedVersion, ResourceDraft draft) {
        caller.requireNetworkRead();
        return db.tx(em -> {
            ResourceEntity e = find(em, id);
            caller.requireChange(e.ownerPartner);
            Validator v = check(draft);
            // what the resource already holds stays valid: a theme whose bundle was removed, an
            // owner checked when it was set
            v.checkIfPresent(draft.themeCode(), t -> t.equals(e.themeCode) || !Checks.CODE.matcher(t).matches()
                    || themes.available(t), "themeCode", "invalid-value",
                    () -> ToolboxTexts.MESSAGES.text("error.field.theme-not-deployed", draft.themeCode()));
            if (!Objects.equals(draft.ownerPartner(), e.ownerPartner)) {
                Checks.knownPartner(v, "ownerPartner", draft.ownerPartner(), partners);
            }
            v.throwIfInvalid();
            caller.requireChange(draft.ownerPartner());
            ToolResource before = toResource(e);
            apply(e, draft);
            boolean changes = !toResource(e).equals(before);
            // stale but changing nothing: a retry whose first answer was lost, already applied
            if (changes && before.version() != expectedVersion) {
                throw stale(id, before.version());
            }
            // a new time would be a change of its own: the same resource sent again would move the version
            if (changes) {
                e.updatedAt = ToolboxDatabase.utcNow();
            }
            em.flush();
            return toResource(e);
        });
    }

    @Override
    public ToolResource putLanguageVersion(Caller caller, long id, long expectedVersion, Language language,
            LanguageVersionDraft draft) {
        caller.requireNetworkRead();
        Validator v = new Validator().required("language", language).required("body", draft);
        if (draft != null) {
            v.required("title", Checks.clean(draft.title())).maxLength("title", draft.title(), 300)
                    .required("status", draft.status());
            Checks.location(v, "location", Checks.clean(draft.location()));
            v.check(draft.status() == null || !draft.status().usable() || Checks.clean(draft.location()) != null,
                    "location", "required", () -> ToolboxTexts.MESSAGES.text("error.field.location-once-translated"));
        }
        v.throwIfInvalid();
        return db.tx(em -> {
            ResourceEntity e = find(em, id);
            caller.requireChange(e.ownerPartner);
            ResourceVersionEntity version = e.versions.stream().filter(x -> x.language.equals(language.code()))
                    .findFirst().orElse(null);
            String title = draft.title().strip();
            String location = Checks.clean(draft.location());
            String status = draft.status().code();
            // sent again unchanged (a retry, a second editor): a new author, time or version would be a
            // change of their own, and everyone holding the version they read would be refused as stale.
            // With a stale version too: the first answer of a retry may have been lost.
            if (version != null && version.title.equals(title) && Objects.equals(version.location, location)
                    && version.status.equals(status)) {
                return toResource(e);
            }
            if (e.version != expectedVersion) {
                throw stale(id, e.version);
            }
            if (version == null) {
                version = new ResourceVersionEntity();
                version.resource = e;
                version.language = language.code();
                e.versions.add(version);
            }
            version.title = title;
            version.location = location;
            version.status = status;
            version.updatedBy = caller.login();
            version.updatedAt = ToolboxDatabase.utcNow();
            // the resource's version moves with any of its language versions, so a stale editor is told
            e.updatedAt = version.updatedAt;
            em.lock(e, javax.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
            return toResource(e);
        });
    }

    @Override
    public List<ThemeTranslationReport> translationReport(Caller caller, String themeCode) {
        caller.requireNetworkRead();
        List<Language> target = settings.values().targetLanguages();
        Map<String, List<ToolResource>> byTheme = resourcesByTheme(themeCode);
        List<Theme> reported = new ArrayList<>();
        if (themeCode != null) {
            reported.add(themes.theme(themeCode).orElseThrow(
                    () -> new NotFoundException(ToolboxTexts.MESSAGES.text("error.not-found.theme", themeCode))));
        } else {
            themes.all().stream().filter(t -> t.available() || byTheme.containsKey(t.code())).forEach(reported::add);
        }
        List<ThemeTranslationReport> out = new ArrayList<>();
        for (Theme theme : reported) {
            List<TranslationGap> gaps = new ArrayList<>();
            List<ToolResource> resources = byTheme.getOrDefault(theme.code(), List.of());
            for (ResourceKind kind : ResourceKind.values()) {
                List<ToolResource> ofKind = resources.stream().filter(r -> r.kind() == kind).toList();
                if (ofKind.isEmpty() && kind.deliverable()) {
                    gaps.add(new TranslationGap(kind, null, target));
                }
                for (ToolResource r : ofKind) {
                    List<Language> missing = target.stream().filter(l -> !usable(r, l)).toList();
                    if (!missing.isEmpty()) {
                        gaps.add(new TranslationGap(kind, r.id(), missing));
                    }
                }
            }
            out.add(new ThemeTranslationReport(theme, gaps));
        }
        return out;
    }

    @Override
    public ToolboxProgress progress(Caller caller) {
        caller.requireNetworkRead();
        ToolboxSettings.Values s = settings.values();
        Map<String, List<ToolResource>> byTheme = resourcesByTheme(null);
        List<ProgressLine> lines = new ArrayList<>();
        for (ResourceKind kind : DELIVERABLES) {
            int complete = 0;
            int done = 0;
            for (List<ToolResource> resources : byTheme.values()) {
                // a theme's languages may come from several resources of the kind: count each language once
                Set<Language> languages = EnumSet.noneOf(Language.class);
                resources.stream().filter(r -> r.kind() == kind).forEach(r -> s.targetLanguages().stream()
                        .filter(l -> usable(r, l)).forEach(languages::add));
                done += languages.size();
                if (languages.size() == s.targetLanguages().size()) {
                    complete++;
                }
            }
            lines.add(new ProgressLine(kind, complete, s.targetThemes(), done, s.targetThemes() * s.targetLanguages().size()));
        }
        return new ToolboxProgress(s.targetLanguages(), lines);
    }

    private Map<String, List<ToolResource>> resourcesByTheme(String themeCode) {
        return db.tx(em -> {
            var q = em.createQuery("SELECT r FROM ResourceEntity r" + (themeCode == null ? "" : " WHERE r.themeCode = :t")
                    + " ORDER BY r.themeCode, r.id", ResourceEntity.class);
            if (themeCode != null) {
                q.setParameter("t", themeCode);
            }
            Map<String, List<ToolResource>> map = new LinkedHashMap<>();
            q.getResultList().forEach(e -> map.computeIfAbsent(e.themeCode, k -> new ArrayList<>()).add(toResource(e)));
            return map;
        });
    }

    private static boolean usable(ToolResource r, Language l) {
        return r.in(l).map(v -> v.status().usable()).orElse(false);
    }

    static ResourceEntity find(EntityManager em, long id) {
        ResourceEntity e = em.find(ResourceEntity.class, id);
        if (e == null) {
            throw new NotFoundException(ToolboxTexts.MESSAGES.text("error.not-found.resource", id));
        }
        return e;
    }

    static ConflictException stale(Object id, long current) {
        return new ConflictException("version", ToolboxTexts.MESSAGES.text("error.conflict.resource-version", id, current));
    }

    private static void apply(ResourceEntity e, ResourceDraft d) {
        e.themeCode = d.themeCode();
        e.kind = d.kind().code();
        e.ownerPartner = d.ownerPartner();
        e.originalLanguage = d.originalLanguage().code();
        e.origin = Checks.clean(d.origin());
    }

    /**
     * The checks of a draft's form, naming every offending field as the client sends it; the
     * caller adds those that need the database or the deployed themes, then throws.
     */
    static Validator check(ResourceDraft d) {
        Validator v = new Validator();
        if (d == null) {
            v.required("body", null).throwIfInvalid();
        }
        Checks.code(v, "themeCode", d.themeCode());
        v.required("kind", d.kind());
        Checks.code(v, "ownerPartner", d.ownerPartner());
        v.required("originalLanguage", d.originalLanguage());
        v.maxLength("origin", d.origin(), 500);
        return v;
    }

    static ToolResource toResource(ResourceEntity e) {
        Map<Language, LanguageVersion> versions = new HashMap<>();
        for (ResourceVersionEntity v : e.versions) {
            Language l = Language.fromCode(v.language).orElseThrow();
            versions.put(l, new LanguageVersion(l, v.title, v.location, TranslationStatus.fromCode(v.status).orElseThrow(),
                    v.updatedBy, v.updatedAt.toInstant(java.time.ZoneOffset.UTC)));
        }
        List<LanguageVersion> ordered = new ArrayList<>();
        for (Language l : Language.values()) {
            if (versions.containsKey(l)) {
                ordered.add(versions.get(l));
            }
        }
        return new ToolResource(e.id, e.themeCode, ResourceKind.fromCode(e.kind).orElseThrow(), e.ownerPartner,
                Language.fromCode(e.originalLanguage).orElseThrow(), e.origin, ordered, e.version);
    }
}
