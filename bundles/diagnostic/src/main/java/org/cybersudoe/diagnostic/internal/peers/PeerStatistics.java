package org.cybersudoe.diagnostic.internal.peers;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.cybersudoe.diagnostic.CohortKind;
import org.cybersudoe.diagnostic.PeerPosition;
import org.cybersudoe.diagnostic.PeerPosition.Cohort;
import org.cybersudoe.diagnostic.PeerPosition.Percentile;
import org.cybersudoe.diagnostic.Profile;
import org.cybersudoe.diagnostic.internal.Columns;
import org.cybersudoe.diagnostic.internal.DiagnosticDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The peer statistics: for each questionnaire, the newest submitted assessment of every directory
 * company, and per cohort (sector, size, region, country, network) and dimension a histogram of
 * their scores. Built from the database (at first use, on {@link #recompute()}, and every few
 * minutes by the peer service) and kept up to date by each submission on this node, so that a
 * "how am I doing" answer reads memory only. Anonymous respondents compare themselves with the
 * population but are never part of it: anyone can answer anonymously any number of times, and
 * could otherwise fill a small cohort with made-up companies to isolate a real one.
 */
@Component(service = PeerStatistics.class)
public class PeerStatistics {

    /** A company's scores as peers see them: the overall score and each dimension's, null when it has none. */
    public record Scores(long assessmentId, LocalDateTime submittedAt, Profile profile, Map<String, BigDecimal> byDimension) {
    }

    private record CohortKey(CohortKind kind, String key) {
    }

    /** A company's newest submitted assessment is the one counted; of two submitted in the same instant, the later stored. */
    private static final java.util.Comparator<Scores> NEWEST_FIRST = java.util.Comparator.comparing(Scores::submittedAt)
            .thenComparingLong(Scores::assessmentId).reversed();

    /**
     * One questionnaire's companies and histograms, guarded by its own lock. Readers share it: a
     * reader the scheduler pauses while holding it then holds up submissions only, not the other
     * readers (with many clients on few cores, an exclusive lock made queues behind such pauses).
     */
    private static final class Population {
        final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
        final Map<Long, Scores> companies = new HashMap<>();
        final Map<CohortKey, Map<String, Histogram>> cohorts = new HashMap<>();

        void put(long companyId, Scores scores) {
            Scores previous = companies.get(companyId);
            if (previous != null) {
                if (NEWEST_FIRST.compare(previous, scores) < 0) {
                    return;
                }
                count(previous, -1);
            }
            companies.put(companyId, scores);
            count(scores, +1);
        }

        private void count(Scores s, int delta) {
            for (CohortKind kind : CohortKind.values()) {
                String key = kind.keyOf(s.profile());
                if (key == null) {
                    continue;
                }
                Map<String, Histogram> byDimension = cohorts.computeIfAbsent(new CohortKey(kind, key), k -> new HashMap<>());
                s.byDimension().forEach((dimension, score) -> {
                    if (score != null) {
                        Histogram h = byDimension.computeIfAbsent(dimension, d -> new Histogram());
                        if (delta > 0) {
                            h.add(Histogram.slot(score));
                        } else {
                            h.remove(Histogram.slot(score));
                        }
                    }
                });
            }
        }

        int cohortSize(CohortKey key) {
            Map<String, Histogram> byDimension = cohorts.get(key);
            Histogram overall = byDimension == null ? null : byDimension.get(PeerPosition.OVERALL);
            return overall == null ? 0 : overall.total();
        }
    }

    private final DiagnosticDatabase db;
    private volatile Map<String, Population> populations;

    @Activate
    public PeerStatistics(@Reference DiagnosticDatabase db) {
        this.db = db;
    }

    /**
     * Reads every questionnaire's population again from the database; returns the companies per
     * questionnaire. Every submitted assessment of a company is read and the newest kept here:
     * nothing in the database marks it, so submissions never update each other's rows.
     */
    public Map<String, Integer> recompute() {
        Map<String, Population> fresh = new ConcurrentHashMap<>();
        Map<Long, Scores> byAssessment = new HashMap<>();
        Map<Long, Object[]> heads = new HashMap<>();
        db.tx(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT a.id, a.company_id, a.questionnaire_code, a.country, a.region, a.nace, "
                    + "a.size_class, a.submitted_at, a.overall, s.dimension_code, s.score FROM dia_assessment a "
                    + "JOIN dia_score s ON s.assessment_id = a.id WHERE a.company_id IS NOT NULL AND a.status = 'submitted'")
                    .getResultList();
            for (Object[] r : rows) {
                long id = ((Number) r[0]).longValue();
                Scores scores = byAssessment.computeIfAbsent(id, k -> {
                    heads.put(k, r);
                    Map<String, BigDecimal> dims = new HashMap<>();
                    dims.put(PeerPosition.OVERALL, Columns.score(r[8]));
                    return new Scores(k, timestamp(r[7]), new Profile(Columns.text(r[3]), Columns.text(r[4]), Columns.text(r[5]), Columns.text(r[6])), dims);
                });
                scores.byDimension().put(Columns.text(r[9]), Columns.score(r[10]));
            }
            return null;
        });
        byAssessment.forEach((id, scores) -> {
            Object[] head = heads.get(id);
            fresh.computeIfAbsent(Columns.text(head[2]), q -> new Population()).put(((Number) head[1]).longValue(), scores);
        });
        populations = fresh;
        Map<String, Integer> counts = new TreeMap<>();
        fresh.forEach((q, p) -> counts.put(q, p.companies.size()));
        return counts;
    }

    /** Counts a company's new assessment in (replacing its previous one). */
    public void submitted(String questionnaire, long companyId, Scores scores) {
        Population p = populations().computeIfAbsent(questionnaire, q -> new Population());
        p.lock.writeLock().lock();
        try {
            p.put(companyId, new Scores(scores.assessmentId(), scores.submittedAt(), scores.profile(), new HashMap<>(scores.byDimension())));
        } finally {
            p.lock.writeLock().unlock();
        }
    }

    /** The percentile ranks of {@code scores} in each cohort of its profile, withholding every figure from fewer than {@code minimum} companies. */
    public List<Cohort> position(String questionnaire, Profile profile, Map<String, BigDecimal> scores, int minimum) {
        Population p = populations().get(questionnaire);
        List<Cohort> cohorts = new ArrayList<>();
        for (CohortKind kind : CohortKind.values()) {
            String key = kind.keyOf(profile);
            if (key == null) {
                cohorts.add(new Cohort(kind, null, null, true, List.of()));
                continue;
            }
            CohortKey cohortKey = new CohortKey(kind, key);
            if (p == null) {
                cohorts.add(new Cohort(kind, key, null, true, List.of()));
                continue;
            }
            p.lock.readLock().lock();
            try {
                int size = p.cohortSize(cohortKey);
                boolean withheld = size < minimum;
                List<Percentile> percentiles = new ArrayList<>();
                Map<String, Histogram> byDimension = p.cohorts.getOrDefault(cohortKey, Map.of());
                scores.forEach((dimension, score) -> {
                    Histogram h = byDimension.get(dimension);
                    if (score == null || h == null || h.total() < minimum) {
                        percentiles.add(new Percentile(dimension, score, null, true));
                    } else {
                        percentiles.add(new Percentile(dimension, score, h.percentileRank(Histogram.slot(score)), false));
                    }
                });
                percentiles.sort(java.util.Comparator.comparing(pc -> !PeerPosition.OVERALL.equals(pc.dimension())));
                cohorts.add(new Cohort(kind, key, withheld ? null : size, withheld, withheld ? hide(percentiles) : percentiles));
            } finally {
                p.lock.readLock().unlock();
            }
        }
        return cohorts;
    }

    /** The company's scores as counted, if it has a submitted assessment of the questionnaire. */
    public java.util.Optional<Scores> company(String questionnaire, long companyId) {
        Population p = populations().get(questionnaire);
        if (p == null) {
            return java.util.Optional.empty();
        }
        p.lock.readLock().lock();
        try {
            return java.util.Optional.ofNullable(p.companies.get(companyId));
        } finally {
            p.lock.readLock().unlock();
        }
    }

    private static List<Percentile> hide(List<Percentile> percentiles) {
        return percentiles.stream().map(pc -> new Percentile(pc.dimension(), pc.score(), null, true)).toList();
    }

    private Map<String, Population> populations() {
        Map<String, Population> p = populations;
        if (p == null) {
            synchronized (this) {
                if (populations == null) {
                    recompute();
                }
                p = populations;
            }
        }
        return p;
    }

    private static LocalDateTime timestamp(Object value) {
        return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }
}
