package org.cybersudoe.toolbox.internal.theme;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.cybersudoe.core.security.Caller;
import org.cybersudoe.toolbox.Theme;
import org.cybersudoe.toolbox.ThemeContent;
import org.cybersudoe.toolbox.ThemeProblem;
import org.cybersudoe.toolbox.ThemeRefusal;
import org.cybersudoe.toolbox.ThemeRegistry;
import org.cybersudoe.toolbox.internal.ToolboxDatabase;
import org.cybersudoe.toolbox.internal.jpa.ThemeEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The theme registry. Every theme ever seen is a row of {@code tbx_theme} (so records that
 * name it stay readable after its bundle is gone); which themes are available, with their
 * guide, video and questionnaire, is what this node's deployed theme bundles say right now,
 * kept in memory and fed by {@link ThemeExtender}. Each node computes that from its own
 * bundles, so nodes sharing a database never mark each other's themes away.
 */
@Component(service = {ThemeRegistry.class, ThemeRegistryImpl.class})
public class ThemeRegistryImpl implements ThemeRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ThemeRegistryImpl.class);
    private static final Comparator<Theme> ORDER = Comparator.comparing(Theme::kind).thenComparing(Theme::code);

    /** A theme deployed on this node, and the bundle it came from. */
    private record Active(long bundleId, ParsedTheme parsed, String bundleSymbolicName, String bundleVersion) {
    }

    private final ToolboxDatabase db;
    private final ThemeParser parser = new ThemeParser();
    private final Map<String, Active> active = new ConcurrentHashMap<>();
    private final Map<Long, ThemeRefusal> refused = new ConcurrentHashMap<>();

    @Activate
    public ThemeRegistryImpl(@Reference ToolboxDatabase db) {
        this.db = db;
    }

    /**
     * Reads a theme bundle and makes its theme available, or records why it was refused:
     * a malformed bundle, or a code another deployed bundle already provides. Logs either
     * way; never throws, so one bad bundle never disturbs the others.
     *
     * @return the refusal, empty when the theme was accepted
     */
    public Optional<ThemeRefusal> load(long bundleId, String symbolicName, String version, ThemeSource source) {
        ThemeParser.Result result;
        try {
            result = parser.parse(source);
        } catch (RuntimeException e) {
            LOG.error("Theme bundle {} {} could not be read", symbolicName, version, e);
            return Optional.of(refuse(bundleId, symbolicName, version, null,
                    List.of(ThemeProblems.of("(bundle)", "", "bundle-unreadable", e.toString()))));
        }
        if (!result.valid()) {
            return Optional.of(refuse(bundleId, symbolicName, version, null, result.problems()));
        }
        return accept(bundleId, symbolicName, version, result.theme());
    }

    private synchronized Optional<ThemeRefusal> accept(long bundleId, String symbolicName, String version, ParsedTheme t) {
        Active holder = active.get(t.code());
        if (holder != null && holder.bundleId() != bundleId) {
            return Optional.of(refuse(bundleId, symbolicName, version, t.code(), List.of(ThemeProblems.of(
                    ThemeParser.DESCRIPTOR, "code", "code-taken", t.code(), holder.bundleSymbolicName(), holder.bundleVersion()))));
        }
        try {
            db.tx(em -> record(em, t, symbolicName, version));
        } catch (RuntimeException e) {
            LOG.error("Theme bundle {} {} could not be recorded", symbolicName, version, e);
            return Optional.of(refuse(bundleId, symbolicName, version, t.code(),
                    List.of(ThemeProblems.of("(database)", "", "not-recorded", String.valueOf(e.getMessage())))));
        }
        active.put(t.code(), new Active(bundleId, t, symbolicName, version));
        refused.remove(bundleId);
        LOG.info("Theme '{}' ({}) available, from bundle {} {}: {} guide section(s), {} question(s)", t.code(), t.kind(),
                symbolicName, version, t.guide().size(), t.questionnaire().size());
        return Optional.empty();
    }

    private static Void record(EntityManager em, ParsedTheme t, String symbolicName, String version) {
        ThemeEntity e = findEntity(em, t.code());
        if (e == null) {
            e = new ThemeEntity();
            e.code = t.code();
            e.firstSeenAt = ToolboxDatabase.utcNow();
        }
        e.kind = t.kind();
        e.setName(t.name());
        e.setDescription(t.description());
        e.bundleSymbolicName = symbolicName;
        e.bundleVersion = version;
        e.lastSeenAt = ToolboxDatabase.utcNow();
        if (e.id == null) {
            em.persist(e);
        }
        return null;
    }

    private ThemeRefusal refuse(long bundleId, String symbolicName, String version, String code, List<ThemeProblem> problems) {
        ThemeRefusal refusal = new ThemeRefusal(bundleId, symbolicName, version, code, problems, Instant.now());
        refused.put(bundleId, refusal);
        LOG.error("Theme bundle {} {} refused, the other themes are not affected; {} problem(s): {}", symbolicName, version,
                problems.size(), problems.stream().map(ThemeProblem::toString).collect(Collectors.joining("; ")));
        return refusal;
    }

    /** The bundle is gone: its theme becomes unavailable (its row stays), its refusal is forgotten. */
    public synchronized void withdraw(long bundleId) {
        refused.remove(bundleId);
        active.values().removeIf(a -> {
            if (a.bundleId() == bundleId) {
                LOG.info("Theme '{}' unavailable: bundle {} {} is gone; records that refer to it stay readable",
                        a.parsed().code(), a.bundleSymbolicName(), a.bundleVersion());
                return true;
            }
            return false;
        });
    }

    @Override
    public List<Theme> list(Caller caller, boolean includeUnavailable) {
        caller.requireNetworkRead();
        return all().stream().filter(t -> includeUnavailable || t.available()).toList();
    }

    @Override
    public Optional<Theme> find(Caller caller, String code) {
        caller.requireNetworkRead();
        return theme(code);
    }

    @Override
    public Optional<ThemeContent> content(Caller caller, String code) {
        caller.requireNetworkRead();
        Active a = code == null ? null : active.get(code);
        if (a == null) {
            return Optional.empty();
        }
        return Optional.of(a.parsed().content(a.parsed().theme(true, a.bundleSymbolicName(), a.bundleVersion())));
    }

    @Override
    public List<ThemeRefusal> refusals(Caller caller) {
        caller.requireNetworkRead();
        return refused.values().stream().sorted(Comparator.comparing(ThemeRefusal::refusedAt)
                .thenComparing(ThemeRefusal::bundleId)).toList();
    }

    /** Every known theme, ordered by kind and code; for the area's own services (no caller check). */
    public List<Theme> all() {
        return db.tx(em -> em.createQuery("SELECT t FROM ThemeEntity t", ThemeEntity.class).getResultList())
                .stream().map(this::toTheme).sorted(ORDER).toList();
    }

    /** One known theme; for the area's own services (no caller check). */
    public Optional<Theme> theme(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(db.tx(em -> findEntity(em, code))).map(this::toTheme);
    }

    public boolean available(String code) {
        return code != null && active.containsKey(code);
    }

    private Theme toTheme(ThemeEntity e) {
        return new Theme(e.code, e.kind, e.name(), e.description(), active.containsKey(e.code), e.bundleSymbolicName,
                e.bundleVersion);
    }

    private static ThemeEntity findEntity(EntityManager em, String code) {
        return em.createQuery("SELECT t FROM ThemeEntity t WHERE t.code = :c", ThemeEntity.class).setParameter("c", code)
                .getResultStream().findFirst().orElse(null);
    }
}
