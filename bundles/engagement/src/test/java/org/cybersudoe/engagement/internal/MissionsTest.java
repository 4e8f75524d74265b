package org.cybersudoe.engagement.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.ConflictException;
import org.cybersudoe.core.error.FieldError;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.engagement.CompanyHistory;
import org.cybersudoe.engagement.Mission;
import org.cybersudoe.engagement.MissionDraft;
import org.cybersudoe.engagement.MissionQuery;
import org.cybersudoe.engagement.MissionReport;
import org.cybersudoe.engagement.MissionStatus;
import org.cybersudoe.engagement.PartnerPlan;
import org.cybersudoe.engagement.PlanTarget;
import org.cybersudoe.engagement.Registration;
import org.cybersudoe.engagement.ReportDraft;
import org.cybersudoe.engagement.ReportStatus;
import org.cybersudoe.engagement.internal.jpa.PlanTargetEntity;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class MissionsTest {

    private Area area;
    private long companyId;

    @Before
    public void open() {
        area = Area.fresh("missions");
        var e = area.events.create(Area.CYBERMASSIF_STAFF, Drafts.event(20, 30));
        area.events.changeStatus(Area.CYBERMASSIF_STAFF, e.id(), e.version(), org.cybersudoe.engagement.EventStatus.OPEN);
        Registration r = area.events.register(Area.ANONYMOUS, e.id(), Drafts.registrant(1, Language.PT));
        companyId = r.companyId();
    }

    @After
    public void close() {
        area.close();
    }

    private MissionDraft draft(LocalDate start) {
        return new MissionDraft(companyId, "cybermassif", "Rui Sousa", start, start, new BigDecimal("1"), Set.of("is-security"),
                Language.PT);
    }

    private Mission done() {
        Mission m = area.missions.create(Area.CYBERMASSIF_STAFF, draft(LocalDate.now().minusDays(2)));
        assertEquals(MissionStatus.PLANNED, m.status());
        return area.missions.changeStatus(Area.CYBERMASSIF_STAFF, m.id(), m.version(), MissionStatus.DONE);
    }

    @Test
    public void aMissionWithoutPartnerIsAFieldToNameNotAScopeToRefuse() {
        MissionDraft empty = new MissionDraft(null, null, null, null, null, null, null, null);
        for (var caller : List.of(Area.CYBERMASSIF_STAFF, Area.EVALUATOR)) {
            ValidationException e = assertThrows(ValidationException.class, () -> area.missions.create(caller, empty));
            assertEquals(List.of("partner", "companyId", "consultantDays", "themes", "language"),
                    e.fieldErrors().stream().map(FieldError::field).toList());
        }
        Mission m = area.missions.create(Area.CYBERMASSIF_STAFF, draft(LocalDate.now()));
        ValidationException update = assertThrows(ValidationException.class,
                () -> area.missions.update(Area.CYBERMASSIF_STAFF, m.id(), m.version(), empty));
        assertTrue(update.fieldErrors().toString(), update.fieldErrors().stream().anyMatch(x -> x.field().equals("partner")));
        assertEquals(1, area.count("eng_mission"));
    }

    @Test
    public void badMissionsAreRefusedNamingTheFields() {
        MissionDraft bad = new MissionDraft(999_999L, "nowhere", null, LocalDate.now(), LocalDate.now().minusDays(1),
                new BigDecimal("0.3"), Set.of(), null);
        ValidationException e = assertThrows(ValidationException.class, () -> area.missions.create(Area.ADMIN, bad));
        assertTrue(e.fieldErrors().toString(), e.fieldErrors().stream().map(FieldError::field).toList()
                .containsAll(List.of("partner", "companyId", "end", "consultantDays", "themes", "language")));
        FieldError days = e.fieldErrors().stream().filter(x -> x.field().equals("consultantDays")).findFirst().orElseThrow();
        assertEquals("must be a positive number of days in halves (0.5 to 30)", days.detail());
        assertEquals("deve ser um número positivo de dias, em múltiplos de meio dia (de 0.5 a 30)",
                days.text().resolve(Language.PT).orElseThrow());
        assertEquals(0, area.count("eng_mission"));
        assertThrows(AccessDeniedException.class, () -> area.missions.create(Area.FIB_STAFF, draft(LocalDate.now())));
    }

    @Test
    public void aReportIsWrittenOnceDoneSignedOffByThePartnersAdminAndThenFrozen() throws Exception {
        Mission planned = area.missions.create(Area.CYBERMASSIF_STAFF, draft(LocalDate.now().plusDays(5)));
        assertThrows(ConflictException.class, () -> area.missions.writeReport(Area.CYBERMASSIF_STAFF, planned.id(), report(), null));
        ConflictException tooEarly = assertThrows(ConflictException.class,
                () -> area.missions.changeStatus(Area.CYBERMASSIF_STAFF, planned.id(), planned.version(), MissionStatus.DONE));
        assertEquals("A planned mission cannot become done (it needs a start date that has come).", tooEarly.getMessage());
        assertEquals("Une mission à l’état « planned » ne peut pas passer à l’état « done » (sa date de début doit être arrivée).",
                tooEarly.detail(Language.FR));

        Mission m = done();
        assertThrows(AccessDeniedException.class, () -> area.missions.writeReport(Area.FIB_STAFF, m.id(), report(), null));
        ValidationException empty = assertThrows(ValidationException.class, () -> area.missions.writeReport(Area.CYBERMASSIF_STAFF,
                m.id(), new ReportDraft("", "x", null, List.of("ok", " ")), null));
        assertEquals(List.of("situation", "recommendations", "specification[1]"),
                empty.fieldErrors().stream().map(FieldError::field).toList());
        assertEquals("une exigence tient sur une seule ligne d’au plus 2000 caractères",
                empty.fieldErrors().get(2).text().resolve(Language.FR).orElseThrow());
        MissionReport first = area.missions.writeReport(Area.CYBERMASSIF_STAFF, m.id(), report(), null);
        assertEquals(Language.PT, first.language());
        assertEquals(ReportStatus.DRAFT, first.status());

        assertEquals("the first draft sent again without a version (its answer lost) is answered as it is", first,
                area.missions.writeReport(Area.CYBERMASSIF_STAFF, m.id(), report(), null));
        // a rewrite names the version it read, so that nobody's changes are overwritten unseen
        ValidationException noVersion = assertThrows(ValidationException.class,
                () -> area.missions.writeReport(Area.CYBERMASSIF_STAFF, m.id(), revised(), null));
        assertEquals("version", noVersion.fieldErrors().get(0).field());
        assertEquals("the same draft sent again changes nothing", first,
                area.missions.writeReport(Area.CYBERMASSIF_STAFF, m.id(), report(), first.version()));
        MissionReport draft = area.missions.writeReport(Area.CYBERMASSIF_STAFF, m.id(), revised(), first.version());
        assertEquals(first.version() + 1, draft.version());
        assertEquals("the rewrite retried with the version it was sent with, once applied, is no conflict", draft,
                area.missions.writeReport(Area.CYBERMASSIF_STAFF, m.id(), revised(), first.version()));
        ConflictException stale = assertThrows(ConflictException.class,
                () -> area.missions.writeReport(Area.CYBERMASSIF_STAFF, m.id(), report(), first.version()));
        assertEquals("Outra pessoa alterou o relatório entretanto (versão " + draft.version() + ", não "
                + first.version() + "): leia-o de novo antes de o reescrever.", stale.detail(Language.PT));
        assertEquals(draft.version(), area.missions.report(Area.EVALUATOR, m.id()).orElseThrow().version());

        // staff write, only the partner's admins sign off
        AccessDeniedException notAdmin = assertThrows(AccessDeniedException.class,
                () -> area.missions.signOff(Area.CYBERMASSIF_STAFF, m.id(), draft.version()));
        assertEquals("Signing a report off is for the partner's admins.", notAdmin.getMessage());
        assertEquals("Solo los administradores del socio pueden validar un informe.", notAdmin.detail(Language.ES));
        assertEquals("Só os administradores do parceiro podem validar um relatório.", notAdmin.detail(Language.PT));
        assertThrows(ConflictException.class, () -> area.missions.signOff(Area.CYBERMASSIF_ADMIN, m.id(), draft.version() - 1));
        MissionReport signed = area.missions.signOff(Area.CYBERMASSIF_ADMIN, m.id(), draft.version());
        assertEquals("claude", signed.signedOffBy());
        assertEquals(MissionStatus.REPORTED, area.missions.mission(Area.EVALUATOR, m.id()).status());
        assertThrows(ConflictException.class,
                () -> area.missions.writeReport(Area.CYBERMASSIF_STAFF, m.id(), report(), signed.version()));

        try (PDDocument pdf = Loader.loadPDF(area.missions.reportPdf(Area.EVALUATOR, m.id()))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text, text.contains("Entreprise 1"));
            assertTrue(text, text.contains("Faturação em papel, sem cópias de segurança."));
            assertTrue(text, text.contains("Cópias de segurança diárias cifradas, fora das instalações."));
            assertTrue(text, text.contains("claude"));
        }
    }

    @Test
    public void anUpdateThatChangesNothingKeepsTheVersion() {
        LocalDate start = LocalDate.now().plusDays(5);
        Mission m = area.missions.create(Area.CYBERMASSIF_STAFF, draft(start));
        Mission read = area.missions.mission(Area.CYBERMASSIF_STAFF, m.id());
        // the same content again (one day written "1" where "1.0" is stored): no conflict for whoever holds the version read
        Mission same = area.missions.update(Area.CYBERMASSIF_STAFF, m.id(), read.version(), draft(start));
        assertEquals(read, same);
        assertEquals(read, area.missions.mission(Area.CYBERMASSIF_STAFF, m.id()));

        MissionDraft d = draft(start);
        Mission longer = area.missions.update(Area.CYBERMASSIF_STAFF, m.id(), read.version(), new MissionDraft(d.companyId(),
                d.partner(), d.consultant(), d.start(), d.end(), new BigDecimal("1.5"), d.themes(), d.language()));
        assertEquals(read.version() + 1, longer.version());
        assertEquals(new BigDecimal("1.5"), longer.consultantDays());
        assertEquals("the change retried with the version it was sent with, once applied, is no conflict", longer,
                area.missions.update(Area.CYBERMASSIF_STAFF, m.id(), read.version(), new MissionDraft(d.companyId(),
                        d.partner(), d.consultant(), d.start(), d.end(), new BigDecimal("1.5"), d.themes(), d.language())));
        assertThrows(ConflictException.class, () -> area.missions.update(Area.CYBERMASSIF_STAFF, m.id(), read.version(), d));
        Mission moreThemes = area.missions.update(Area.CYBERMASSIF_STAFF, m.id(), longer.version(), new MissionDraft(d.companyId(),
                d.partner(), d.consultant(), d.start(), d.end(), new BigDecimal("1.5"), Set.of("is-security", "e-hr"), d.language()));
        assertEquals(longer.version() + 1, moreThemes.version());
        assertEquals(Set.of("is-security", "e-hr"), area.missions.mission(Area.CYBERMASSIF_STAFF, m.id()).themes());
    }

    @Test
    public void plansCountDoneAndPlannedAgainstTheTargetOfThePartnersCountry() {
        area.db.tx(em -> {
            for (PlanTarget t : List.of(new PlanTarget("FR", 20, 100), new PlanTarget("ES", 20, 75))) {
                PlanTargetEntity e = new PlanTargetEntity();
                e.country = t.country();
                e.events = t.events();
                e.missions = t.missions();
                em.persist(e);
            }
            return null;
        });
        done();
        done();
        area.missions.create(Area.CYBERMASSIF_STAFF, draft(LocalDate.now().plusDays(10)));
        PartnerPlan p = area.plans.plan(Area.EVALUATOR, "cybermassif");
        assertEquals(100, p.missionsTarget());
        assertEquals(2, p.missionsDone());
        assertEquals(1, p.missionsPlanned());
        assertEquals(0, new BigDecimal("2.0").compareTo(p.consultantDaysDone()));
        assertEquals(20, p.eventsTarget());
        assertEquals(1, p.eventsPlanned());
        assertEquals(Integer.valueOf(1), p.eventsByTheme().get("is-security"));
        assertEquals(75, area.plans.plan(Area.EVALUATOR, "fib").missionsTarget());
        // ciebi's country (PT) has no target: not in the list
        assertEquals(List.of("cybermassif", "fib"), area.plans.plans(Area.EVALUATOR).stream().map(PartnerPlan::partner).toList());
        assertThrows(AccessDeniedException.class, () -> area.plans.plans(Area.ANONYMOUS));

        CompanyHistory h = area.history.history(Area.EVALUATOR, companyId);
        assertEquals(1, h.events().size());
        assertEquals(3, h.missions().size());
        assertThrows("an unknown company is not found, not a company with an empty history", NotFoundException.class,
                () -> area.history.history(Area.EVALUATOR, companyId + 1000));
        assertEquals(3, area.missions.missions(Area.EVALUATOR, new MissionQuery(null, companyId, null, null),
                new PageRequest(0, 10, List.of())).total());
    }

    private static ReportDraft revised() {
        ReportDraft r = report();
        return new ReportDraft(r.situation(), r.needs(), r.recommendations() + " Um restauro por trimestre.", r.specification());
    }

    private static ReportDraft report() {
        return new ReportDraft("Faturação em papel, sem cópias de segurança.", "Proteger os dados dos clientes.",
                "Cópias de segurança diárias cifradas, fora das instalações.", List.of("Cópia cifrada diária", "Restauro testado por mês"));
    }
}
