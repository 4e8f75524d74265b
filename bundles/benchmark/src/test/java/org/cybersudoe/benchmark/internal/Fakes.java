package org.cybersudoe.benchmark.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cybersudoe.benchmark.internal.search.SheetIndex;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.security.Role;
import org.cybersudoe.network.Committee;
import org.cybersudoe.network.CommitteeMember;
import org.cybersudoe.network.CommitteeService;
import org.cybersudoe.network.MembershipStatus;
import org.cybersudoe.network.StatusChange;
import org.cybersudoe.network.Structure;
import org.cybersudoe.network.StructureDraft;
import org.cybersudoe.network.StructureQuery;
import org.cybersudoe.network.StructureService;
import org.cybersudoe.toolbox.Theme;
import org.cybersudoe.toolbox.ThemeRegistry;

/**
 * The other areas as the benchmark sees them through their APIs: the network's structures and
 * committees (the demo programme's partners, the technical committee seating fib, cybermassif
 * and ciebi) and the toolbox's themes (one of them from a removed bundle).
 */
public final class Fakes {

    public static final Caller ADMIN = new Caller("alice", EnumSet.of(Role.ADMIN), Optional.of("cybermassif"));
    public static final Caller CYBERMASSIF_STAFF = new Caller("carla", EnumSet.of(Role.PARTNER_STAFF), Optional.of("cybermassif"));
    public static final Caller FIB_STAFF = new Caller("pablo", EnumSet.of(Role.PARTNER_STAFF), Optional.of("fib"));
    public static final Caller FIB_ADMIN = new Caller("pilar", EnumSet.of(Role.PARTNER_ADMIN), Optional.of("fib"));
    public static final Caller CIEBI_ADMIN = new Caller("rui", EnumSet.of(Role.PARTNER_ADMIN), Optional.of("ciebi"));
    public static final Caller LEITAT_ADMIN = new Caller("jordi", EnumSet.of(Role.PARTNER_ADMIN), Optional.of("leitat"));
    public static final Caller EVALUATOR = new Caller("eva", EnumSet.of(Role.EVALUATOR), Optional.empty());

    static final Map<String, String> PARTNERS = Map.of("cybermassif", "FR", "transferts-lr", "FR", "cci-bordeaux", "FR",
            "fib", "ES", "ceei-burgos", "ES", "leitat", "ES", "cci-gijon", "ES", "cederna-garalur", "ES", "ciebi", "PT");

    private Fakes() {
    }

    /** The services of one test, wired as DS would wire them. */
    public record Area(TestDatabase database, SheetIndex index, SheetServiceImpl sheets, CharterServiceImpl charter) {
    }

    public static Area area(TestDatabase database) {
        SheetIndex index = new SheetIndex(database.db);
        StructureService structures = structures();
        return new Area(database, index, new SheetServiceImpl(database.db, index, structures, committees(), themes(),
                TestDatabase.config(10, 9)), new CharterServiceImpl(database.db, structures, TestDatabase.config(10, 9)));
    }

    static Structure structure(String code, String country, MembershipStatus status) {
        return new Structure(code, LocalizedText.of(Language.EN, code), status, LocalDate.of(2009, 9, 1), country,
                List.of(), "2006", EnumSet.of(Language.EN), java.util.Set.of(), false, null, 1);
    }

    static StructureService structures() {
        return new StructureService() {
            @Override
            public Page<Structure> list(Caller caller, StructureQuery query, PageRequest page) {
                caller.requireNetworkRead();
                List<Structure> all = PARTNERS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> structure(e.getKey(), e.getValue(), MembershipStatus.PARTNER))
                        .filter(s -> query == null || query.status() == null || query.status() == s.status()).toList();
                return Page.slice(all, page);
            }

            @Override
            public Structure get(Caller caller, String code) {
                caller.requireNetworkRead();
                if ("regional-hub".equals(code)) {
                    return structure(code, "FR", MembershipStatus.ASSOCIATED);
                }
                String country = PARTNERS.get(code);
                if (country == null) {
                    throw new NotFoundException("structure", code);
                }
                return structure(code, country, MembershipStatus.PARTNER);
            }

            @Override
            public Structure create(Caller caller, StructureDraft draft) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Structure update(Caller caller, String code, long expectedVersion, StructureDraft draft) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Structure changeStatus(Caller caller, String code, MembershipStatus status, LocalDate effectiveOn, String note) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<StatusChange> statusHistory(Caller caller, String code) {
                throw new UnsupportedOperationException();
            }
        };
    }

    static CommitteeService committees() {
        return new CommitteeService() {
            @Override
            public List<Committee> list(Caller caller) {
                return List.of(get(caller, "technical"));
            }

            @Override
            public Committee get(Caller caller, String code) {
                caller.requireNetworkRead();
                if (!"technical".equals(code)) {
                    throw new NotFoundException("committee", code);
                }
                return new Committee("technical", LocalizedText.of(Language.EN, "Technical committee"), List.of(
                        new CommitteeMember(1, "Ana Cyber", "cybermassif", "representative"),
                        new CommitteeMember(2, "Pilar Fib", "fib", "representative"),
                        new CommitteeMember(3, "Rui Ciebi", "ciebi", "representative")));
            }

            @Override
            public Committee addMember(Caller caller, String committeeCode, long personId, String role) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Committee removeMember(Caller caller, String committeeCode, long personId) {
                throw new UnsupportedOperationException();
            }
        };
    }

    static ThemeRegistry themes() {
        List<Theme> all = List.of(theme("is-security", "general", true), theme("business-management", "general", true),
                theme("e-hr", "general", true), theme("business-watch", "general", true), theme("mobility", "general", true),
                theme("tourism", "sector", true), theme("agri-food", "sector", true), theme("retail", "sector", true),
                theme("industry", "sector", true), theme("construction", "sector", true),
                theme("old-theme", "general", false));
        // a proxy: the benchmark uses list and find only, and the toolbox's API may grow
        return (ThemeRegistry) java.lang.reflect.Proxy.newProxyInstance(Fakes.class.getClassLoader(),
                new Class<?>[] {ThemeRegistry.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "list" -> all.stream().filter(t -> (Boolean) args[1] || t.available()).toList();
                    case "find" -> all.stream().filter(t -> t.code().equals(args[1])).findFirst();
                    case "toString" -> "fake theme registry";
                    case "hashCode" -> 0;
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Theme theme(String code, String kind, boolean available) {
        return new Theme(code, kind, LocalizedText.of(Language.EN, code), LocalizedText.of(Language.EN, code), available,
                "org.cybersudoe.theme." + code, "1.0.0");
    }
}
