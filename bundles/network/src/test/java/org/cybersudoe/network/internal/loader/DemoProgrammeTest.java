package org.cybersudoe.network.internal.loader;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.cybersudoe.core.error.FieldError;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.network.Meeting;
import org.cybersudoe.network.MeetingKind;
import org.cybersudoe.network.MeetingQuery;
import org.cybersudoe.network.MembershipStatus;
import org.cybersudoe.network.Programme;
import org.cybersudoe.network.ReminderState;
import org.cybersudoe.network.Structure;
import org.cybersudoe.network.StructureQuery;
import org.cybersudoe.network.internal.Callers;
import org.cybersudoe.network.internal.CommitteeServiceImpl;
import org.cybersudoe.network.internal.MeetingServiceImpl;
import org.cybersudoe.network.internal.ProgrammeServiceImpl;
import org.cybersudoe.network.internal.StructureServiceImpl;
import org.cybersudoe.network.internal.TestDatabase;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** Loads the real files of the demo bundle (bundles/demo-cybersudoe), twice. */
public class DemoProgrammeTest {

    private static final Path DEMO = Path.of("target", "test-classes", "demo", "META-INF", "cybersudoe", "programme");

    private static TestDatabase database;
    private static ProgrammeLoader loader;
    private static Map<String, Long> afterFirstLoad;
    private static List<Structure> structuresAfterFirstLoad;

    @BeforeClass
    public static void loadTwice() throws Exception {
        database = TestDatabase.fresh("demo");
        loader = new ProgrammeLoader(database.db);
        loadAll();
        afterFirstLoad = database.counts();
        structuresAfterFirstLoad = structures();
        loadAll();
    }

    private static void loadAll() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(DEMO)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertEquals(5, files.size());
        for (Path file : files) {
            URL url = file.toUri().toURL();
            assertTrue(file + " should load", ProgrammeExtender.loadFile(loader, file.getFileName().toString(), url));
        }
    }

    private static List<Structure> structures() {
        return new StructureServiceImpl(database.db).list(Callers.EVALUATOR, StructureQuery.all(), PageRequest.first()).items();
    }

    @AfterClass
    public static void close() {
        database.close();
    }

    @Test
    public void loadingTwiceChangesNothing() {
        assertEquals(afterFirstLoad, database.counts());
        assertEquals("same data and same versions", structuresAfterFirstLoad, structures());
        assertEquals(9L, (long) afterFirstLoad.get("net_structure"));
        assertEquals(9L, (long) afterFirstLoad.get("net_status_change"));
    }

    @Test
    public void theNinePartnersWithRegionsAndCopilotRoles() {
        List<Structure> partners = new StructureServiceImpl(database.db).list(Callers.EVALUATOR,
                new StructureQuery(MembershipStatus.PARTNER, null, null), PageRequest.first()).items();
        assertEquals(9, partners.size());
        assertEquals(Map.of("FR", 3L, "ES", 5L, "PT", 1L), partners.stream().collect(
                java.util.stream.Collectors.groupingBy(Structure::country, java.util.stream.Collectors.counting())));
        Structure lead = partners.stream().filter(Structure::leadPartner).findFirst().orElseThrow();
        assertEquals("cybermassif", lead.code());
        assertEquals(Set.of("GT1", "GT2", "GT3", "GT4", "GT5", "GT6"), lead.workPackages());
        assertEquals(List.of("FR63", "FR72", "FR81"), lead.nutsRegions());
        assertEquals(1, partners.stream().filter(Structure::leadPartner).count());
        Structure ciebi = partners.stream().filter(s -> s.code().equals("ciebi")).findFirst().orElseThrow();
        assertEquals(Set.of("GT4"), ciebi.workPackages());
        assertEquals(List.of("PT16"), ciebi.nutsRegions());
    }

    @Test
    public void bothCommitteesHaveOneDemoMemberPerPartner() {
        var committees = new CommitteeServiceImpl(database.db).list(Callers.EVALUATOR);
        assertEquals(List.of("steering", "technical"), committees.stream().map(c -> c.code()).toList());
        for (var c : committees) {
            assertEquals(9, c.members().size());
            assertEquals(9, c.members().stream().map(m -> m.structureCode()).distinct().count());
            assertTrue(c.members().stream().allMatch(m -> m.personName().startsWith("Demo ")));
            assertTrue(c.name().exact(org.cybersudoe.core.i18n.Language.PT).isPresent());
        }
    }

    @Test
    public void theSixSeminarsAndTheMonthlyWebConferences() {
        MeetingServiceImpl meetings = new MeetingServiceImpl(database.db, TestDatabase.config(15, 1024));
        List<Meeting> seminars = meetings.list(Callers.EVALUATOR, new MeetingQuery(null, MeetingKind.SEMINAR, null, null),
                PageRequest.first()).items();
        assertEquals(List.of("Clermont-Ferrand", "Toledo", "Lisboa", "Barcelona", "Pamplona", "Montpellier"),
                seminars.stream().map(Meeting::city).toList());
        assertEquals(LocalDate.of(2009, 9, 24), seminars.get(0).start().toLocalDate());
        assertEquals(Month.NOVEMBER, seminars.get(5).start().getMonth());
        assertEquals(2011, seminars.get(5).start().getYear());

        List<Meeting> webConferences = meetings.list(Callers.EVALUATOR,
                new MeetingQuery("technical", MeetingKind.WEB_CONFERENCE, null, null), PageRequest.first()).items();
        // July 2009 to December 2011 is 30 months, less three Augusts and three Decembers.
        assertEquals(24, webConferences.size());
        assertTrue(webConferences.stream().noneMatch(m -> m.start().getMonth() == Month.AUGUST
                || m.start().getMonth() == Month.DECEMBER));
        assertEquals(24, webConferences.stream().map(m -> java.time.YearMonth.from(m.start())).distinct().count());
        assertTrue(webConferences.stream().allMatch(m -> m.link().startsWith("https://")));

        // The launch seminar's press release falls due 15 days before it.
        var reminders = meetings.reminders(Callers.EVALUATOR, LocalDate.of(2009, 9, 9));
        assertEquals(6, reminders.size());
        assertEquals(LocalDate.of(2009, 9, 9), reminders.get(0).dueOn());
        assertEquals(ReminderState.DUE, reminders.get(0).state());
    }

    @Test
    public void budgetLinesAddUpToOneLessThanTheStatedTotalAndThatIsReported() {
        Programme p = new ProgrammeServiceImpl(database.db).get(Callers.EVALUATOR, "cybersudoe");
        assertEquals(List.of("GT0", "GT1", "GT2", "GT3", "GT4", "GT5", "GT6"),
                p.workPackages().stream().map(w -> w.code()).toList());
        assertEquals(0, new BigDecimal("794399").compareTo(p.workPackages().get(4).budget()));
        assertEquals(0, new BigDecimal("1641382").compareTo(p.budgetCheck().sumOfLines()));
        assertEquals(0, new BigDecimal("1641383").compareTo(p.budgetCheck().statedTotal()));
        assertEquals(0, BigDecimal.ONE.compareTo(p.budgetCheck().difference()));
        assertFalse(p.budgetCheck().consistent());
        assertTrue(p.budgetCheck().message(), p.budgetCheck().message().contains("1,641,382"));
        assertEquals(List.of("ciebi", "cybermassif"), p.workPackages().get(4).copilots());
        assertTrue(p.name().exact(org.cybersudoe.core.i18n.Language.ES).isPresent());
    }

    @Test
    public void aMalformedFileIsRefusedWholeNamingTheFields() {
        Map<String, Long> before = database.counts();
        String badFields = """
                {"structures": [
                  {"code": "new-hub", "name": {"en": "New hub"}, "status": "informed", "country": "ES",
                   "nutsRegions": ["ES30"], "colour": "blue"},
                  {"code": "other-hub", "name": {"en": "Other"}, "status": "member", "country": "Spain"}
                ]}""";
        ValidationException e = assertThrows(ValidationException.class, () -> load("bad-fields.json", badFields));
        List<String> fields = e.fieldErrors().stream().map(FieldError::field).toList();
        assertTrue(fields.toString(), fields.containsAll(List.of("structures[0].colour", "structures[1].status",
                "structures[1].country")));
        assertFalse(ProgrammeExtender.loadFile(loader, "bad-fields.json", dataUrl(badFields)));

        // Valid on its own, but its person names an unknown structure: the new structure is not kept either.
        String badReference = """
                {"structures": [{"code": "new-hub", "name": {"en": "New hub"}, "status": "informed", "country": "ES"}],
                 "people": [{"firstName": "Ana", "lastName": "Nadie", "structure": "no-such-hub",
                             "email": "ana@nowhere.example"}]}""";
        ValidationException ref = assertThrows(ValidationException.class, () -> load("bad-ref.json", badReference));
        assertEquals("people[0].structure", ref.fieldErrors().get(0).field());

        assertThrows(ValidationException.class, () -> load("broken.json", "{\"structures\": [ {\"code\": "));
        assertEquals(before, database.counts());
    }

    private static ProgrammeLoader.Result load(String name, String json) throws Exception {
        return loader.load(name, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static URL dataUrl(String json) {
        try {
            Path tmp = Files.createTempFile(Path.of("target"), "programme", ".json");
            Files.writeString(tmp, json);
            return tmp.toUri().toURL();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
