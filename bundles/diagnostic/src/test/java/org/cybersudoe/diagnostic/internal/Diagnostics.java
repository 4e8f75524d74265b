package org.cybersudoe.diagnostic.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.Map;

import org.cybersudoe.core.security.Caller;
import org.cybersudoe.diagnostic.AssessmentRequest;
import org.cybersudoe.diagnostic.AssessmentResult;
import org.cybersudoe.diagnostic.Profile;
import org.cybersudoe.diagnostic.internal.assessments.AssessmentServiceImpl;
import org.cybersudoe.diagnostic.internal.peers.PeerServiceImpl;
import org.cybersudoe.diagnostic.internal.peers.PeerStatistics;
import org.cybersudoe.diagnostic.internal.peers.ProgressServiceImpl;
import org.cybersudoe.diagnostic.internal.questionnaires.QuestionnaireRegistry;
import org.cybersudoe.diagnostic.internal.recommend.Recommender;
import org.cybersudoe.engagement.internal.Area;
import org.cybersudoe.outreach.Company;
import org.cybersudoe.outreach.CompanyDraft;
import org.cybersudoe.outreach.SizeClass;
import org.cybersudoe.persistence.testing.AreaUnit;

/**
 * The diagnostic area of one test on a fresh embedded Derby database, beside the real outreach
 * directory and engagement area (missions and events to mark assessments against).
 */
public final class Diagnostics implements AutoCloseable {

    public static final String GENERAL_FILE = "src/main/resources/META-INF/cybersudoe/diagnostic/general.json";

    public final Area engagement;
    private final AreaUnit unit;
    public final DiagnosticDatabase db;
    public final QuestionnaireRegistry registry;
    public final PeerStatistics statistics;
    public final AssessmentServiceImpl assessments;
    public final PeerServiceImpl peers;
    public final ProgressServiceImpl progress;
    private int companies;

    private Diagnostics(String name, int minimumCohort) {
        this.engagement = Area.fresh("diagnostic-" + name);
        this.unit = AreaUnit.on(DiagnosticDatabase.AREA, engagement.dataSource(), DiagnosticDatabase.class);
        this.db = new DiagnosticDatabase(unit.database());
        this.registry = new QuestionnaireRegistry(db);
        this.statistics = new PeerStatistics(db);
        DiagnosticConfig config = config(minimumCohort);
        this.assessments = new AssessmentServiceImpl(db, registry, engagement.directory, statistics,
                new Recommender(null, engagement.events, System::nanoTime), config).withEngagement(engagement.missions, engagement.events);
        this.peers = new PeerServiceImpl(statistics, assessments, registry, db, config);
        this.progress = new ProgressServiceImpl(db, assessments, engagement.directory, registry);
    }

    public static Diagnostics fresh(String name) {
        return new Diagnostics(name, 5);
    }

    /** Offers a questionnaire file from the test resources (questionnaires/NAME.json); sample-v1 and sample-v2 come from one source, as one bundle updated. */
    public void offer(String resource) {
        registry.deploy("test:" + resource.replaceAll("-v[0-9]+$", ""), resource(resource));
    }

    public static byte[] resource(String name) {
        try (InputStream in = Diagnostics.class.getResourceAsStream("/questionnaires/" + name + ".json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new company of cybermassif (FR, FR72) in the directory. */
    public Company company(String nace, SizeClass size) {
        companies++;
        return engagement.directory.createCompany(Area.CYBERMASSIF_STAFF, new CompanyDraft("cybermassif", "Entreprise " + companies,
                null, "FR", "FR72", nace, size, LocalDate.of(2015, 1, 1), null, null));
    }

    /** A complete assessment of {@code companyId} (null: anonymous, with profile), submitted in one step by cybermassif's staff. */
    public AssessmentResult submit(String questionnaire, Long companyId, Profile profile, Map<String, Object> answers) {
        return assessments.submitComplete(Area.CYBERMASSIF_STAFF,
                new AssessmentRequest(questionnaire, org.cybersudoe.core.i18n.Language.FR, companyId, profile), answers, null);
    }

    public long count(String table) {
        return unit.count(table);
    }

    @Override
    public void close() {
        peers.deactivate();
        unit.close();
        engagement.close();
    }

    public static Caller caller() {
        return Area.CYBERMASSIF_STAFF;
    }

    static DiagnosticConfig config(int minimumCohort) {
        return new DiagnosticConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return DiagnosticConfig.class;
            }

            @Override
            public int minimumCohort() {
                return minimumCohort;
            }

            @Override
            public int weakDimensionBelow() {
                return 50;
            }

            @Override
            public int peerRefreshMinutes() {
                return 0;
            }

            @Override
            public int recommendedEvents() {
                return 3;
            }
        };
    }
}
