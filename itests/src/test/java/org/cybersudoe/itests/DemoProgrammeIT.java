package org.cybersudoe.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The CyberSudoe demo programme shipped with the distribution, as loaded at first start and
 * read over REST: nine partners, six seminars, monthly web conferences except in August and
 * December, each loaded once.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class DemoProgrammeIT extends CyberSudoeTestSupport {

    /** The programme ran from July 2009 to December 2011; tests schedule their meetings later. */
    static final String PROGRAMME_PERIOD = "from=2009-01-01&to=2011-12-31";

    @Before
    public void serverIsUp() {
        awaitHealthy();
    }

    @Test
    public void nineDemoPartnersLoadedOnce() {
        JsonNode page = page("/api/v1/network/structures?status=partner&limit=500");
        assertEquals("partners: " + page, 9, page.path("total").asInt());
        Set<String> codes = new TreeSet<>();
        page.path("items").forEach(s -> codes.add(s.path("code").asText()));
        assertEquals(new TreeSet<>(ShellIT.DEMO_PARTNERS), codes);
        long leads = 0;
        for (JsonNode s : page.path("items")) {
            leads += s.path("leadPartner").asBoolean() ? 1 : 0;
        }
        assertEquals("one lead partner", 1, leads);

        JsonNode programmes = page("/api/v1/network/programmes");
        assertEquals("one programme: " + programmes, 1, programmes.path("total").asInt());
    }

    @Test
    public void sixSeminarsInTheProgrammePeriod() {
        JsonNode seminars = page("/api/v1/network/meetings?kind=seminar&" + PROGRAMME_PERIOD + "&limit=500");
        assertEquals("seminars: " + seminars, 6, seminars.path("total").asInt());
        Set<String> distinct = new HashSet<>();
        seminars.path("items").forEach(m -> distinct.add(m.path("committee").asText() + "@" + month(m)));
        assertEquals("no seminar twice", 6, distinct.size());
    }

    @Test
    public void monthlyWebConferencesExceptAugustAndDecember() {
        JsonNode page = page("/api/v1/network/meetings?kind=web-conference&" + PROGRAMME_PERIOD + "&limit=500");
        List<YearMonth> months = new ArrayList<>();
        page.path("items").forEach(m -> months.add(month(m)));
        assertEquals("every web conference is listed", page.path("total").asInt(), months.size());

        Set<YearMonth> expected = new TreeSet<>();
        for (YearMonth m = YearMonth.of(2009, 7); !m.isAfter(YearMonth.of(2011, 12)); m = m.plusMonths(1)) {
            if (m.getMonthValue() != 8 && m.getMonthValue() != 12) {
                expected.add(m);
            }
        }
        assertEquals("one web conference a month, none in August or December, none twice: " + months,
                new ArrayList<>(expected), months.stream().sorted().toList());
        assertTrue(months.stream().noneMatch(m -> m.getMonthValue() == 8 || m.getMonthValue() == 12));
    }

    @Test
    public void listsAServiceHandsOverWholeArePagedAndSortedLikeTheOthers() {
        JsonNode lastTwo = page("/api/v1/network/programmes/cybersudoe/work-packages?sort=-code&limit=2");
        assertEquals("seven work packages, GT0 to GT6: " + lastTwo, 7, lastTwo.path("total").asInt());
        assertEquals(lastTwo.toString(), List.of("GT6", "GT5"), codes(lastTwo));
        JsonNode nextTwo = page("/api/v1/network/programmes/cybersudoe/work-packages?sort=-code&offset=2&limit=2");
        assertEquals(nextTwo.toString(), List.of("GT4", "GT3"), codes(nextTwo));
        assertEquals(List.of("technical", "steering"), codes(page("/api/v1/network/committees?sort=-code")));
        assertEquals(List.of("steering", "technical"), codes(page("/api/v1/network/committees?sort=code")));

        Answer unsortable = send("GET", "/api/v1/network/committees?sort=members", admin(), null, null,
                java.util.Map.of("Accept-Language", "fr"));
        assertEquals(unsortable.toString(), 400, unsortable.status());
        assertTrue("names sort and what it sorts by: " + unsortable, unsortable.problemFields().contains("sort")
                && unsortable.body().contains("code"));
    }

    private static List<String> codes(JsonNode page) {
        List<String> codes = new ArrayList<>();
        page.path("items").forEach(item -> codes.add(item.path("code").asText()));
        return codes;
    }

    private JsonNode page(String path) {
        Answer answer = get(path, admin());
        assertEquals(answer.toString(), 200, answer.status());
        return answer.json();
    }

    /** The month of a meeting's local start, written as text (2009-09-24T09:30) or as an array. */
    static YearMonth month(JsonNode meeting) {
        JsonNode start = meeting.path("start");
        if (start.isArray()) {
            return YearMonth.of(start.get(0).asInt(), start.get(1).asInt());
        }
        return YearMonth.parse(start.asText().substring(0, 7));
    }
}
