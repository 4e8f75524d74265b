package org.cybersudoe.diagnostic.internal.peers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.diagnostic.AssessmentStatus;
import org.cybersudoe.diagnostic.PeerPosition;
import org.cybersudoe.diagnostic.PeerService;
import org.cybersudoe.diagnostic.Questionnaire;
import org.cybersudoe.diagnostic.internal.DiagnosticConfig;
import org.cybersudoe.diagnostic.internal.Columns;
import org.cybersudoe.diagnostic.internal.DiagnosticDatabase;
import org.cybersudoe.diagnostic.internal.DiagnosticTexts;
import org.cybersudoe.diagnostic.internal.assessments.AssessmentServiceImpl;
import org.cybersudoe.diagnostic.internal.questionnaires.QuestionnaireRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "How am I doing?" and the anonymised export. Every figure drawn from peers passes the minimum
 * cohort here, so no route (REST, SOAP, console) can return one from fewer companies.
 */
@Component(service = PeerService.class, configurationPid = DiagnosticConfig.PID)
public class PeerServiceImpl implements PeerService {

    private static final Logger LOG = LoggerFactory.getLogger(PeerServiceImpl.class);

    private final PeerStatistics statistics;
    private final AssessmentServiceImpl assessments;
    private final QuestionnaireRegistry questionnaires;
    private final DiagnosticDatabase db;
    private final ScheduledExecutorService refresh = Executors.newSingleThreadScheduledExecutor(
            r -> new Thread(r, "cybersudoe-diagnostic-peers"));
    private ScheduledFuture<?> refreshing;

    @Activate
    public PeerServiceImpl(@Reference PeerStatistics statistics, @Reference AssessmentServiceImpl assessments,
            @Reference QuestionnaireRegistry questionnaires, @Reference DiagnosticDatabase db, DiagnosticConfig config) {
        this.statistics = statistics;
        this.assessments = assessments;
        this.questionnaires = questionnaires;
        this.db = db;
        schedule(config);
    }

    @Modified
    synchronized void schedule(DiagnosticConfig config) {
        if (refreshing != null) {
            refreshing.cancel(false);
        }
        int minutes = config == null ? 0 : config.peerRefreshMinutes();
        // the first reading at once, in the background, so the first question does not wait for it
        refreshing = refresh.scheduleWithFixedDelay(this::refreshQuietly, 0, minutes > 0 ? minutes : Integer.MAX_VALUE,
                minutes > 0 ? TimeUnit.MINUTES : TimeUnit.DAYS);
    }

    @Deactivate
    public void deactivate() {
        refresh.shutdownNow();
    }

    private void refreshQuietly() {
        try {
            Map<String, Integer> counts = statistics.recompute();
            LOG.debug("Peer statistics read again: {}", counts);
        } catch (RuntimeException e) {
            LOG.warn("Peer statistics not read again: {}", e.toString());
        }
    }

    @Override
    public PeerPosition ofCompany(Caller caller, long companyId, String questionnaire) {
        caller.requireNetworkRead();
        questionnaires.requireKnown(questionnaire);
        // answered from memory alone, with no directory look-up: the profile counted is the one the company had
        // when it submitted, the same one its peers are compared on
        PeerStatistics.Scores scores = statistics.company(questionnaire, companyId)
                .orElseThrow(() -> new NotFoundException(
                        DiagnosticTexts.MESSAGES.text("error.not-found.peer-assessment", questionnaire, companyId)));
        return new PeerPosition(scores.assessmentId(), questionnaire, assessments.minimumCohort(),
                statistics.position(questionnaire, scores.profile(), scores.byDimension(), assessments.minimumCohort()));
    }

    @Override
    public PeerPosition ofToken(String token) {
        var stored = assessments.storedByToken(token);
        if (stored.assessment().status() != AssessmentStatus.SUBMITTED) {
            throw new org.cybersudoe.core.error.ConflictException("status", DiagnosticTexts.MESSAGES.text("error.conflict.peers-draft"));
        }
        return new PeerPosition(stored.assessment().id(), stored.assessment().questionnaire(), assessments.minimumCohort(),
                statistics.position(stored.assessment().questionnaire(), stored.assessment().profile(),
                        AssessmentServiceImpl.scoresOf(stored), assessments.minimumCohort()));
    }

    @Override
    public Map<String, Integer> recompute(Caller caller) {
        caller.requireAdmin();
        return statistics.recompute();
    }

    @Override
    public int exportAnonymised(Caller caller, String questionnaire, Writer out) {
        caller.requireNetworkRead();
        if (!caller.isAdmin() && !caller.has(org.cybersudoe.core.security.Role.EVALUATOR)
                && !caller.has(org.cybersudoe.core.security.Role.PARTNER_ADMIN)) {
            throw new org.cybersudoe.core.error.AccessDeniedException("forbidden", DiagnosticTexts.MESSAGES.text("error.denied.export"));
        }
        Questionnaire q = questionnaires.current(questionnaire).or(() -> questionnaires.version(questionnaire, 1))
                .orElseThrow(() -> new ValidationException("questionnaire", "unknown",
                        DiagnosticTexts.MESSAGES.text("error.field.questionnaire-unknown", questionnaire)));
        List<ExportRow> rows = rows(questionnaire);
        Generalisation.apply(rows, assessments.minimumCohort());
        Set<String> dimensions = new LinkedHashSet<>();
        q.dimensions().forEach(d -> dimensions.add(d.code()));
        rows.forEach(r -> dimensions.addAll(r.scores.keySet()));
        List<String> header = new ArrayList<>(List.of("questionnaire", "version", "submitted_month", "country", "region", "sector",
                "size", "milestone", "overall", "level"));
        header.addAll(dimensions);
        int written = 0;
        try (CSVPrinter csv = new CSVPrinter(new NonClosing(out), CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).build())) {
            for (ExportRow r : rows) {
                if (r.suppressed) {
                    continue;
                }
                List<Object> line = new ArrayList<>(List.of(questionnaire, r.version, r.month, blank(r.qi[0]), blank(r.qi[1]),
                        blank(r.qi[2]), blank(r.qi[3]), blank(r.milestone), plain(r.overall), blank(r.level)));
                for (String d : dimensions) {
                    line.add(plain(r.scores.get(d)));
                }
                csv.printRecord(line);
                written++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    private List<ExportRow> rows(String questionnaire) {
        return db.tx(em -> {
            Map<Long, ExportRow> byId = new HashMap<>();
            List<ExportRow> rows = new ArrayList<>();
            @SuppressWarnings("unchecked")
            List<Object[]> heads = em.createNativeQuery("SELECT id, questionnaire_version, submitted_at, country, region, nace, size_class, "
                    + "milestone, overall, level_code FROM dia_assessment WHERE questionnaire_code = ?1 AND status = 'submitted' "
                    + "ORDER BY submitted_at, id").setParameter(1, questionnaire).getResultList();
            for (Object[] h : heads) {
                ExportRow r = new ExportRow();
                r.version = ((Number) h[1]).intValue();
                r.month = String.valueOf(h[2]).substring(0, 7);
                r.qi = new String[] {Columns.text(h[3]), Columns.text(h[4]), sector(Columns.text(h[5])), Columns.text(h[6])};
                r.milestone = Columns.text(h[7]);
                r.overall = Columns.score(h[8]);
                r.level = Columns.text(h[9]);
                byId.put(((Number) h[0]).longValue(), r);
                rows.add(r);
            }
            @SuppressWarnings("unchecked")
            List<Object[]> scores = em.createNativeQuery("SELECT s.assessment_id, s.dimension_code, s.score FROM dia_score s JOIN "
                    + "dia_assessment a ON a.id = s.assessment_id WHERE a.questionnaire_code = ?1 AND a.status = 'submitted'")
                    .setParameter(1, questionnaire).getResultList();
            for (Object[] s : scores) {
                ExportRow r = byId.get(((Number) s[0]).longValue());
                if (r != null) {
                    r.scores.put(Columns.text(s[1]), Columns.score(s[2]));
                }
            }
            return rows;
        });
    }

    private static String sector(String nace) {
        return new org.cybersudoe.diagnostic.Profile(null, null, nace, null).sector();
    }

    private static String blank(String s) {
        return Objects.requireNonNullElse(s, "");
    }

    private static String plain(BigDecimal d) {
        return d == null ? "" : d.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** A submitted assessment as exported; its quasi-identifiers are country, region, sector, size. */
    static final class ExportRow {
        int version;
        String month;
        String[] qi;
        String milestone;
        BigDecimal overall;
        String level;
        final Map<String, BigDecimal> scores = new HashMap<>();
        boolean suppressed;
    }

    /** Lets the caller close its own writer. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
