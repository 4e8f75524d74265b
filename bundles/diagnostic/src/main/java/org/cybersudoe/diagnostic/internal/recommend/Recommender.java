package org.cybersudoe.diagnostic.internal.recommend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile ResourceService resources;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    volatile EventService events;

    public Recommender() {
    }

    /** Over given services, either may be null (tests). */
    public Recommender(ResourceService resources, EventService events) {
        this.resources = resources;
        this.events = events;
    }

    /** Weakest first: every dimension with a score below {@code weakBelow}. */
    public List<Recommendation> recommend(Questionnaire q, List<DimensionScore> scores, Language language, int weakBelow,
            int eventCount) {
        List<Recommendation> out = new ArrayList<>();
        scores.stream().filter(s -> s.score() != null && s.score().compareTo(BigDecimal.valueOf(weakBelow)) < 0)
                .sorted(java.util.Comparator.comparing(DimensionScore::score)).forEach(s -> {
                    Dimension d = q.dimension(s.dimension()).orElseThrow();
                    out.add(new Recommendation(d.code(), s.score(), d.recommendation().resolve(language).orElse(""), d.theme(),
                            d.theme() == null ? List.of() : resources(d.theme(), language),
                            d.theme() == null ? List.of() : events(d.theme(), language, eventCount)));
                });
        return out;
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
            return List.of();
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
            return List.of();
        }
    }
}
