package org.cybersudoe.diagnostic.internal.recommend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.paging.SortOrder;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.diagnostic.Dimension;
import org.cybersudoe.diagnostic.DimensionScore;
import org.cybersudoe.diagnostic.Questionnaire;
import org.cybersudoe.diagnostic.Recommendation;
import org.cybersudoe.engagement.Event;
import org.cybersudoe.engagement.EventQuery;
import org.cybersudoe.engagement.EventService;
import org.cybersudoe.engagement.EventStatus;
import org.cybersudoe.toolbox.LanguageVersion;
import org.cybersudoe.toolbox.ResourceQuery;
import org.cybersudoe.toolbox.ResourceService;
import org.cybersudoe.toolbox.ToolResource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Points weak dimensions to the toolbox's resources of their theme and to the theme's next open
 * events. Both areas are optional: without one, the advice comes without its links.
 */
@Component(service = Recommender.class)
public class Recommender {

    private static final Logger LOG = LoggerFactory.getLogger(Recommender.class);
    private static final int RESOURCES = 5;
    /** How long a theme's resources and events are reused: they change rarely and are the same for every respondent. */
    static final long REUSE_NANOS = TimeUnit.SECONDS.toNanos(60);

    private record Read(long atNanos, List<?> items) {
    }

    /** Keyed by kind, theme, language (and event count): at most a few dozen entries. */
    private final Map<String, Read> recent = new ConcurrentHashMap<>();
    private final LongSupplier nanoClock;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile ResourceService resources;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EventService events;

    public Recommender() {
        this.nanoClock = System::nanoTime;
    }

    /** Over given services, either may be null, and a clock (tests). */
    public Recommender(ResourceService resources, EventService events, LongSupplier nanoClock) {
        this.resources = resources;
        this.events = events;
        this.nanoClock = nanoClock;
    }

    /** Weakest first: every dimension with a score below {@code weakBelow}. */
    public List<Recommendation> recommend(Questionnaire q, List<DimensionScore> scores, Language language, int weakBelow,
            int eventCount) {
        List<Recommendation> out = new ArrayList<>();
        scores.stream().filter(s -> s.score() != null && s.score().compareTo(BigDecimal.valueOf(weakBelow)) < 0)
                .sorted(java.util.Comparator.comparing(DimensionScore::score)).forEach(s -> {
                    Dimension d = q.dimension(s.dimension()).orElseThrow();
                    out.add(new Recommendation(d.code(), s.score(), d.recommendation().resolve(language).orElse(""), d.theme(),
                            d.theme() == null ? List.of() : reused("resources/" + d.theme() + "/" + language.code(),
                                    () -> resources(d.theme(), language)),
                            d.theme() == null ? List.of() : reused("events/" + d.theme() + "/" + language.code() + "/" + eventCount,
                                    () -> events(d.theme(), language, eventCount))));
                });
        return out;
    }

    /** The list read for {@code key} within the last minute, or a fresh read; a failed read (null) is not kept. */
    @SuppressWarnings("unchecked")
    private <T> List<T> reused(String key, Supplier<List<T>> read) {
        long now = nanoClock.getAsLong();
        Read last = recent.get(key);
        if (last != null && now - last.atNanos() < REUSE_NANOS) {
            return (List<T>) last.items();
        }
        List<T> fresh = read.get();
        if (fresh == null) {
            return List.of();
        }
        // shared by every answer of the next minute: nobody may change it
        List<T> items = List.copyOf(fresh);
        recent.put(key, new Read(now, items));
        return items;
    }

    private List<Recommendation.Resource> resources(String theme, Language language) {
        ResourceService service = resources;
        if (service == null) {
            return List.of();
        }
        try {
            List<Recommendation.Resource> out = new ArrayList<>();
            for (ToolResource r : service.list(Caller.SYSTEM, new ResourceQuery(theme, null, null),
                    new PageRequest(0, 50, List.of(new SortOrder("id", true)))).items()) {
                // the respondent's language first; a resource not translated yet is not offered
                r.in(language).filter(v -> v.location() != null).ifPresent(
                        v -> out.add(new Recommendation.Resource(r.id(), r.kind().code(), title(v), v.location())));
                if (out.size() == RESOURCES) {
                    break;
                }
            }
            return out;
        } catch (RuntimeException e) {
            LOG.warn("Toolbox resources of theme {} not read for a recommendation: {}", theme, e.toString());
            return null;
        }
    }

    private static String title(LanguageVersion v) {
        return v.title() == null ? v.location() : v.title();
    }

    private List<Recommendation.UpcomingEvent> events(String theme, Language language, int count) {
        EventService service = events;
        if (service == null || count == 0) {
            return List.of();
        }
        try {
            List<Recommendation.UpcomingEvent> out = new ArrayList<>();
            for (Event e : service.events(Caller.SYSTEM, new EventQuery(null, theme, EventStatus.OPEN, LocalDate.now(), null),
                    new PageRequest(0, count, List.of(new SortOrder("start", true)))).items()) {
                out.add(new Recommendation.UpcomingEvent(e.id(), e.title().resolve(language).orElse(""), e.start().toInstant(),
                        e.venue() == null ? null : e.venue().city(), e.partner()));
            }
            return out;
        } catch (RuntimeException e) {
            LOG.warn("Events of theme {} not read for a recommendation: {}", theme, e.toString());
            return null;
        }
    }
}
