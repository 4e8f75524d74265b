package org.cybersudoe.engagement.internal.missions;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;

import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.error.ConflictException;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.security.Role;
import org.cybersudoe.engagement.Mission;
import org.cybersudoe.engagement.MissionDraft;
import org.cybersudoe.engagement.MissionQuery;
import org.cybersudoe.engagement.MissionReport;
import org.cybersudoe.engagement.MissionService;
import org.cybersudoe.engagement.MissionStatus;
import org.cybersudoe.engagement.ReportDraft;
import org.cybersudoe.engagement.ReportStatus;
import org.cybersudoe.engagement.internal.EngagementDatabase;
import org.cybersudoe.engagement.internal.EngagementTexts;
import org.cybersudoe.engagement.internal.jpa.MissionEntity;
import org.cybersudoe.engagement.internal.jpa.ReportEntity;
import org.cybersudoe.engagement.internal.report.ReportPdf;
import org.cybersudoe.network.StructureService;
import org.cybersudoe.outreach.Company;
import org.cybersudoe.outreach.DirectoryService;
import org.cybersudoe.persistence.Jpql;
import org.cybersudoe.toolbox.Theme;
import org.cybersudoe.toolbox.ThemeRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Missions and their reports; the partner scope as everywhere, sign-off for the partner's admins. */
@Component(service = {MissionService.class, MissionServiceImpl.class})
public class MissionServiceImpl implements MissionService {

    private static final Map<String, String> SORT = Map.of("id", "m.id", "start", "m.start", "partner", "m.partner",
            "status", "m.status");
    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal MAX_DAYS = new BigDecimal("30");
    private static final int MAX_TEXT = 20_000;

    private final EngagementDatabase db;
    private final StructureService structures;
    private final ThemeRegistry themes;
    private final DirectoryService directory;
    private final ReportPdf pdf = new ReportPdf();

    @Activate
    public MissionServiceImpl(@Reference EngagementDatabase db, @Reference StructureService structures,
            @Reference ThemeRegistry themes, @Reference DirectoryService directory) {
        this.db = db;
        this.structures = structures;
        this.themes = themes;
        this.directory = directory;
    }

    @Override
    public Page<Mission> missions(Caller caller, MissionQuery q, PageRequest page) {
        caller.requireNetworkRead();
        return db.tx(em -> {
            Page<MissionEntity> found = new Jpql("MissionEntity", "m")
                .where("m.partner = :partner", "partner", q.partner() == null || q.partner().isBlank() ? null : q.partner())
                .where("m.companyId = :company", "company", q.companyId())
                .where(":theme MEMBER OF m.themes", "theme", q.theme() == null || q.theme().isBlank() ? null : q.theme())
                .where("m.status = :status", "status", q.status() == null ? null : q.status().code())
                .page(em, MissionEntity.class, page, SORT, "m.id ASC");
            return new Page<>(missions(em, found.items()), found.offset(), found.limit(), found.total());
        });
    }

    @Override
    public Mission mission(Caller caller, long id) {
        caller.requireNetworkRead();
        return db.tx(em -> mission(em, find(em, id)));
    }

    @Override
    public Mission create(Caller caller, MissionDraft d) {
        // the body first: a missing partner is a field to name, not a partner whose scope is refused
        Company company = check(d);
        caller.requireChange(d.partner());
        return db.tx(em -> {
            MissionEntity m = new MissionEntity();
            apply(d, company, m);
            m.status = (d.start() != null ? MissionStatus.PLANNED : MissionStatus.REQUESTED).code();
            m.createdAt = now();
            m.updatedAt = m.createdAt;
            m.version = 1;
            em.persist(m);
            em.flush();
            return mission(em, m);
        });
    }

    @Override
    public Mission update(Caller caller, long id, long expectedVersion, MissionDraft d) {
        // the body first: a missing partner is a field to name, not a partner whose scope is refused
        Company company = check(d);
        caller.requireChange(d.partner());
        return db.tx(em -> {
            MissionEntity m = owned(caller, em, id);
            if (m.status.equals("reported")) {
                throw new ConflictException("status", EngagementTexts.MESSAGES.text("error.mission.frozen", id));
            }
            List<Object> before = content(m);
            apply(d, company, m);
            // the same content sent again is no change: a client still holding this version must not get a conflict,
            // nor a retry whose first answer was lost, with the version it was first sent with
            if (!before.equals(content(m))) {
                requireVersion(m.version, expectedVersion);
                m.updatedAt = now();
                m.version++;
            }
            return mission(em, m);
        });
    }

    @Override
    public Mission changeStatus(Caller caller, long id, long expectedVersion, MissionStatus target) {
        return db.tx(em -> {
            MissionEntity m = owned(caller, em, id);
            requireVersion(m.version, expectedVersion);
            MissionStatus from = MissionStatus.fromCode(m.status).orElseThrow();
            boolean allowed = switch (target) {
                case PLANNED -> from == MissionStatus.REQUESTED && m.start != null;
                case DONE -> (from == MissionStatus.PLANNED || from == MissionStatus.REQUESTED) && m.start != null
                        && !m.start.isAfter(java.time.LocalDate.now());
                default -> false;
            };
            if (!allowed) {
                String why = switch (target) {
                    case REPORTED -> "error.mission.status-change.reported";
                    case DONE -> "error.mission.status-change.done";
                    case PLANNED -> "error.mission.status-change.planned";
                    default -> "error.mission.status-change";
                };
                throw new ConflictException("status", EngagementTexts.MESSAGES.text(why, from.code(), target.code()));
            }
            m.status = target.code();
            m.updatedAt = now();
            m.version++;
            return mission(em, m);
        });
    }

    @Override
    public Optional<MissionReport> report(Caller caller, long missionId) {
        caller.requireNetworkRead();
        return db.tx(em -> {
            find(em, missionId);
            return Optional.ofNullable(em.find(ReportEntity.class, missionId)).map(MissionServiceImpl::report);
        });
    }

    @Override
    public MissionReport writeReport(Caller caller, long missionId, ReportDraft d, Long expectedVersion) {
        Validator v = new Validator();
        v.required("situation", d.situation()).maxLength("situation", d.situation(), MAX_TEXT);
        v.required("needs", d.needs()).maxLength("needs", d.needs(), MAX_TEXT);
        v.required("recommendations", d.recommendations()).maxLength("recommendations", d.recommendations(), MAX_TEXT);
        v.check(d.specification().size() <= 200, "specification", "too-long",
                () -> EngagementTexts.MESSAGES.text("error.field.specification-size"));
        for (int i = 0; i < d.specification().size(); i++) {
            String item = d.specification().get(i);
            v.check(item != null && !item.isBlank() && !item.contains("\n") && item.length() <= 2000, "specification[" + i + "]",
                    "invalid-value", () -> EngagementTexts.MESSAGES.text("error.field.specification-item"));
        }
        v.throwIfInvalid();
        return db.tx(em -> {
            MissionEntity m = owned(caller, em, missionId);
            if (!m.status.equals("done")) {
                throw new ConflictException("status",
                        EngagementTexts.MESSAGES.text("error.mission.report-not-due", missionId, m.status));
            }
            ReportEntity r = em.find(ReportEntity.class, missionId);
            String situation = d.situation().strip();
            String needs = d.needs().strip();
            String recommendations = d.recommendations().strip();
            String specification = d.specification().isEmpty() ? null
                    : String.join("\n", d.specification().stream().map(String::strip).toList());
            if (r != null && r.language.equals(m.language) && r.situation.equals(situation) && r.needs.equals(needs)
                    && r.recommendations.equals(recommendations) && Objects.equals(r.specification, specification)
                    && r.status.equals(ReportStatus.DRAFT.code())) {
                // the same draft sent again: its author, time and version stay, and nobody holding it is told it is
                // stale; nor is a retry whose first answer was lost, sent with the version it was first sent with
                return report(r);
            }
            if (r != null && expectedVersion == null) {
                throw new ValidationException("version", "required",
                        EngagementTexts.MESSAGES.text("error.field.report-version-required", missionId, r.version));
            }
            if (r != null && r.version != expectedVersion) {
                throw new ConflictException("version",
                        EngagementTexts.MESSAGES.text("error.report.stale-draft", r.version, expectedVersion));
            }
            if (r == null && expectedVersion != null && expectedVersion != 0) {
                throw new ConflictException("version",
                        EngagementTexts.MESSAGES.text("error.report.stale-draft", 0, expectedVersion));
            }
            if (r == null) {
                r = new ReportEntity();
                r.missionId = missionId;
                r.version = 0;
                em.persist(r);
            }
            r.language = m.language;
            r.situation = situation;
            r.needs = needs;
            r.recommendations = recommendations;
            r.specification = specification;
            r.status = ReportStatus.DRAFT.code();
            r.writtenBy = caller.login();
            r.updatedAt = now();
            r.version++;
            return report(r);
        });
    }

    @Override
    public MissionReport signOff(Caller caller, long missionId, long expectedReportVersion) {
        return db.tx(em -> {
            MissionEntity m = owned(caller, em, missionId);
            if (!caller.isAdmin() && !caller.has(Role.PARTNER_ADMIN)) {
                throw new AccessDeniedException("sign-off", EngagementTexts.MESSAGES.text("error.denied.sign-off"));
            }
            ReportEntity r = em.find(ReportEntity.class, missionId);
            if (r == null) {
                throw new NotFoundException(EngagementTexts.MESSAGES.text("error.not-found.mission-report", missionId));
            }
            if (r.version != expectedReportVersion) {
                throw new ConflictException("version",
                        EngagementTexts.MESSAGES.text("error.report.stale-version", r.version, expectedReportVersion));
            }
            if (!r.status.equals("draft")) {
                throw new ConflictException("status", EngagementTexts.MESSAGES.text("error.report.signed-off", missionId));
            }
            r.status = ReportStatus.SIGNED_OFF.code();
            r.signedOffBy = caller.login();
            r.signedOffAt = now();
            r.version++;
            m.status = MissionStatus.REPORTED.code();
            m.updatedAt = r.signedOffAt;
            m.version++;
            return report(r);
        });
    }

    @Override
    public byte[] reportPdf(Caller caller, long missionId) {
        Mission m = mission(caller, missionId);
        MissionReport r = report(caller, missionId)
                .orElseThrow(() -> new NotFoundException(EngagementTexts.MESSAGES.text("error.not-found.mission-report", missionId)));
        String partnerName = structures.get(Caller.SYSTEM, m.partner()).name().resolve(r.language()).orElse(m.partner());
        return pdf.render(m, r, partnerName);
    }

    private Company check(MissionDraft d) {
        Validator v = new Validator();
        v.required("partner", d.partner());
        if (d.partner() != null && !d.partner().isBlank()) {
            try {
                structures.get(Caller.SYSTEM, d.partner());
            } catch (NotFoundException e) {
                v.check(false, "partner", "unknown", () -> EngagementTexts.MESSAGES.text("error.field.unknown-partner", d.partner()));
            }
        }
        v.required("companyId", d.companyId());
        Company company = null;
        if (d.companyId() != null) {
            try {
                company = directory.company(Caller.SYSTEM, d.companyId());
            } catch (NotFoundException e) {
                v.check(false, "companyId", "unknown",
                        () -> EngagementTexts.MESSAGES.text("error.field.unknown-company", d.companyId()));
            }
        }
        v.maxLength("consultant", d.consultant(), 200);
        v.check(d.end() == null || d.start() != null, "start", "required",
                () -> EngagementTexts.MESSAGES.text("error.field.start-for-end"));
        v.check(d.start() == null || d.end() == null || !d.end().isBefore(d.start()), "end", "invalid-value",
                () -> EngagementTexts.MESSAGES.text("error.field.end-not-before-start"));
        v.required("consultantDays", d.consultantDays());
        v.checkIfPresent(d.consultantDays(), x -> x.signum() > 0 && x.compareTo(MAX_DAYS) <= 0
                && x.remainder(HALF).signum() == 0, "consultantDays", "invalid-value",
                () -> EngagementTexts.MESSAGES.text("error.field.consultant-days", MAX_DAYS));
        v.check(!d.themes().isEmpty(), "themes", "required", () -> EngagementTexts.MESSAGES.text("error.field.themes-required"));
        for (String code : d.themes()) {
            v.check(themes.find(Caller.SYSTEM, code).map(Theme::available).orElse(false), "themes", "unknown",
                    () -> EngagementTexts.MESSAGES.text("error.field.unknown-theme", code));
        }
        v.required("language", d.language());
        v.throwIfInvalid();
        return company;
    }

    private static void apply(MissionDraft d, Company company, MissionEntity m) {
        m.companyId = company.id();
        m.companyName = company.name();
        m.partner = d.partner();
        m.consultant = d.consultant() == null || d.consultant().isBlank() ? null : d.consultant().strip();
        m.start = d.start();
        m.end = d.end() == null ? d.start() : d.end();
        m.consultantDays = d.consultantDays().setScale(1);
        m.language = d.language().code();
        m.themes.clear();
        m.themes.addAll(d.themes());
    }

    /** What a draft sets, to tell an update that changes something from one that sends the same again. */
    private static List<Object> content(MissionEntity m) {
        return Arrays.asList(m.companyId, m.companyName, m.partner, m.consultant, m.start, m.end, m.consultantDays, m.language,
                Set.copyOf(m.themes));
    }

    static Mission mission(EntityManager em, MissionEntity m) {
        return missions(em, List.of(m)).get(0);
    }

    /** Missions as the API shows them, with their reports' status read in one query. */
    public static List<Mission> missions(EntityManager em, List<MissionEntity> found) {
        List<Long> ids = found.stream().map(m -> m.id).toList();
        Map<Long, String> reports = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT r.missionId, r.status FROM ReportEntity r WHERE r.missionId IN :ids", Object[].class)
                    .setParameter("ids", ids).getResultList().forEach(a -> reports.put((Long) a[0], (String) a[1]));
        }
        return found.stream().map(m -> new Mission(m.id, m.companyId, m.companyName, m.partner, m.consultant, m.start, m.end,
                m.consultantDays, m.themes, Language.fromCode(m.language).orElseThrow(), MissionStatus.fromCode(m.status).orElseThrow(),
                reports.containsKey(m.id) ? ReportStatus.fromCode(reports.get(m.id)).orElseThrow() : null,
                m.updatedAt.toInstant(ZoneOffset.UTC), m.version)).toList();
    }

    private static MissionReport report(ReportEntity r) {
        return new MissionReport(r.missionId, Language.fromCode(r.language).orElseThrow(), r.situation, r.needs,
                r.recommendations, r.specification == null ? List.of() : Arrays.asList(r.specification.split("\n")),
                ReportStatus.fromCode(r.status).orElseThrow(), r.writtenBy, r.updatedAt.toInstant(ZoneOffset.UTC), r.signedOffBy,
                r.signedOffAt == null ? null : r.signedOffAt.toInstant(ZoneOffset.UTC), r.version);
    }

    private static MissionEntity find(EntityManager em, long id) {
        MissionEntity m = em.find(MissionEntity.class, id);
        if (m == null) {
            throw new NotFoundException(EngagementTexts.MESSAGES.text("error.not-found.mission", id));
        }
        return m;
    }

    private static MissionEntity owned(Caller caller, EntityManager em, long id) {
        MissionEntity m = find(em, id);
        em.refresh(m);
        if (!caller.canChangePartnerRecords(m.partner)) {
            throw new AccessDeniedException("partner.scope",
                    EngagementTexts.MESSAGES.text("error.denied.mission-scope", caller.login(), m.partner));
        }
        return m;
    }

    private static void requireVersion(long actual, long expected) {
        if (actual != expected) {
            throw new ConflictException("version", EngagementTexts.MESSAGES.text("error.mission.stale-version", actual, expected));
        }
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

}
