package org.cybersudoe.diagnostic.internal.peers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cybersudoe.core.security.Caller;
import org.cybersudoe.diagnostic.CompanyProgress;
import org.cybersudoe.diagnostic.GainFigure;
import org.cybersudoe.diagnostic.Milestone;
import org.cybersudoe.diagnostic.PeerPosition;
import org.cybersudoe.diagnostic.ProgressService;
import org.cybersudoe.diagnostic.internal.Columns;
import org.cybersudoe.diagnostic.internal.DiagnosticDatabase;
import org.cybersudoe.diagnostic.internal.assessments.AssessmentServiceImpl;
import org.cybersudoe.diagnostic.internal.questionnaires.QuestionnaireRegistry;
import org.cybersudoe.outreach.DirectoryService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Progress: a company's assessments side by side, and the average gain of the companies assessed
 * before (T0) and after (T1) the same mission or event, withheld below the minimum cohort.
 */
@Component(service = ProgressService.class)
public class ProgressServiceImpl implements ProgressService {

    private final DiagnosticDatabase db;
    private final AssessmentServiceImpl assessments;
    private final DirectoryService directory;
    private final QuestionnaireRegistry questionnaires;

    @Activate
    public ProgressServiceImpl(@Reference DiagnosticDatabase db, @Reference AssessmentServiceImpl assessments,
            @Reference DirectoryService directory, @Reference QuestionnaireRegistry questionnaires) {
        this.db = db;
        this.assessments = assessments;
        this.directory = directory;
        this.questionnaires = questionnaires;
    }

    @Override
    public CompanyProgress progress(Caller caller, long companyId, String questionnaire) {
        caller.requireNetworkRead();
        questionnaires.requireKnown(questionnaire);
        directory.company(caller, companyId);
        return new CompanyProgress(companyId, questionnaire,
                assessments.submittedOf(companyId, questionnaire).stream().map(assessments::result).toList());
    }

    /** One support given to one company, with the newest before and after assessments. */
    private record Pair(Map<String, BigDecimal> before, Map<String, BigDecimal> after) {
    }

    @Override
    public GainFigure averageGain(Caller caller, String questionnaire, Milestone.Subject subject) {
        caller.requireNetworkRead();
        questionnaires.requireKnown(questionnaire);
        Map<String, Map<String, BigDecimal>[]> bySupport = new HashMap<>();
        db.tx(em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT a.id, a.company_id, a.subject_kind, a.subject_id, a.milestone, a.overall, "
                    + "s.dimension_code, s.score FROM dia_assessment a JOIN dia_score s ON s.assessment_id = a.id "
                    + "WHERE a.questionnaire_code = ?1 AND a.status = 'submitted' AND a.milestone IS NOT NULL AND a.company_id IS NOT NULL "
                    + "ORDER BY a.submitted_at, a.id").setParameter(1, questionnaire).getResultList();
            Map<Long, Map<String, BigDecimal>> scores = new HashMap<>();
            Map<Long, String[]> heads = new HashMap<>();
            for (Object[] r : rows) {
                long id = ((Number) r[0]).longValue();
                String kind = Columns.text(r[2]);
                if (subject != null && !subject.code().equals(kind)) {
                    continue;
                }
                heads.computeIfAbsent(id, k -> new String[] {r[1] + "/" + kind + "/" + r[3], Columns.text(r[4])});
                scores.computeIfAbsent(id, k -> {
                    Map<String, BigDecimal> m = new HashMap<>();
                    m.put(PeerPosition.OVERALL, Columns.score(r[5]));
                    return m;
                }).put(Columns.text(r[6]), Columns.score(r[7]));
            }
            // oldest first: a later assessment of the same support and moment replaces an earlier one
            heads.keySet().stream().sorted().forEach(id -> {
                String[] h = heads.get(id);
                @SuppressWarnings("unchecked")
                Map<String, BigDecimal>[] pair = bySupport.computeIfAbsent(h[0], k -> new Map[2]);
                pair[Milestone.Moment.BEFORE.code().equals(h[1]) ? 0 : 1] = scores.get(id);
            });
            return null;
        });
        List<Pair> pairs = bySupport.values().stream().filter(p -> p[0] != null && p[1] != null).map(p -> new Pair(p[0], p[1])).toList();
        if (pairs.size() < assessments.minimumCohort()) {
            return new GainFigure(questionnaire, subject, pairs.size(), true, null, Map.of());
        }
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        for (Pair p : pairs) {
            p.after().forEach((dimension, after) -> {
                BigDecimal before = p.before().get(dimension);
                if (after != null && before != null) {
                    BigDecimal[] acc = sums.computeIfAbsent(dimension, d -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                    acc[0] = acc[0].add(after.subtract(before));
                    acc[1] = acc[1].add(BigDecimal.ONE);
                }
            });
        }
        Map<String, BigDecimal> means = new TreeMap<>();
        sums.forEach((dimension, acc) -> {
            // a dimension scored by fewer pairs than the minimum is withheld like the rest
            if (acc[1].intValue() >= assessments.minimumCohort()) {
                means.put(dimension, acc[0].divide(acc[1], 1, RoundingMode.HALF_UP));
            }
        });
        BigDecimal overall = means.remove(PeerPosition.OVERALL);
        return new GainFigure(questionnaire, subject, pairs.size(), false, overall, means);
    }
}
