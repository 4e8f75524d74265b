package org.cybersudoe.engagement.internal.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import javax.persistence.EntityManager;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.i18n.Messages;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.engagement.EventDraft;
import org.cybersudoe.engagement.Venue;
import org.cybersudoe.engagement.internal.EngagementDatabase;
import org.cybersudoe.engagement.internal.events.EventRows;
import org.cybersudoe.engagement.internal.events.Keys;
import org.cybersudoe.engagement.internal.jpa.EventEntity;
import org.cybersudoe.engagement.internal.jpa.MissionEntity;
import org.cybersudoe.engagement.internal.jpa.PlanTargetEntity;
import org.cybersudoe.engagement.internal.jpa.RegistrationEntity;
import org.cybersudoe.engagement.internal.jpa.ReportEntity;
import org.cybersudoe.network.MembershipStatus;
import org.cybersudoe.network.Structure;
import org.cybersudoe.network.StructureQuery;
import org.cybersudoe.network.StructureService;
import org.cybersudoe.outreach.Company;
import org.cybersudoe.outreach.CompanyQuery;
import org.cybersudoe.outreach.Contact;
import org.cybersudoe.outreach.DirectoryRow;
import org.cybersudoe.outreach.DirectoryService;
import org.cybersudoe.outreach.ImportService;
import org.cybersudoe.toolbox.Theme;
import org.cybersudoe.toolbox.ThemeRegistry;

/**
 * Fills a programme with realistic activity for every partner: companies in the directory (through
 * its import, so they are de-duplicated as any import), events per theme (most held in the
 * programme's years with their attendance, some open ahead, one planned), and missions with
 * signed-off reports in the company's language. The same seed gives the same programme. No mail
 * is owed for generated registrations: their addresses are not real.
 */
public final class DemoGenerator {

    /** What to generate. {@code registrations} is the range of registrations per held event. */
    public record Settings(long seed, int companiesPerPartner, int minRegistrations, int maxRegistrations, LocalDate heldFrom,
            LocalDate heldTo) {
    }

    /** What was generated. */
    public record Outcome(int partners, int companies, int events, int registrations, int missions) {
    }

    private static final Messages TEXTS = Messages.of(DemoGenerator.class, "OSGI-INF/l10n/demo");
    private static final Map<String, String> ZONES = Map.of("FR", "Europe/Paris", "ES", "Europe/Madrid", "PT", "Europe/Lisbon");
    private static final Map<String, Language> LANGUAGES = Map.of("FR", Language.FR, "ES", Language.ES, "PT", Language.PT);

    private final EngagementDatabase db;
    private final StructureService structures;
    private final ThemeRegistry themes;
    private final DirectoryService directory;
    private final ImportService imports;

    public DemoGenerator(EngagementDatabase db, StructureService structures, ThemeRegistry themes, DirectoryService directory,
            ImportService imports) {
        this.db = db;
        this.structures = structures;
        this.themes = themes;
        this.directory = directory;
        this.imports = imports;
    }

    /**
     * Generates the activity of every partner not generated yet, a partner at a time, each in one
     * transaction with its mark in {@code eng_demo_partner}. Stops between two partners when
     * {@code keepGoing} says so; run again, it completes the programme as one uninterrupted run
     * would have (each partner draws from a random sequence of its own).
     */
    public Outcome generate(Settings s, BooleanSupplier keepGoing) {
        List<String> themeCodes = themes.list(Caller.SYSTEM, false).stream().filter(Theme::available).map(Theme::code).sorted()
                .toList();
        if (themeCodes.isEmpty()) {
            throw new IllegalStateException("no theme is deployed: the generator needs the theme bundles");
        }
        Map<String, PlanTargetEntity> targets = db.tx(em -> {
            Map<String, PlanTargetEntity> m = new java.util.HashMap<>();
            em.createQuery("SELECT t FROM PlanTargetEntity t", PlanTargetEntity.class).getResultList().forEach(t -> m.put(t.country, t));
            return m;
        });
        Set<String> done = generatedPartners();
        int partners = 0;
        int companies = 0;
        int events = 0;
        int registrations = 0;
        int missions = 0;
        int rank = 0;
        for (Structure partner : structures.list(Caller.SYSTEM, new StructureQuery(MembershipStatus.PARTNER, null, null),
                new PageRequest(0, 500, List.of())).items()) {
            PlanTargetEntity target = targets.get(partner.country());
            if (target == null || !ZONES.containsKey(partner.country())) {
                continue;
            }
            rank++;
            if (done.contains(partner.code())) {
                continue;
            }
            if (!keepGoing.getAsBoolean()) {
                break;
            }
            Random random = new Random(s.seed() * 1_000_003L + partner.code().hashCode());
            List<Registrant> pool = companies(partner, s, random);
            int themeOffset = rank;
            int[] counts = db.tx(em -> {
                int regs = 0;
                for (int i = 0; i < target.events; i++) {
                    regs += event(em, partner, themeCodes.get((i + themeOffset) % themeCodes.size()), i, target.events, pool, s, random);
                }
                int ms = missions(em, partner, themeCodes, target.missions, pool, s, random);
                em.createNativeQuery("INSERT INTO eng_demo_partner (partner_code, generated_at) VALUES (?, ?)")
                        .setParameter(1, partner.code()).setParameter(2, LocalDateTime.now(ZoneOffset.UTC)).executeUpdate();
                return new int[] {regs, ms};
            });
            partners++;
            companies += pool.size();
            events += target.events;
            registrations += counts[0];
            missions += counts[1];
        }
        return new Outcome(partners, companies, events, registrations, missions);
    }

    /** The partners whose activity was generated already. */
    public Set<String> generatedPartners() {
        return db.tx(em -> {
            Set<String> codes = new java.util.HashSet<>();
            for (Object code : em.createNativeQuery("SELECT partner_code FROM eng_demo_partner").getResultList()) {
                codes.add((String) code);
            }
            return codes;
        });
    }

    private record Registrant(long companyId, String companyName, String country, long contactId, String contactName, String email,
            Language language) {
    }

    private List<Registrant> companies(Structure partner, Settings s, Random random) {
        String country = partner.country();
        Language language = LANGUAGES.get(country);
        String region = partner.nutsRegions().isEmpty() ? null : partner.nutsRegions().get(0);
        List<DirectoryRow> rows = new ArrayList<>();
        for (int i = 1; i <= s.companiesPerPartner(); i++) {
            String name = TEXTS.get(language, "company." + random.nextInt(12)) + " " + TEXTS.get(language, "place." + random.nextInt(12))
                    + " " + i;
            String email = "contact" + i + "@" + partner.code() + ".demo.cybersudoe.example";
            rows.add(new DirectoryRow(i + 1, name, null, country, region, null, i % 3 == 0 ? "small" : "micro", null, null, null,
                    TEXTS.get(language, "person." + random.nextInt(12)), email, language.code(), "informed", "2010-01-15",
                    "CyberSudoe demo programme"));
        }
        imports.upsert(Caller.SYSTEM, partner.code(), "demo generator", rows);
        List<Registrant> pool = new ArrayList<>();
        for (Company c : directory.companies(Caller.SYSTEM, new CompanyQuery(partner.code(), null, null, null, null, null, null, null),
                new PageRequest(0, Math.min(500, Math.max(1, s.companiesPerPartner())), List.of())).items()) {
            for (Contact k : directory.contacts(Caller.SYSTEM, c.id())) {
                if (k.email().endsWith(".demo.cybersudoe.example")) {
                    pool.add(new Registrant(c.id(), c.name(), c.country(), k.id(), k.name(), k.email(), k.language()));
                }
            }
        }
        return pool;
    }

    /** One event: held in the programme's years for most, open in the coming weeks for two, planned for the last. */
    private int event(EntityManager em, Structure partner, String theme, int index, int total, List<Registrant> pool, Settings s,
            Random random) {
        Language language = LANGUAGES.get(partner.country());
        ZoneId zone = ZoneId.of(ZONES.get(partner.country()));
        boolean planned = index == total - 1;
        boolean open = !planned && index >= total - 3;
        LocalDate day;
        if (planned || open) {
            day = LocalDate.now(zone).plusDays(20 + 30L * (index - (total - 3)) + random.nextInt(10));
        } else {
            long span = s.heldTo().toEpochDay() - s.heldFrom().toEpochDay();
            day = s.heldFrom().plusDays(span * index / total + random.nextInt(10));
        }
        while (day.getDayOfWeek().getValue() >= 6) {
            day = day.plusDays(1);
        }
        LocalDateTime start = day.atTime(LocalTime.of(9 + random.nextInt(2) * 5, 0));
        String city = partner.nutsRegions().isEmpty() ? partner.code() : TEXTS.get(language, "city." + partner.nutsRegions().get(0));
        LocalizedText title = localized("event.title", theme);
        LocalizedText description = localized("event.description", theme);
        boolean online = index % 5 == 4;
        EventDraft draft = new EventDraft(partner.code(), Set.of(theme), language, EnumSet.of(language, Language.EN), title,
                description, online ? null : new Venue(TEXTS.get(language, "venue." + random.nextInt(4)), null, city,
                        partner.nutsRegions().isEmpty() ? null : partner.nutsRegions().get(0)),
                online ? "https://meet.cybersudoe.example/" + partner.code() + "-" + (index + 1) : null, start,
                start.plusHours(3), zone.getId(), 30);
        int count = planned ? 0 : open ? 5 + random.nextInt(10)
                : s.minRegistrations() + random.nextInt(Math.max(1, s.maxRegistrations() - s.minRegistrations() + 1));
        EventEntity e = new EventEntity();
        EventRows.apply(draft, e);
        e.uid = UUID.nameUUIDFromBytes((partner.code() + "/" + index + "/" + s.seed()).getBytes()) + "@cybersudoe";
        e.status = planned ? "planned" : open ? "open" : "held";
        e.confirmed = 0;
        e.sequence = planned ? 0 : open ? 1 : 2;
        e.createdAt = LocalDateTime.now(ZoneOffset.UTC);
        e.updatedAt = e.createdAt;
        e.version = 1;
        em.persist(e);
        em.flush();
        List<Registrant> chosen = new ArrayList<>(pool);
        java.util.Collections.shuffle(chosen, random);
        int n = Math.min(count, Math.min(chosen.size(), e.capacity));
        for (int i = 0; i < n; i++) {
            Registrant who = chosen.get(i);
            RegistrationEntity r = new RegistrationEntity();
            r.eventId = e.id;
            r.companyId = who.companyId();
            r.companyName = who.companyName();
            r.country = who.country();
            r.contactId = who.contactId();
            r.contactName = who.contactName();
            r.email = who.email();
            r.emailKey = Keys.email(who.email());
            r.language = who.language().code();
            r.status = "confirmed";
            r.cancelSecret = UUID.randomUUID().toString().replace("-", "");
            r.registeredAt = e.startUtc.minusDays(30 - i % 25);
            // about one in six registrants does not come
            r.checkedInAt = e.status.equals("held") && random.nextInt(6) != 0 ? e.startUtc.plusMinutes(random.nextInt(20)) : null;
            em.persist(r);
        }
        em.flush();
        em.createNativeQuery("UPDATE eng_event SET confirmed = ? WHERE id = ?").setParameter(1, n).setParameter(2, e.id)
                .executeUpdate();
        return n;
    }

    private int missions(EntityManager em, Structure partner, List<String> themeCodes, int target, List<Registrant> pool, Settings s,
            Random random) {
        Language language = LANGUAGES.get(partner.country());
        int reported = target * 7 / 10;
        int planned = target / 10;
        for (int i = 0; i < reported + planned; i++) {
            Registrant company = pool.get(random.nextInt(pool.size()));
            String theme = themeCodes.get(random.nextInt(themeCodes.size()));
            boolean done = i < reported;
            MissionEntity m = new MissionEntity();
            m.companyId = company.companyId();
            m.companyName = company.companyName();
            m.partner = partner.code();
            m.consultant = TEXTS.get(language, "person." + random.nextInt(12));
            long span = s.heldTo().toEpochDay() - s.heldFrom().toEpochDay();
            m.start = done ? s.heldFrom().plusDays(random.nextInt((int) span)) : LocalDate.now().plusDays(10 + random.nextInt(90));
            m.end = m.start;
            m.consultantDays = BigDecimal.ONE.setScale(1);
            m.language = language.code();
            m.status = done ? "reported" : "planned";
            m.createdAt = LocalDateTime.now(ZoneOffset.UTC);
            m.updatedAt = m.createdAt;
            m.version = 1;
            m.themes.add(theme);
            em.persist(m);
            em.flush();
            if (done) {
                ReportEntity r = new ReportEntity();
                r.missionId = m.id;
                r.language = language.code();
                r.situation = TEXTS.get(language, "report.situation", company.companyName(), themeName(theme, language));
                r.needs = TEXTS.get(language, "report.needs", themeName(theme, language));
                r.recommendations = TEXTS.get(language, "report.recommendations", themeName(theme, language));
                r.specification = i % 3 == 0 ? TEXTS.get(language, "report.specification") : null;
                r.status = "signed-off";
                r.writtenBy = "demo";
                r.updatedAt = m.start.atTime(17, 0);
                r.signedOffBy = "demo";
                r.signedOffAt = m.start.plusDays(7).atTime(10, 0);
                r.version = 2;
                em.persist(r);
            }
        }
        return reported + planned;
    }

    private String themeName(String code, Language language) {
        return themes.find(Caller.SYSTEM, code).flatMap(t -> t.name().resolve(language)).orElse(code);
    }

    private LocalizedText localized(String key, String theme) {
        Map<Language, String> m = new java.util.EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            m.put(l, TEXTS.get(l, key, themeName(theme, l)));
        }
        return new LocalizedText(m);
    }
}
