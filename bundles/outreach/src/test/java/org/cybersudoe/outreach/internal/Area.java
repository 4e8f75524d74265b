package org.cybersudoe.outreach.internal;

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
import org.cybersudoe.network.MembershipStatus;
import org.cybersudoe.network.StatusChange;
import org.cybersudoe.network.Structure;
import org.cybersudoe.network.StructureDraft;
import org.cybersudoe.network.StructureQuery;
import org.cybersudoe.network.StructureService;
import org.cybersudoe.outreach.internal.directory.DirectoryServiceImpl;
import org.cybersudoe.outreach.internal.importing.ImportServiceImpl;
import org.cybersudoe.persistence.testing.AreaUnit;
import org.cybersudoe.toolbox.Theme;
import org.cybersudoe.toolbox.ThemeContent;
import org.cybersudoe.toolbox.ThemeRefusal;
import org.cybersudoe.toolbox.ThemeRegistry;
import org.cybersudoe.persistence.testing.DerbyUnits;

/**
 * The outreach area of one test on a fresh embedded Derby database under target/, migrated by
 * the core's Flyway migrator, with the network's partners as the directory sees them.
 */
public final class Area implements AutoCloseable {

    public static final Caller ADMIN = new Caller("alice", EnumSet.of(Role.ADMIN), Optional.of("cybermassif"));
    public static final Caller CYBERMASSIF_STAFF = new Caller("carla", EnumSet.of(Role.PARTNER_STAFF), Optional.of("cybermassif"));
    public static final Caller FIB_STAFF = new Caller("pablo", EnumSet.of(Role.PARTNER_STAFF), Optional.of("fib"));
    public static final Caller EVALUATOR = new Caller("eva", EnumSet.of(Role.EVALUATOR), Optional.empty());
    public static final Caller COMPANY = new Caller("acme", EnumSet.of(Role.COMPANY), Optional.empty());

    private static final Map<String, String> PARTNERS = Map.of("cybermassif", "FR", "fib", "ES", "ciebi", "PT");

    private final AreaUnit unit;
    private final String name;
    public final OutreachDatabase db;
    public final DirectoryServiceImpl directory;
    public final ImportServiceImpl imports;

    private Area(AreaUnit unit, String name, int batchSize) {
        this.unit = unit;
        this.name = name;
        this.db = new OutreachDatabase(unit.database());
        this.directory = new DirectoryServiceImpl(db, structures());
        this.imports = new ImportServiceImpl(db, unit.dataSource(), structures(), config(100_000, batchSize));
    }

    /** A fresh, empty database; imports commit {@code batchSize} rows at a time. */
    public static Area fresh(String name, int batchSize) {
        // a new folder each time: Derby keeps a database booted after its last connection closes
        String unique = name + "-" + System.nanoTime();
        return new Area(AreaUnit.on(OutreachDatabase.AREA, DerbyUnits.dataSource(unique, true), OutreachDatabase.class), unique,
                batchSize);
    }

    /** The area on an existing database {@code target/derby/<name>} (another process's, after it ended). */
    public static Area existing(String name, int batchSize) {
        return new Area(AreaUnit.on(OutreachDatabase.AREA, DerbyUnits.dataSource(name, false), OutreachDatabase.class), name,
                batchSize);
    }

    /** The database's name under target/derby. */
    public String name() {
        return name;
    }

    /** Closes the unit and shuts the embedded database down, so that another process may open it. */
    public void shutDown() {
        unit.close();
        try {
            java.sql.DriverManager.getConnection("jdbc:derby:" + java.nio.file.Path.of("target", "derby", name).toAbsolutePath()
                    + ";shutdown=true");
        } catch (java.sql.SQLException expected) {
            // Derby reports a clean shutdown as SQLState 08006
            if (!"08006".equals(expected.getSQLState())) {
                throw new IllegalStateException(expected);
            }
        }
    }

    public javax.sql.DataSource dataSource() {
        return unit.dataSource();
    }

    /** Counts the rows of a table with plain JDBC, outside any JPA cache. */
    public long count(String table) {
        return unit.count(table);
    }

    @Override
    public void close() {
        unit.close();
    }

    public static OutreachConfig config(int maxRows, int batchSize) {
        return new OutreachConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return OutreachConfig.class;
            }

            @Override
            public int maxImportRows() {
                return maxRows;
            }

            @Override
            public int importBatchSize() {
                return batchSize;
            }
        };
    }

    /** The themes the area's tests write newsletter sections on; any other code is not deployed. */
    public static final List<String> THEMES = List.of("is-security", "business-management", "tourism");

    /** A theme registry holding {@link #THEMES}, all deployed. */
    public static ThemeRegistry themes() {
        List<Theme> all = THEMES.stream().map(code -> new Theme(code, "general", LocalizedText.of(Language.EN, code),
                LocalizedText.of(Language.EN, code), true, "org.cybersudoe.theme." + code, "1.0.0")).toList();
        return new ThemeRegistry() {
            @Override
            public List<Theme> list(Caller caller, boolean includeUnavailable) {
                return all;
            }

            @Override
            public Optional<Theme> find(Caller caller, String code) {
                return all.stream().filter(t -> t.code().equals(code)).findFirst();
            }

            @Override
            public Optional<ThemeContent> content(Caller caller, String code) {
                return Optional.empty();
            }

            @Override
            public List<ThemeRefusal> refusals(Caller caller) {
                return List.of();
            }
        };
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
                String country = PARTNERS.get(code);
                if (country == null) {
                    throw new NotFoundException("structure", code);
                }
                return new Structure(code, LocalizedText.of(Language.EN, code), MembershipStatus.PARTNER, LocalDate.of(2009, 9, 1),
                        country, List.of(), "2006", EnumSet.of(Language.EN), Set.of(), false, null, 1);
            }

            @Override
            public Structure create(Caller caller, StructureDraft draft) {
                throw new UnsupportedOperationException("not used by the outreach area");
            }

            @Override
            public Structure update(Caller caller, String code, long expectedVersion, StructureDraft draft) {
                throw new UnsupportedOperationException("not used by the outreach area");
            }

            @Override
            public Structure changeStatus(Caller caller, String code, MembershipStatus status, LocalDate effectiveOn, String note) {
                throw new UnsupportedOperationException("not used by the outreach area");
            }

            @Override
            public List<StatusChange> statusHistory(Caller caller, String code) {
                throw new UnsupportedOperationException("not used by the outreach area");
            }
        };
    }
}
