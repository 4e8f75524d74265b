package org.cybersudoe.engagement.internal;

import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.security.Role;
import org.cybersudoe.engagement.internal.calendar.ICalendars;
import org.cybersudoe.engagement.internal.events.EventServiceImpl;
import org.cybersudoe.engagement.internal.history.HistoryServiceImpl;
import org.cybersudoe.engagement.internal.mail.EventMail;
import org.cybersudoe.engagement.internal.mail.OutboxWakeup;
import org.cybersudoe.engagement.internal.mail.SmtpSettings;
import org.cybersudoe.engagement.internal.missions.MissionServiceImpl;
import org.cybersudoe.engagement.internal.plans.PlanServiceImpl;
import org.cybersudoe.network.MembershipStatus;
import org.cybersudoe.network.StatusChange;
import org.cybersudoe.network.Structure;
import org.cybersudoe.network.StructureDraft;
import org.cybersudoe.network.StructureQuery;
import org.cybersudoe.network.StructureService;
import org.cybersudoe.outreach.internal.OutreachConfig;
import org.cybersudoe.outreach.internal.OutreachDatabase;
import org.cybersudoe.outreach.internal.directory.DirectoryServiceImpl;
import org.cybersudoe.outreach.internal.importing.ImportServiceImpl;
import org.cybersudoe.persistence.testing.AreaUnit;
import org.cybersudoe.persistence.testing.DerbyUnits;
import org.cybersudoe.toolbox.Theme;
import org.cybersudoe.toolbox.ThemeRegistry;

/**
 * The engagement area of one test on a fresh embedded Derby database under target/, beside the
 * real outreach directory it registers companies into, both migrated by the core's Flyway migrator.
 */
public final class Area implements AutoCloseable {

    public static final Caller ADMIN = new Caller("alice", EnumSet.of(Role.ADMIN), Optional.of("cybermassif"));
    public static final Caller CYBERMASSIF_STAFF = new Caller("carla", EnumSet.of(Role.PARTNER_STAFF), Optional.of("cybermassif"));
    public static final Caller CYBERMASSIF_ADMIN = new Caller("claude", EnumSet.of(Role.PARTNER_ADMIN), Optional.of("cybermassif"));
    public static final Caller FIB_STAFF = new Caller("pablo", EnumSet.of(Role.PARTNER_STAFF), Optional.of("fib"));
    public static final Caller EVALUATOR = new Caller("eva", EnumSet.of(Role.EVALUATOR), Optional.empty());
    public static final Caller ANONYMOUS = new Caller("anonymous", EnumSet.noneOf(Role.class), Optional.empty());

    /** Partner code → country and NUTS II region. */
    private static final Map<String, List<String>> PARTNERS = Map.of("cybermassif", List.of("FR", "FR72"), "fib", List.of("ES", "ES22"),
            "ciebi", List.of("PT", "PT16"));
    public static final List<String> THEMES = List.of("is-security", "e-hr", "tourism", "agri-food", "mobility");

    private final javax.sql.DataSource dataSource;
    private final AreaUnit outreachUnit;
    private final AreaUnit unit;
    public final EngagementDatabase db;
    public final DirectoryServiceImpl directory;
    public final ImportServiceImpl imports;
    public final OutboxWakeup wakeup = new OutboxWakeup();
    public final EventServiceImpl events;
    public final MissionServiceImpl missions;
    public final PlanServiceImpl plans;
    public final HistoryServiceImpl history;

    private Area(String name) {
        var ds = DerbyUnits.dataSource(name + "-" + System.nanoTime(), true);
        this.dataSource = ds;
        this.outreachUnit = AreaUnit.on(OutreachDatabase.AREA, ds, OutreachDatabase.class);
        OutreachDatabase outreach = new OutreachDatabase(outreachUnit.database());
        this.directory = new DirectoryServiceImpl(outreach, structures());
        this.imports = new ImportServiceImpl(outreach, ds, structures(), outreachConfig());
        this.unit = AreaUnit.on(EngagementDatabase.AREA, ds, EngagementDatabase.class);
        this.db = new EngagementDatabase(unit.database());
        this.events = new EventServiceImpl(db, structures(), themes(), directory, wakeup, config(15, 48));
        this.missions = new MissionServiceImpl(db, structures(), themes(), directory);
        this.plans = new PlanServiceImpl(db, structures());
        this.history = new HistoryServiceImpl(db, events, directory);
    }

    public static Area fresh(String name) {
        return new Area(name);
    }

    /** The mail sender over this area, sending to an SMTP server on localhost:{@code port}. */
    public EventMail mail(int port, int reminderHours) {
        return new EventMail(db, wakeup, config(15, reminderHours), smtp(port));
    }

    /** The database of this area and the directory, for another area's unit beside them (the diagnostic's tests). */
    public javax.sql.DataSource dataSource() {
        return dataSource;
    }

    public ICalendars calendars() {
        return new ICalendars("https://events.example.org");
    }

    public long count(String table) {
        return unit.count(table);
    }

    @Override
    public void close() {
        unit.close();
        outreachUnit.close();
    }

    public static EngagementConfig config(int minimumCompanies, int reminderHours) {
        return new EngagementConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return EngagementConfig.class;
            }

            @Override
            public int minimumCompanies() {
                return minimumCompanies;
            }

            @Override
            public int reminderHoursBefore() {
                return reminderHours;
            }

            @Override
            public int mailAttempts() {
                return 3;
            }

            @Override
            public int mailPollSeconds() {
                return 1;
            }
        };
    }

    public static SmtpSettings smtp(int port) {
        return new SmtpSettings() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return SmtpSettings.class;
            }

            @Override
            public boolean dispatch() {
                return true;
            }

            @Override
            public String host() {
                return "127.0.0.1";
            }

            @Override
            public int port() {
                return port;
            }

            @Override
            public boolean startTls() {
                return false;
            }

            @Override
            public String username() {
                return "";
            }

            @Override
            public String password() {
                return "";
            }

            @Override
            public String fromAddress() {
                return "events@cybersudoe.example";
            }

            @Override
            public String fromName() {
                return "CyberSudoe";
            }

            @Override
            public String publicBaseUrl() {
                return "https://events.example.org";
            }
        };
    }

    static OutreachConfig outreachConfig() {
        return new OutreachConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return OutreachConfig.class;
            }

            @Override
            public int maxImportRows() {
                return 100_000;
            }

            @Override
            public int importBatchSize() {
                return 500;
            }
        };
    }

    public static ThemeRegistry themes() {
        List<Theme> all = THEMES.stream().map(c -> new Theme(c, "general", LocalizedText.of("Thème " + c, "Tema " + c, "Tema " + c,
                "Theme " + c), LocalizedText.of(Language.EN, c), true, "org.cybersudoe.theme." + c, "1.0.0")).toList();
        // a proxy: the area uses list and find only, and the toolbox's API may grow
        return (ThemeRegistry) java.lang.reflect.Proxy.newProxyInstance(Area.class.getClassLoader(), new Class<?>[] {ThemeRegistry.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "list" -> all;
                    case "find" -> all.stream().filter(t -> t.code().equals(args[1])).findFirst();
                    case "toString" -> "fake theme registry";
                    case "hashCode" -> 0;
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    public static StructureService structures() {
        return new StructureService() {
            @Override
            public Page<Structure> list(Caller caller, StructureQuery query, PageRequest page) {
                caller.requireNetworkRead();
                return Page.slice(PARTNERS.keySet().stream().sorted().map(c -> get(caller, c)).toList(), page);
            }

            @Override
            public Structure get(Caller caller, String code) {
                caller.requireNetworkRead();
                List<String> where = PARTNERS.get(code);
                if (where == null) {
                    throw new NotFoundException("structure", code);
                }
                return new Structure(code, LocalizedText.of(Language.EN, "Partner " + code), MembershipStatus.PARTNER,
                        LocalDate.of(2009, 9, 1), where.get(0), List.of(where.get(1)), "2006", EnumSet.of(Language.EN), Set.of(),
                        false, null, 1);
            }

            @Override
            public Structure create(Caller caller, StructureDraft draft) {
                throw new UnsupportedOperationException("not used by the engagement area");
            }

            @Override
            public Structure update(Caller caller, String code, long expectedVersion, StructureDraft draft) {
                throw new UnsupportedOperationException("not used by the engagement area");
            }

            @Override
            public Structure changeStatus(Caller caller, String code, MembershipStatus status, LocalDate effectiveOn, String note) {
                throw new UnsupportedOperationException("not used by the engagement area");
            }

            @Override
            public List<StatusChange> statusHistory(Caller caller, String code) {
                throw new UnsupportedOperationException("not used by the engagement area");
            }
        };
    }
}
