package org.cybersudoe.engagement.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.engagement.EventQuery;
import org.cybersudoe.engagement.EventStatus;
import org.cybersudoe.engagement.MissionQuery;
import org.cybersudoe.engagement.PartnerPlan;
import org.cybersudoe.engagement.internal.demo.DemoGenerator;
import org.cybersudoe.engagement.internal.jpa.PlanTargetEntity;
import org.junit.Test;

public class DemoGeneratorTest {

    private static final DemoGenerator.Settings SMALL = new DemoGenerator.Settings(7, 40, 12, 20, LocalDate.of(2010, 1, 11),
            LocalDate.of(2011, 11, 30));

    @Test
    public void itFillsEveryPartnerWithEventsAttendanceAndMissionsAgainstItsTargets() {
        try (Area area = Area.fresh("demo")) {
            targets(area);
            DemoGenerator.Outcome o = generator(area).generate(SMALL, () -> true);
            assertEquals(3, o.partners());
            assertEquals(60, o.events());
            assertEquals(120, o.companies());
            for (PartnerPlan p : area.plans.plans(Area.EVALUATOR)) {
                assertEquals(p.partner(), 17, p.eventsHeld());
                assertEquals(p.partner(), 3, p.eventsPlanned());
                assertEquals(p.partner(), p.missionsTarget() * 7 / 10, p.missionsDone());
                assertTrue(p.partner(), p.companiesReached() > 0 && p.companiesReached() <= 40);
                assertTrue(p.eventsByTheme().toString(), p.eventsByTheme().values().stream().allMatch(n -> n >= 2 && n <= 5));
            }
            // open events take registrations; held ones carry their attendance
            var open = area.events.events(Area.ANONYMOUS, new EventQuery("fib", null, EventStatus.OPEN, null, null),
                    new PageRequest(0, 10, List.of()));
            assertEquals(2, open.total());
            var held = area.events.events(Area.EVALUATOR, new EventQuery(null, null, EventStatus.HELD, null, null),
                    new PageRequest(0, 100, List.of()));
            assertTrue(held.items().stream().allMatch(e -> e.companiesAttended() > 0 && e.confirmed() >= e.companiesAttended()));
            long reported = area.missions.missions(Area.EVALUATOR, new MissionQuery("ciebi", null, null,
                    org.cybersudoe.engagement.MissionStatus.REPORTED), new PageRequest(0, 1, List.of())).total();
            assertEquals(52, reported);
            long missionId = area.missions.missions(Area.EVALUATOR, new MissionQuery("ciebi", null, null,
                    org.cybersudoe.engagement.MissionStatus.REPORTED), new PageRequest(0, 1, List.of())).items().get(0).id();
            assertEquals(org.cybersudoe.core.i18n.Language.PT, area.missions.report(Area.EVALUATOR, missionId).orElseThrow().language());
        }
    }

    @Test
    public void theSameSeedGivesTheSameProgramme() {
        List<String> first;
        try (Area area = Area.fresh("demo-a")) {
            targets(area);
            generator(area).generate(SMALL, () -> true);
            first = fingerprint(area);
        }
        try (Area area = Area.fresh("demo-b")) {
            targets(area);
            generator(area).generate(SMALL, () -> true);
            assertEquals(first, fingerprint(area));
        }
    }

    @Test
    public void aGenerationStoppedHalfWayIsCompletedByTheNextRunAsIfItHadNotStopped() {
        List<String> whole;
        try (Area area = Area.fresh("demo-whole")) {
            targets(area);
            generator(area).generate(SMALL, () -> true);
            whole = fingerprint(area);
        }
        try (Area area = Area.fresh("demo-stopped")) {
            targets(area);
            int[] asked = {0};
            // the area stops after the first partner is written
            DemoGenerator.Outcome first = generator(area).generate(SMALL, () -> asked[0]++ == 0);
            assertEquals(1, first.partners());
            assertEquals(20, area.events.events(Area.ADMIN, EventQuery.all(), new PageRequest(0, 1, List.of())).total());
            DemoGenerator.Outcome rest = generator(area).generate(SMALL, () -> true);
            assertEquals("only the partners left", 2, rest.partners());
            assertEquals(whole, fingerprint(area));
            assertEquals("a third run has nothing left to do", 0, generator(area).generate(SMALL, () -> true).partners());
            assertEquals(whole, fingerprint(area));
        }
    }

    private static List<String> fingerprint(Area area) {
        return area.events.events(Area.ADMIN, EventQuery.all(), new PageRequest(0, 100, List.of())).items().stream()
                .map(e -> e.partner() + e.start().toLocalDate() + e.themes() + e.confirmed() + "/" + e.companiesAttended()).toList();
    }

    private static DemoGenerator generator(Area area) {
        return new DemoGenerator(area.db, Area.structures(), Area.themes(), area.directory, area.imports);
    }

    private static void targets(Area area) {
        area.db.tx(em -> {
            for (String[] t : new String[][] {{"FR", "100"}, {"ES", "75"}, {"PT", "75"}}) {
                PlanTargetEntity e = new PlanTargetEntity();
                e.country = t[0];
                e.events = 20;
                e.missions = Integer.parseInt(t[1]);
                em.persist(e);
            }
            return null;
        });
    }
}
