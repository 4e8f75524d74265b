package org.cybersudoe.diagnostic.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.error.ConflictException;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.diagnostic.AssessmentRequest;
import org.cybersudoe.diagnostic.CohortKind;
import org.cybersudoe.diagnostic.GainFigure;
import org.cybersudoe.diagnostic.Milestone;
import org.cybersudoe.diagnostic.PeerPosition;
import org.cybersudoe.diagnostic.Profile;
import org.cybersudoe.engagement.Mission;
import org.cybersudoe.engagement.MissionDraft;
import org.cybersudoe.engagement.internal.Area;
import org.cybersudoe.outreach.SizeClass;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/** "How am I doing", progress and the export: never a figure from fewer companies than the minimum (5 here). */
public class PeersTest {

    /** overall 62.0 (see ScoringTest) */
    static final Map<String, Object> STRONG = Map.of("t1", "monthly", "t2", List.of("crm", "erp", "shop"), "t3", 4, "p1", "yes", "p2", 30);
    /** overall 25.0, people 0.0 */
    static final Map<String, Object> WEAK = Map.of("t1", "daily", "t2", "not-relevant", "p1", "not-relevant", "p2", 0);

    private final Diagnostics d = Diagnostics.fresh("peers");
    /** The day a submission made now falls on, where the network works. */
    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/Paris"));

    @Before
    public void offer() {
        d.offer("sample-v1");
    }

    @After
    public void close() {
        d.close();
    }

    private static PeerPosition.Cohort cohort(PeerPosition p, CohortKind kind) {
        return p.cohorts().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    private static BigDecimal overall(PeerPosition.Cohort c) {
        return c.percentiles().stream().filter(p -> p.dimension().equals(PeerPosition.OVERALL)).findFirst().orElseThrow().percentile();
    }

    @Test
    public void aCohortOfFourIsWithheldOnEveryRouteAndShownFromFive() {
        List<Long> companies = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            companies.add(d.company("62.01", SizeClass.MICRO).id());
            d.submit("sample", companies.get(i), null, i == 0 ? STRONG : WEAK);
        }
        // anonymous respondents never fill a cohort
        for (int i = 0; i < 3; i++) {
            d.submit("sample", null, new Profile("FR", "FR72", "62.01", "micro"), WEAK);
        }
        PeerPosition four = d.peers.ofCompany(Area.EVALUATOR, companies.get(0), "sample");
        for (PeerPosition.Cohort c : four.cohorts()) {
            assertTrue(c.kind() + " withheld", c.withheld());
            assertNull(c.companies());
            c.percentiles().forEach(p -> assertNull(p.percentile()));
        }
        // the respondent's own link gives no more
        String token = d.assessments.start(Area.ANONYMOUS, new AssessmentRequest("sample", Language.FR, null,
                new Profile("FR", "FR72", "62.01", "micro"))).token();
        d.assessments.saveAnswers(token, STRONG);
        d.assessments.submit(token);
        assertTrue(d.peers.ofToken(token).cohorts().stream().allMatch(c -> c.withheld() && c.percentiles().stream().allMatch(p -> p.percentile() == null)));
        // even the lead partner, after a recompute from the database
        d.peers.recompute(Area.ADMIN);
        assertTrue(d.peers.ofCompany(Area.ADMIN, companies.get(0), "sample").cohorts().stream().allMatch(PeerPosition.Cohort::withheld));

        companies.add(d.company("62.02", SizeClass.SMALL).id());
        d.submit("sample", companies.get(4), null, WEAK);
        PeerPosition five = d.peers.ofCompany(Area.EVALUATOR, companies.get(0), "sample");
        // the network and France have 5 companies: 4 below 62.0, so (4 + ½) / 5 = 90.0
        assertEquals(Integer.valueOf(5), cohort(five, CohortKind.NETWORK).companies());
        assertEquals(new BigDecimal("90.0"), overall(cohort(five, CohortKind.NETWORK)));
        assertEquals(new BigDecimal("90.0"), overall(cohort(five, CohortKind.COUNTRY)));
        // sector 62 has all five too; size micro only four: still withheld
        assertEquals(new BigDecimal("90.0"), overall(cohort(five, CohortKind.SECTOR)));
        assertTrue(cohort(five, CohortKind.SIZE).withheld());
        // a weak company: nobody below, four tied at 25.0 → (0 + 4/2) / 5 = 40.0
        assertEquals(new BigDecimal("40.0"), overall(cohort(d.peers.ofCompany(Area.EVALUATOR, companies.get(1), "sample"), CohortKind.NETWORK)));
        // the same figures from the database
        d.peers.recompute(Area.ADMIN);
        assertEquals(new BigDecimal("90.0"), overall(cohort(d.peers.ofCompany(Area.ADMIN, companies.get(0), "sample"), CohortKind.NETWORK)));
        // the anonymous respondent (62.0) now compares with the five companies
        assertEquals(new BigDecimal("90.0"), overall(cohort(d.peers.ofToken(token), CohortKind.NETWORK)));
        // a dimension scored by fewer than five is withheld on its own: people is "not relevant"-free for all, tools too
        assertFalse(cohort(five, CohortKind.NETWORK).percentiles().stream().anyMatch(p -> p.percentile() == null && p.score() != null));
    }

    @Test
    public void aCompanysNewAssessmentReplacesItsOldOneAmongPeers() {
        List<Long> companies = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            companies.add(d.company("62.01", SizeClass.MICRO).id());
            d.submit("sample", companies.get(i), null, WEAK);
        }
        d.submit("sample", companies.get(0), null, STRONG);
        var network = cohort(d.peers.ofCompany(Area.EVALUATOR, companies.get(0), "sample"), CohortKind.NETWORK);
        assertEquals(Integer.valueOf(5), network.companies());
        assertEquals(new BigDecimal("90.0"), overall(network));
        d.peers.recompute(Area.ADMIN);
        assertEquals(new BigDecimal("90.0"), overall(cohort(d.peers.ofCompany(Area.EVALUATOR, companies.get(0), "sample"), CohortKind.NETWORK)));
        assertThrows(AccessDeniedException.class, () -> d.peers.recompute(Area.CYBERMASSIF_STAFF));
    }

    @Test
    public void theAverageGainAroundMissionsIsWithheldBelowFivePairs() {
        List<Long> companies = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long company = d.company("62.01", SizeClass.MICRO).id();
            companies.add(company);
            Mission m = d.engagement.missions.create(Area.CYBERMASSIF_STAFF, new MissionDraft(company, "cybermassif", "Ana",
                    TODAY, TODAY, BigDecimal.ONE, java.util.Set.of("is-security"), Language.FR));
            var before = d.submit("sample", company, null, WEAK);
            var after = d.submit("sample", company, null, STRONG);
            d.assessments.markMilestone(Area.CYBERMASSIF_STAFF, before.assessment().id(), new Milestone(Milestone.Moment.BEFORE,
                    Milestone.Subject.MISSION, m.id()));
            if (i < 4) {
                d.assessments.markMilestone(Area.CYBERMASSIF_STAFF, after.assessment().id(), new Milestone(Milestone.Moment.AFTER,
                        Milestone.Subject.MISSION, m.id()));
            } else {
                assertTrue(d.progress.averageGain(Area.EVALUATOR, "sample", Milestone.Subject.MISSION).withheld());
                // another partner's staff may not mark it, nor mark it against another company's mission
                long other = after.assessment().id();
                assertThrows(AccessDeniedException.class, () -> d.assessments.markMilestone(Area.FIB_STAFF, other,
                        new Milestone(Milestone.Moment.AFTER, Milestone.Subject.MISSION, m.id())));
                long firstMission = d.engagement.missions.missions(Area.ADMIN, new org.cybersudoe.engagement.MissionQuery(null,
                        companies.get(0), null, null), org.cybersudoe.core.paging.PageRequest.first()).items().get(0).id();
                assertThrows(ValidationException.class, () -> d.assessments.markMilestone(Area.CYBERMASSIF_STAFF, other,
                        new Milestone(Milestone.Moment.AFTER, Milestone.Subject.MISSION, firstMission)));
                d.assessments.markMilestone(Area.CYBERMASSIF_STAFF, other, new Milestone(Milestone.Moment.AFTER,
                        Milestone.Subject.MISSION, m.id()));
            }
        }
        GainFigure gain = d.progress.averageGain(Area.EVALUATOR, "sample", null);
        assertFalse(gain.withheld());
        assertEquals(5, gain.pairs());
        // every pair goes from 25.0 to 62.0
        assertEquals(new BigDecimal("37.0"), gain.overall());
        assertEquals(new BigDecimal("62.5"), gain.byDimension().get("people"));
        assertTrue(d.progress.averageGain(Area.EVALUATOR, "sample", Milestone.Subject.EVENT).withheld());
        // the company's assessments side by side
        var progress = d.progress.progress(Area.EVALUATOR, companies.get(0), "sample");
        assertEquals(List.of(new BigDecimal("25.0"), new BigDecimal("62.0")), progress.assessments().stream().map(r -> r.overall()).toList());
        assertEquals(Milestone.Moment.BEFORE, progress.assessments().get(0).assessment().milestone().moment());
    }

    private Mission mission(long company, LocalDate start, LocalDate end) {
        return d.engagement.missions.create(Area.CYBERMASSIF_STAFF, new MissionDraft(company, "cybermassif", "Ana", start, end,
                BigDecimal.ONE, java.util.Set.of("is-security"), Language.FR));
    }

    @Test
    public void aMarkAgreesWithTheDatesOfItsMissionOrEvent() {
        long company = d.company("62.01", SizeClass.MICRO).id();
        Mission in2010 = mission(company, LocalDate.of(2010, 8, 5), LocalDate.of(2010, 8, 5));
        long id = d.submit("sample", company, null, STRONG).assessment().id();
        // submitted today: it cannot be the before of a mission of 2010
        var before = assertThrows(ValidationException.class, () -> d.assessments.markMilestone(Area.CYBERMASSIF_STAFF, id,
                new Milestone(Milestone.Moment.BEFORE, Milestone.Subject.MISSION, in2010.id())));
        assertEquals("moment", before.fieldErrors().get(0).field());
        assertEquals("cannot be T0: the assessment was submitted on " + TODAY + ", after mission " + in2010.id() + " began on 2010-08-05",
                before.fieldErrors().get(0).detail());
        assertEquals("não pode ser T0: a avaliação foi submetida em " + TODAY + ", depois de a missão " + in2010.id()
                + " ter começado em 2010-08-05", before.fieldErrors().get(0).text().resolve(Language.PT).orElseThrow());
        assertNull(d.assessments.result(Area.EVALUATOR, id).assessment().milestone());
        // nor the after of one still to come, nor of one not dated yet
        Mission coming = mission(company, TODAY.plusDays(10), TODAY.plusDays(12));
        var after = assertThrows(ValidationException.class, () -> d.assessments.markMilestone(Area.CYBERMASSIF_STAFF, id,
                new Milestone(Milestone.Moment.AFTER, Milestone.Subject.MISSION, coming.id())));
        assertEquals("moment", after.fieldErrors().get(0).field());
        assertEquals("ne peut pas valoir T1 : l’évaluation a été soumise le " + TODAY + ", avant la fin de la mission " + coming.id()
                + " le " + TODAY.plusDays(12), after.fieldErrors().get(0).text().resolve(Language.FR).orElseThrow());
        Mission undated = mission(company, null, null);
        var notYet = assertThrows(ValidationException.class, () -> d.assessments.markMilestone(Area.CYBERMASSIF_STAFF, id,
                new Milestone(Milestone.Moment.AFTER, Milestone.Subject.MISSION, undated.id())));
        assertEquals("moment", notYet.fieldErrors().get(0).field());
        // an event next month: not after it either
        var event = d.engagement.events.create(Area.CYBERMASSIF_STAFF, org.cybersudoe.engagement.internal.Drafts.event(20, 30));
        var afterEvent = assertThrows(ValidationException.class, () -> d.assessments.markMilestone(Area.CYBERMASSIF_STAFF, id,
                new Milestone(Milestone.Moment.AFTER, Milestone.Subject.EVENT, event.id())));
        assertEquals("moment", afterEvent.fieldErrors().get(0).field());
        assertNull(d.assessments.result(Area.EVALUATOR, id).assessment().milestone());
        // the right sides are accepted
        assertEquals(Milestone.Moment.AFTER, d.assessments.markMilestone(Area.CYBERMASSIF_STAFF, id,
                new Milestone(Milestone.Moment.AFTER, Milestone.Subject.MISSION, in2010.id())).milestone().moment());
        long next = d.submit("sample", company, null, STRONG).assessment().id();
        assertEquals(Milestone.Moment.BEFORE, d.assessments.markMilestone(Area.CYBERMASSIF_STAFF, next,
                new Milestone(Milestone.Moment.BEFORE, Milestone.Subject.EVENT, event.id())).milestone().moment());
        // a regional system's completed assessment is checked the same way, and nothing of it stays
        long stored = d.count("dia_assessment");
        var soap = assertThrows(ValidationException.class, () -> d.assessments.submitComplete(Area.CYBERMASSIF_STAFF,
                new AssessmentRequest("sample", Language.FR, company, null), STRONG,
                new Milestone(Milestone.Moment.BEFORE, Milestone.Subject.MISSION, in2010.id())));
        assertEquals("moment", soap.fieldErrors().get(0).field());
        assertEquals(stored, d.count("dia_assessment"));
    }

    @Test
    public void aMarkIsNeverReplacedByAnother() {
        long company = d.company("62.01", SizeClass.MICRO).id();
        Mission m = mission(company, TODAY, TODAY);
        Mission other = mission(company, TODAY, TODAY);
        long id = d.submit("sample", company, null, STRONG).assessment().id();
        Milestone t0 = new Milestone(Milestone.Moment.BEFORE, Milestone.Subject.MISSION, m.id());
        d.assessments.markMilestone(Area.CYBERMASSIF_STAFF, id, t0);
        var replaced = assertThrows(ConflictException.class, () -> d.assessments.markMilestone(Area.CYBERMASSIF_STAFF, id,
                new Milestone(Milestone.Moment.AFTER, Milestone.Subject.MISSION, m.id())));
        assertEquals("the assessment is already marked T0 of mission " + m.id() + ": a mark is not replaced", replaced.getMessage());
        assertEquals("la evaluación ya está marcada como T0 de la misión " + m.id() + ": una marca no se sustituye",
                replaced.detail(Language.ES));
        assertThrows(ConflictException.class, () -> d.assessments.markMilestone(Area.CYBERMASSIF_STAFF, id,
                new Milestone(Milestone.Moment.BEFORE, Milestone.Subject.MISSION, other.id())));
        assertEquals(t0, d.assessments.result(Area.EVALUATOR, id).assessment().milestone());
        // the same mark again is no change
        assertEquals(t0, d.assessments.markMilestone(Area.CYBERMASSIF_STAFF, id, t0).milestone());
    }

    @Test
    public void anUnknownQuestionnaireIsRefusedNamingIt() {
        long company = d.company("62.01", SizeClass.MICRO).id();
        d.submit("sample", company, null, STRONG);
        for (Runnable asked : List.<Runnable>of(() -> d.progress.progress(Area.EVALUATOR, company, "nope"),
                () -> d.progress.averageGain(Area.EVALUATOR, "nope", null),
                () -> d.peers.ofCompany(Area.EVALUATOR, company, "nope"))) {
            var refused = assertThrows(ValidationException.class, asked::run);
            assertEquals("questionnaire", refused.fieldErrors().get(0).field());
            assertEquals("«nope» não é um questionário conhecido", refused.fieldErrors().get(0).text().resolve(Language.PT).orElseThrow());
        }
        // a known one still answers, even with nothing to show
        assertEquals(1, d.progress.progress(Area.EVALUATOR, company, "sample").assessments().size());
    }

    @Test
    public void theExportNamesNoCompanyAndBlanksSmallGroups() {
        for (int i = 0; i < 5; i++) {
            d.submit("sample", d.company("62.01", SizeClass.MICRO).id(), null, WEAK);
        }
        d.submit("sample", d.company("10.11", SizeClass.MEDIUM).id(), null, STRONG);
        StringWriter csv = new StringWriter();
        assertEquals(5, d.peers.exportAnonymised(Area.EVALUATOR, "sample", csv));
        List<String> lines = csv.toString().lines().toList();
        assertTrue(lines.get(0), lines.get(0).startsWith("questionnaire,version,submitted_month,country,region,sector,size,milestone,overall,level,tools,people"));
        assertEquals(5, lines.stream().filter(l -> l.contains(",FR,FR72,62,micro,")).count());
        // the lone food company: sector, size, region and country blanked until it hides among the others, then left out
        // (with all four blank it is alone again: one row < 5)
        assertFalse(csv.toString(), csv.toString().contains(",10,"));
        assertFalse(csv.toString(), csv.toString().contains("medium"));
        var denied = assertThrows(AccessDeniedException.class,
                () -> d.peers.exportAnonymised(Area.CYBERMASSIF_STAFF, "sample", new StringWriter()));
        assertEquals("the export is for the lead partner, partner administrators and evaluators", denied.getMessage());
        assertEquals("l’export est réservé au partenaire chef de file, aux administrateurs des partenaires et aux évaluateurs",
                denied.detail(Language.FR));
    }
}
