package org.cybersudoe.diagnostic.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.error.ConflictException;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.diagnostic.AssessmentRequest;
import org.cybersudoe.diagnostic.AssessmentResult;
import org.cybersudoe.diagnostic.AssessmentStatus;
import org.cybersudoe.diagnostic.DimensionScore;
import org.cybersudoe.diagnostic.Profile;
import org.cybersudoe.diagnostic.Questionnaire;
import org.cybersudoe.diagnostic.Recommendation;
import org.cybersudoe.diagnostic.internal.recommend.Recommender;
import org.cybersudoe.engagement.Event;
import org.cybersudoe.engagement.EventDraft;
import org.cybersudoe.engagement.EventStatus;
import org.cybersudoe.engagement.internal.Drafts;
import org.cybersudoe.engagement.internal.Area;
import org.cybersudoe.outreach.SizeClass;
import org.junit.After;
import org.junit.Test;

public class AssessmentsTest {

    private final Diagnostics d = Diagnostics.fresh("assessments");
    private static final Map<String, Object> SET_A = Map.of("t1", "monthly", "t2", List.of("crm", "erp", "shop"), "t3", 4, "p1", "yes",
            "p2", 30);

    @After
    public void close() {
        d.close();
    }

    @Test
    public void aProfileNamesAnAssignedCountryAndARegionInIt() {
        d.offer("sample-v1");
        // Eurostat writes Greece's regions EL..., not GR...
        var greek = d.assessments.start(Area.ANONYMOUS, new AssessmentRequest("sample", Language.EN, null,
                new Profile("GR", "EL30", null, null)));
        assertEquals(new Profile("GR", "EL30", null, null), greek.assessment().profile());
        var bad = assertThrows(ValidationException.class, () -> d.assessments.start(Area.ANONYMOUS,
                new AssessmentRequest("sample", Language.EN, null, new Profile("XX", null, null, null))));
        assertEquals("profile.country", bad.fieldErrors().get(0).field());
        assertEquals("doit être un code de pays ISO 3166-1 de deux lettres majuscules, tel que PT",
                bad.fieldErrors().get(0).text().resolve(Language.FR).orElseThrow());
    }

    @Test
    public void anAnonymousRespondentSavesResumesAndSubmitsByTheLinkAlone() {
        d.offer("sample-v1");
        var started = d.assessments.start(Area.ANONYMOUS, new AssessmentRequest("sample", Language.PT, null,
                new Profile("pt", "pt16", "62.01", "Micro")));
        String token = started.token();
        assertEquals(new Profile("PT", "PT16", "62.01", "micro"), started.assessment().profile());
        d.assessments.saveAnswers(token, Map.of("t1", "monthly", "t2", List.of("shop", "crm")));
        // another visit, the link only: the answers are there, the multiple choice in the question's order
        var resumed = d.assessments.byToken(token);
        assertEquals(Map.of("t1", "monthly", "t2", "crm,shop"), resumed.answers());
        // a change and an erasure
        Map<String, Object> more = new HashMap<>(Map.of("t3", 4, "p1", "yes", "p2", 30, "t2", List.of("crm", "erp", "shop")));
        d.assessments.saveAnswers(token, more);
        Map<String, Object> erase = new HashMap<>();
        erase.put("t3", null);
        assertEquals(4, d.assessments.saveAnswers(token, erase).answers().size());
        AssessmentResult r = d.assessments.submit(token);
        assertEquals(AssessmentStatus.SUBMITTED, r.assessment().status());
        // without the optional t3: tools = 100 × (2/3 + 1) / 3 = 55.6; people 62.5; overall = (55.56 + 187.5) / 4 = 60.8
        assertEquals(new BigDecimal("55.6"), r.dimensions().get(0).score());
        assertEquals(new BigDecimal("60.8"), r.overall());
        assertEquals("mid", r.level().code());
        assertEquals(r.overall(), d.assessments.result(token).overall());
        // frozen
        var frozen = assertThrows(ConflictException.class, () -> d.assessments.saveAnswers(token, Map.of("t1", "daily")));
        assertEquals("the assessment is submitted: its answers and scores no longer change", frozen.getMessage());
        assertEquals("a avaliação já foi submetida: as suas respostas e pontuações já não mudam", frozen.detail(Language.PT));
        assertThrows(ConflictException.class, () -> d.assessments.submit(token));
        var unknown = assertThrows(NotFoundException.class, () -> d.assessments.byToken(token.substring(1) + "x"));
        assertEquals("No assessment '(this link)'.", unknown.getMessage());
        assertEquals("Aucune évaluation ne correspond à ce lien.", unknown.detail(Language.FR));
        assertEquals("Ninguna evaluación corresponde a este enlace.", unknown.detail(Language.ES));
    }

    @Test
    public void aBadAnswerSavesNothingAndSubmittingNamesTheMissingQuestions() {
        d.offer("sample-v1");
        String token = d.assessments.start(Area.ANONYMOUS, new AssessmentRequest("sample", Language.EN, null, null)).token();
        d.assessments.saveAnswers(token, Map.of("t1", "daily"));
        var bad = assertThrows(ValidationException.class, () -> d.assessments.saveAnswers(token, Map.of("p2", 40, "t3", 9)));
        assertEquals(List.of("answers.t3"), bad.fieldErrors().stream().map(f -> f.field()).toList());
        // the reason reaches a caller in its language, where a translation of "invalid-answer" would lose it
        assertEquals("must be a whole number from 1 to 5, not 9", bad.fieldErrors().get(0).detail());
        assertEquals("doit être un nombre entier de 1 à 5, et non 9", bad.fieldErrors().get(0).text().resolve(Language.FR).orElseThrow());
        assertEquals(Map.of("t1", "daily"), d.assessments.byToken(token).answers());
        var missing = assertThrows(ValidationException.class, () -> d.assessments.submit(token));
        assertEquals(List.of("answers.t2", "answers.p1", "answers.p2"), missing.fieldErrors().stream().map(f -> f.field()).toList());
        assertEquals("is required: answer it before submitting (\"not-relevant\" is accepted)", missing.fieldErrors().get(0).detail());
        assertEquals("é obrigatória: responda-lhe antes de submeter (aceita-se «not-relevant»)",
                missing.fieldErrors().get(0).text().resolve(Language.PT).orElseThrow());
        assertEquals("es obligatoria: respóndala antes de enviar", missing.fieldErrors().get(2).text().resolve(Language.ES).orElseThrow());
        assertEquals(AssessmentStatus.DRAFT, d.assessments.byToken(token).status());
        assertEquals(0, d.count("dia_score"));
    }

    @Test
    public void aNewVersionLeavesOldScoresAsTheyWereAndAVersionCannotChangeUnderItsNumber() {
        d.offer("sample-v1");
        long company = d.company("62.01", SizeClass.SMALL).id();
        AssessmentResult old = d.submit("sample", company, null, SET_A);
        assertEquals(new BigDecimal("62.0"), old.overall());
        String draft = d.assessments.start(Area.ANONYMOUS, new AssessmentRequest("sample", Language.EN, null, null)).token();
        d.offer("sample-v2");
        AssessmentResult renewed = d.submit("sample", company, null, SET_A);
        assertEquals(2, renewed.questionnaire().version());
        assertEquals(new BigDecimal("64.2"), renewed.overall());
        // the old one still reads version 1 and its score
        AssessmentResult again = d.assessments.result(Area.ADMIN, old.assessment().id());
        assertEquals(1, again.questionnaire().version());
        assertEquals(new BigDecimal("62.0"), again.overall());
        // a draft started on version 1 is answered and scored on version 1
        d.assessments.saveAnswers(draft, SET_A);
        assertEquals(new BigDecimal("62.0"), d.assessments.submit(draft).overall());
        // version 1 with other content is refused: old results would no longer match their questionnaire
        byte[] changed = new String(Diagnostics.resource("sample-v2")).replace("\"version\": 2", "\"version\": 1").getBytes();
        var refused = assertThrows(ConflictException.class, () -> d.registry.deploy("test:sample", changed));
        assertEquals("version 1 of questionnaire 'sample' was seen before with other content; raise \"version\" when questions, "
                + "scores or levels change", refused.getMessage());
        assertEquals("la versión 1 del cuestionario «sample» ya se vio antes con otro contenido; aumente «version» cuando cambien "
                + "las preguntas, las puntuaciones o los niveles", refused.detail(Language.ES));
        // the same file again is fine (a restart reads every bundle again)
        assertEquals(2, d.registry.deploy("test:sample", Diagnostics.resource("sample-v2")).version());
    }

    @Test
    public void evaluatorsAndCompaniesCannotSubmitACompletedAssessment() {
        d.offer("sample-v1");
        long company = d.company("62.01", SizeClass.SMALL).id();
        var member = new org.cybersudoe.core.security.Caller("acme", java.util.EnumSet.of(org.cybersudoe.core.security.Role.COMPANY),
                java.util.Optional.empty());
        for (var caller : List.of(Area.EVALUATOR, member, Area.ANONYMOUS)) {
            for (Long companyId : java.util.Arrays.asList(null, company)) {
                var denied = assertThrows(AccessDeniedException.class, () -> d.assessments.submitComplete(caller,
                        new AssessmentRequest("sample", Language.PT, companyId, new Profile("PT", null, null, null)), SET_A, null));
                assertEquals("submitting a completed assessment needs a partner account", denied.getMessage());
                assertEquals("submeter uma avaliação completa requer uma conta de parceiro", denied.detail(Language.PT));
            }
        }
        assertEquals(0, d.count("dia_assessment"));
        assertEquals(0, d.count("dia_score"));
        // the partners' accounts still can
        assertEquals(new BigDecimal("62.0"), d.assessments.submitComplete(Area.CYBERMASSIF_ADMIN,
                new AssessmentRequest("sample", Language.PT, null, new Profile("PT", null, null, null)), SET_A, null).overall());
    }

    @Test
    public void aMultipleChoiceIsAListExceptFromARegionalSystem() {
        d.offer("sample-v1");
        String token = d.assessments.start(Area.ANONYMOUS, new AssessmentRequest("sample", Language.EN, null, null)).token();
        var joined = assertThrows(ValidationException.class, () -> d.assessments.saveAnswers(token, Map.of("t2", "crm,shop")));
        assertEquals("answers.t2", joined.fieldErrors().get(0).field());
        assertEquals("must be a list of option codes from crm, erp, shop, none", joined.fieldErrors().get(0).detail());
        assertEquals(Map.of(), d.assessments.byToken(token).answers());
        // SOAP's answer values are texts: there, option codes separated by commas are the list
        Map<String, Object> soap = new HashMap<>(SET_A);
        soap.put("t2", "crm,erp,shop");
        assertEquals(new BigDecimal("62.0"), d.submit("sample", null, Profile.UNKNOWN, soap).overall());
    }

    @Test
    public void onlyTheStaffOfTheCompanysPartnerLinkAnAssessmentToIt() throws Exception {
        d.offer("sample-v1");
        long company = d.company("62.01", SizeClass.SMALL).id();
        var req = new AssessmentRequest("sample", Language.FR, company, null);
        assertThrows(AccessDeniedException.class, () -> d.assessments.start(Area.ANONYMOUS, req));
        assertThrows(AccessDeniedException.class, () -> d.assessments.start(Area.FIB_STAFF, req));
        var started = d.assessments.start(Area.CYBERMASSIF_STAFF, req);
        // the directory's record is the profile, whatever the request said
        assertEquals(new Profile("FR", "FR72", "62.01", "small"), started.assessment().profile());
        assertEquals("cybermassif", started.assessment().partner());
    }

    @Test
    public void regionalSystemsSubmittingAtOnceAllGetTheirScoresAndEachCompanyHasOneNewest() throws Exception {
        d.offer("sample-v1");
        int clients = 8;
        int each = 40;
        List<Long> companies = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            companies.add(d.company("62.01", SizeClass.SMALL).id());
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<BigDecimal>>> submitted = new ArrayList<>();
            for (long company : companies) {
                submitted.add(pool.submit(() -> {
                    List<BigDecimal> overall = new ArrayList<>();
                    for (int n = 0; n < each; n++) {
                        overall.add(d.submit("sample", company, null, SET_A).overall());
                    }
                    return overall;
                }));
            }
            for (Future<List<BigDecimal>> f : submitted) {
                assertEquals(java.util.Collections.nCopies(each, new BigDecimal("62.0")), f.get(2, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(clients * each, d.count("dia_assessment"));
        // read back from the database: one newest assessment per company, whatever the interleaving
        assertEquals(Integer.valueOf(clients), d.peers.recompute(Area.ADMIN).get("sample"));
    }

    @Test
    public void weakDimensionsPointToTheThemesNextOpenEventsReadAgainAfterAMinute() throws Exception {
        d.offer("sample-v1");
        Questionnaire q = d.registry.current("sample").orElseThrow();
        Event later = open(Drafts.event(20, 30));
        AtomicLong clock = new AtomicLong();
        Recommender recommender = new Recommender(null, d.engagement.events, clock::get);
        List<DimensionScore> scores = List.of(new DimensionScore("tools", new BigDecimal("20.0")),
                new DimensionScore("people", new BigDecimal("80.0")));
        List<Recommendation> first = recommender.recommend(q, scores, Language.EN, 50, 3);
        // only the weak dimension, with the theme's open event in the respondent's language
        assertEquals(1, first.size());
        assertEquals("tools", first.get(0).dimension());
        assertEquals(List.of(later.id()), first.get(0).events().stream().map(Recommendation.UpcomingEvent::id).toList());
        assertEquals("Security: protecting your company", first.get(0).events().get(0).title());
        assertEquals("Clermont-Ferrand", first.get(0).events().get(0).city());

        // an event opened meanwhile shows from the next minute, soonest first
        Event sooner = open(Drafts.event(20, 10));
        clock.addAndGet(TimeUnit.SECONDS.toNanos(30));
        assertEquals(1, recommender.recommend(q, scores, Language.EN, 50, 3).get(0).events().size());
        clock.addAndGet(TimeUnit.SECONDS.toNanos(31));
        assertEquals(List.of(sooner.id(), later.id()), recommender.recommend(q, scores, Language.EN, 50, 3).get(0).events().stream()
                .map(Recommendation.UpcomingEvent::id).toList());
    }

    private Event open(EventDraft draft) {
        Event e = d.engagement.events.create(Area.CYBERMASSIF_STAFF, draft);
        return d.engagement.events.changeStatus(Area.CYBERMASSIF_STAFF, e.id(), e.version(), EventStatus.OPEN);
    }

    @Test
    public void theResultPrintsInTheRespondentsLanguageWithItsChartAndAdvice() throws Exception {
        d.offer("sample-v1");
        var answers = new HashMap<String, Object>(Map.of("t1", "never", "t2", List.of("none"), "p1", "no", "p2", 60));
        var started = d.assessments.start(Area.ANONYMOUS, new AssessmentRequest("sample", Language.PT, null, null));
        d.assessments.saveAnswers(started.token(), answers);
        AssessmentResult r = d.assessments.submit(started.token());
        // tools 0.0 is weak: its advice comes in Portuguese
        assertEquals(1, r.recommendations().size());
        assertEquals("Equipe-se.", r.recommendations().get(0).advice());
        byte[] pdf = d.assessments.pdf(r);
        String text;
        try (var doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        assertTrue(text, text.contains("Exemplo"));
        assertTrue(text, text.contains("Pontuação global: " + r.overall().toPlainString().replace('.', ',') + " / 100"));
        assertTrue(text, text.contains("Ferramentas"));
        assertTrue(text, text.contains("Recomendações"));
        assertTrue(text, text.contains("página 1 / 1"));
        String svg = d.assessments.radarSvg(r);
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes("UTF-8")));
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        assertTrue(svg, svg.contains("Ferramentas (0,0)"));
        Files.write(Path.of("target/sample-result.svg"), svg.getBytes("UTF-8"));
        assertNotEquals(0, pdf.length);
    }

    /** Every answer of the general questionnaire at its highest, or "not relevant" wherever that is accepted. */
    private Map<String, Object> generalAnswers(boolean notRelevant) throws Exception {
        d.registry.deploy("test:general", Files.readAllBytes(Path.of(Diagnostics.GENERAL_FILE)));
        Map<String, Object> answers = new HashMap<>();
        d.registry.current("general").orElseThrow().questions().forEach(question -> answers.put(question.code(),
                notRelevant && question.notRelevantAllowed() ? "not-relevant" : switch (question.type()) {
                    case SINGLE, YES_NO -> question.options().get(question.options().size() - 1).code();
                    case MULTIPLE -> List.of(question.options().get(0).code());
                    case SCALE -> question.max();
                    case NUMBER -> question.min();
                }));
        return answers;
    }

    @Test
    public void thePdfNamesTheQuestionnaireByItsTitleAndWritesScoresAsTheReaderDoes() throws Exception {
        Map<String, Object> answers = generalAnswers(false);
        Map<Language, String> versionLines = Map.of(Language.PT, "Questionário «Diagnóstico de maturidade digital», versão 1.",
                Language.ES, "Cuestionario «Diagnóstico de madurez digital», versión 1.",
                Language.FR, "Questionnaire « Diagnostic de maturité numérique », version 1.",
                Language.EN, "Questionnaire “Digital maturity self-assessment”, version 1.");
        for (Language language : List.of(Language.PT, Language.ES, Language.FR, Language.EN)) {
            var result = d.assessments.submitComplete(Area.CYBERMASSIF_STAFF, new AssessmentRequest("general", language, null, null),
                    answers, null);
            String text;
            try (var doc = Loader.loadPDF(d.assessments.pdf(result))) {
                text = new PDFTextStripper().getText(doc);
            }
            assertTrue(text, text.contains(versionLines.get(language)));
            assertFalse(text, text.contains(" general,"));
            String overall = result.overall().setScale(1).toPlainString();
            String written = language == Language.EN ? overall : overall.replace('.', ',');
            assertTrue(language + ": " + text, text.contains(" " + written + " / 100"));
            // every dimension's score under its bar, in the same writing
            for (var score : result.dimensions()) {
                String s = score.score().setScale(1).toPlainString();
                assertTrue(text, text.contains(language == Language.EN ? s : s.replace('.', ',')));
            }
        }
    }

    @Test
    public void everyRadarLabelFitsInThePictureInEachLanguage() throws Exception {
        for (boolean notRelevant : List.of(false, true)) {
            Map<String, Object> answers = generalAnswers(notRelevant);
            for (Language language : List.of(Language.FR, Language.ES, Language.PT, Language.EN)) {
                var result = d.assessments.submitComplete(Area.CYBERMASSIF_STAFF, new AssessmentRequest("general", language, null, null),
                        answers, null);
                String svg = d.assessments.radarSvg(result);
                Files.write(Path.of("target/general-result-" + language.code() + (notRelevant ? "-not-relevant" : "") + ".svg"),
                        svg.getBytes("UTF-8"));
                var root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new ByteArrayInputStream(svg.getBytes("UTF-8"))).getDocumentElement();
                String[] box = root.getAttribute("viewBox").split(" ");
                double width = Double.parseDouble(box[2]);
                double height = Double.parseDouble(box[3]);
                var texts = root.getElementsByTagName("text");
                List<String> labels = new ArrayList<>();
                for (int i = 0; i < texts.getLength(); i++) {
                    var text = (org.w3c.dom.Element) texts.item(i);
                    String anchor = text.getAttribute("text-anchor").isEmpty() ? "start" : text.getAttribute("text-anchor");
                    double size = text.getAttribute("font-size").isEmpty() ? 12 : Double.parseDouble(text.getAttribute("font-size"));
                    var spans = text.getElementsByTagName("tspan");
                    List<org.w3c.dom.Element> lines = new ArrayList<>();
                    for (int l = 0; l < spans.getLength(); l++) {
                        lines.add((org.w3c.dom.Element) spans.item(l));
                    }
                    if (lines.isEmpty()) {
                        lines.add(text);
                    }
                    StringBuilder label = new StringBuilder();
                    for (var line : lines) {
                        String content = line.getTextContent();
                        double x = Double.parseDouble(line.getAttribute("x"));
                        double y = Double.parseDouble(line.getAttribute("y"));
                        double w = estimatedWidth(content, size);
                        double left = switch (anchor) {
                            case "end" -> x - w;
                            case "middle" -> x - w / 2;
                            default -> x;
                        };
                        String where = language + " '" + content + "' from " + left + " to " + (left + w) + " at " + y + " in " + width
                                + " × " + height;
                        assertTrue(where, left >= 0 && left + w <= width);
                        assertTrue(where, y - size >= 0 && y + size / 4 <= height);
                        label.append(label.length() == 0 ? "" : " ").append(content);
                    }
                    labels.add(label.toString());
                }
                // each dimension is still named, with its score whole
                for (var dimension : result.questionnaire().dimensions()) {
                    String title = dimension.title().resolve(language).orElseThrow();
                    var score = result.dimensions().stream().filter(x -> x.dimension().equals(dimension.code())).findFirst().orElseThrow();
                    String value = score.score() == null ? org.cybersudoe.core.i18n.Messages.of(AssessmentsTest.class, "OSGI-INF/l10n/result")
                            .get(language, "notRelevant") : score.score().setScale(1).toPlainString();
                    String written = language == Language.EN || score.score() == null ? value : value.replace('.', ',');
                    assertTrue(labels.toString(), labels.stream().anyMatch(l -> l.startsWith(title.split(" ")[0])
                            && l.endsWith("(" + written + ")")));
                }
            }
        }
    }

    /**
     * The width of a line in a common sans-serif face (Helvetica and Arial's advances, in em, by kind of
     * character), independent of the estimate the chart lays its labels out with.
     */
    private static double estimatedWidth(String text, double size) {
        double em = 0;
        for (char c : text.toCharArray()) {
            if ("iljI.,;:'!|".indexOf(c) >= 0) {
                em += 0.28;
            } else if ("ftr()- ".indexOf(c) >= 0) {
                em += 0.34;
            } else if ("mwMW".indexOf(c) >= 0) {
                em += 0.85;
            } else if (Character.isUpperCase(c)) {
                em += 0.72;
            } else if (c == '…') {
                em += 1.0;
            } else {
                em += 0.56;
            }
        }
        return em * size;
    }

    @Test
    public void theGeneralQuestionnaireDrawsARadarOfSixAxes() throws Exception {
        d.registry.deploy("test:general", Files.readAllBytes(Path.of(Diagnostics.GENERAL_FILE)));
        var q = d.registry.current("general").orElseThrow();
        Map<String, Object> answers = new HashMap<>();
        q.questions().forEach(question -> answers.put(question.code(), switch (question.type()) {
            case SINGLE, YES_NO -> question.options().get(question.options().size() - 1).code();
            case MULTIPLE -> List.of(question.options().get(0).code());
            case SCALE -> question.max();
            case NUMBER -> question.min();
        }));
        AssessmentResult r = d.submit("general", null, Profile.UNKNOWN, answers);
        assertEquals(6, r.dimensions().size());
        String svg = d.assessments.radarSvg(r);
        assertEquals(6, svg.split("<line ").length - 1);
    }
}
