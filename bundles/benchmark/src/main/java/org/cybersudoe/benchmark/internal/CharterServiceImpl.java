package org.cybersudoe.benchmark.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.cybersudoe.benchmark.Adoption;
import org.cybersudoe.benchmark.AdoptionStatus;
import org.cybersudoe.benchmark.CharterService;
import org.cybersudoe.benchmark.CharterVersion;
import org.cybersudoe.benchmark.GoldenRule;
import org.cybersudoe.benchmark.GoldenRuleDraft;
import org.cybersudoe.benchmark.SheetStatus;
import org.cybersudoe.benchmark.internal.jpa.AdoptionEntity;
import org.cybersudoe.benchmark.internal.jpa.CharterRuleEntity;
import org.cybersudoe.benchmark.internal.jpa.CharterVersionEntity;
import org.cybersudoe.benchmark.internal.jpa.RuleEntity;
import org.cybersudoe.benchmark.internal.jpa.RuleTexts;
import org.cybersudoe.benchmark.internal.jpa.SheetEntity;
import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.error.ConflictException;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.core.security.Role;
import org.cybersudoe.network.MembershipStatus;
import org.cybersudoe.network.Structure;
import org.cybersudoe.network.StructureQuery;
import org.cybersudoe.network.StructureService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

@Component(service = CharterService.class, configurationPid = BenchmarkConfig.PID)
public class CharterServiceImpl implements CharterService {

    private final BenchmarkDatabase db;
    private final StructureService structures;
    private volatile int minimumRules;

    @Activate
    public CharterServiceImpl(@Reference BenchmarkDatabase db, @Reference StructureService structures,
            BenchmarkConfig config) {
        this.db = db;
        this.structures = structures;
        modified(config);
    }

    @Modified
    void modified(BenchmarkConfig config) {
        this.minimumRules = config.minimumRules();
    }

    // ---- golden rules

    @Override
    public List<GoldenRule> rules(Caller caller) {
        caller.requireNetworkRead();
        return db.tx(em -> em.createQuery("SELECT r FROM RuleEntity r ORDER BY r.position, r.code", RuleEntity.class)
                .getResultList().stream().map(CharterServiceImpl::rule).toList());
    }

    @Override
    public GoldenRule rule(Caller caller, String code) {
        caller.requireNetworkRead();
        return db.tx(em -> rule(findRule(em, code)));
    }

    @Override
    public GoldenRule createRule(Caller caller, GoldenRuleDraft draft) {
        caller.requireAdmin();
        validate(draft, true);
        return db.tx(em -> {
            if (findRuleOptional(em, draft.code()) != null) {
                throw new ConflictException("code", BenchmarkTexts.MESSAGES.text("error.conflict.rule-code", draft.code()));
            }
            checkSheets(em, draft);
            RuleEntity e = new RuleEntity();
            e.code = draft.code();
            apply(em, e, draft);
            e.updatedAt = Mapping.utcNow();
            em.persist(e);
            em.flush();
            return rule(e);
        });
    }

    @Override
    public GoldenRule updateRule(Caller caller, String code, long expectedVersion, GoldenRuleDraft draft) {
        caller.requireAdmin();
        validate(draft, false);
        new Validator().check(draft.code() == null || draft.code().equals(code), "code", "invalid-value",
                () -> BenchmarkTexts.MESSAGES.text("error.field.rule-code-unchanged", code)).throwIfInvalid();
        return db.tx(em -> {
            RuleEntity e = findRule(em, code);
            checkSheets(em, draft);
            GoldenRule before = rule(e);
            apply(em, e, draft);
            boolean changes = !rule(e).equals(before);
            // stale but changing nothing: a retry whose first answer was lost, already applied
            if (changes && before.version() != expectedVersion) {
                throw new ConflictException("version",
                        BenchmarkTexts.MESSAGES.text("error.conflict.rule-version", code, before.version()));
            }
            // a new time would be a change of its own: the same rule sent again would move the version
            if (changes) {
                e.updatedAt = Mapping.utcNow();
            }
            em.flush();
            return rule(e);
        });
    }

    @Override
    public void deleteRule(Caller caller, String code, long expectedVersion) {
        caller.requireAdmin();
        db.tx(em -> {
            RuleEntity e = findRule(em, code);
            if (e.version != expectedVersion) {
                throw new ConflictException("version",
                        BenchmarkTexts.MESSAGES.text("error.conflict.rule-version", code, e.version));
            }
            // a published version holds its own copy, but partners adopted the rule under this code
            List<Integer> versions = em.createQuery("SELECT c.version.number FROM CharterRuleEntity c WHERE c.code = :c",
                    Integer.class).setParameter("c", code).getResultList().stream().distinct().sorted().toList();
            if (!versions.isEmpty()) {
                throw new ConflictException("code", BenchmarkTexts.MESSAGES.text("error.conflict.rule-published", code,
                        versions.stream().map(String::valueOf).collect(Collectors.joining(", "))));
            }
            em.remove(e);
            return null;
        });
    }

    private static void apply(EntityManager em, RuleEntity e, GoldenRuleDraft d) {
        if (d.position() != null) {
            e.position = d.position();
        } else if (e.id == null) {
            Integer last = em.createQuery("SELECT MAX(r.position) FROM RuleEntity r", Integer.class).getSingleResult();
            e.position = last == null ? 1 : last + 1;
        }
        e.texts = RuleTexts.of(d.title(), d.text());
        e.sheetIds.clear();
        e.sheetIds.addAll(d.supportingSheets());
    }

    /** A rule is supported by published sheets only: a draft may still change or be deleted. */
    private static void checkSheets(EntityManager em, GoldenRuleDraft d) {
        Validator v = new Validator();
        for (int i = 0; i < d.supportingSheets().size(); i++) {
            Long id = d.supportingSheets().get(i);
            SheetEntity s = id == null ? null : em.find(SheetEntity.class, id);
            v.check(s != null && SheetStatus.PUBLISHED.name().equals(s.status), "supportingSheets[" + i + "]",
                    "invalid-value", () -> BenchmarkTexts.MESSAGES.text("error.field.published-sheet-id"));
        }
        v.throwIfInvalid();
    }

    static void validate(GoldenRuleDraft d, boolean creating) {
        Validator v = new Validator();
        if (d == null) {
            v.required("body", null).throwIfInvalid();
        }
        if (creating) {
            Checks.code(v, "code", d.code());
        }
        // the charter partners adopt is read in every language of the network
        Checks.everyLanguage(v, "title", d.title(), 300);
        Checks.everyLanguage(v, "text", d.text(), 4000);
        v.checkIfPresent(d.position(), p -> p >= 1 && p <= 1000, "position", "invalid-value",
                () -> BenchmarkTexts.MESSAGES.text("error.field.position"));
        v.check(d.supportingSheets().stream().distinct().count() == d.supportingSheets().size(), "supportingSheets",
                "invalid-value", () -> BenchmarkTexts.MESSAGES.text("error.field.sheet-named-twice"));
        v.throwIfInvalid();
    }

    // ---- charter versions

    @Override
    public List<CharterVersion> versions(Caller caller) {
        caller.requireNetworkRead();
        return db.tx(em -> em.createQuery("SELECT v FROM CharterVersionEntity v ORDER BY v.number DESC",
                CharterVersionEntity.class).getResultList().stream().map(CharterServiceImpl::version).toList());
    }

    @Override
    public Optional<CharterVersion> current(Caller caller) {
        caller.requireNetworkRead();
        return db.tx(em -> latest(em).map(CharterServiceImpl::version));
    }

    @Override
    public CharterVersion version(Caller caller, int number) {
        caller.requireNetworkRead();
        return db.tx(em -> em.createQuery("SELECT v FROM CharterVersionEntity v WHERE v.number = :n",
                CharterVersionEntity.class).setParameter("n", number).getResultStream().findFirst()
                .map(CharterServiceImpl::version).orElseThrow(() -> new NotFoundException(
                        BenchmarkTexts.MESSAGES.text("error.not-found.charter-version", number))));
    }

    @Override
    public CharterVersion publish(Caller caller, LocalizedText preamble) {
        caller.requireAdmin();
        Validator v = new Validator();
        Checks.everyLanguage(v, "preamble", preamble, 4000);
        v.throwIfInvalid();
        return db.tx(em -> {
            List<RuleEntity> rules = em.createQuery("SELECT r FROM RuleEntity r ORDER BY r.position, r.code",
                    RuleEntity.class).getResultList();
            if (rules.size() < minimumRules) {
                throw new ConflictException("rules",
                        BenchmarkTexts.MESSAGES.text("error.conflict.charter-rules", minimumRules, rules.size()));
            }
            // rules written before every language was required, or loaded from elsewhere
            List<String> incomplete = new ArrayList<>();
            for (RuleEntity r : rules) {
                List<String> missing = new ArrayList<>(Checks.missingLanguages("title", r.texts.title()));
                missing.addAll(Checks.missingLanguages("text", r.texts.body()));
                if (!missing.isEmpty()) {
                    incomplete.add(r.code + " (" + String.join(", ", missing) + ")");
                }
            }
            if (!incomplete.isEmpty()) {
                throw new ConflictException("rules", BenchmarkTexts.MESSAGES.text(
                        "error.conflict.rules-not-in-every-language", String.join(", ", incomplete)));
            }
            CharterVersionEntity version = new CharterVersionEntity();
            version.number = latest(em).map(x -> x.number + 1).orElse(1);
            version.preambleFr = preamble.exact(Language.FR).orElse(null);
            version.preambleEs = preamble.exact(Language.ES).orElse(null);
            version.preamblePt = preamble.exact(Language.PT).orElse(null);
            version.preambleEn = preamble.exact(Language.EN).orElse(null);
            version.publishedBy = caller.login();
            version.publishedAt = Mapping.utcNow();
            int position = 1;
            for (RuleEntity r : rules) {
                CharterRuleEntity copy = new CharterRuleEntity();
                copy.version = version;
                copy.position = position++;
                copy.code = r.code;
                copy.texts = RuleTexts.of(r.texts.title(), r.texts.body());
                copy.sheetIds = r.sheetIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
                version.rules.add(copy);
            }
            em.persist(version);
            em.flush();
            return version(version);
        });
    }

    // ---- adoption

    @Override
    public Adoption adopt(Caller caller, String partner, int number) {
        caller.requireNetworkRead();
        // A partner commits to the charter through its administrators, not any staff member.
        if (!caller.isAdmin() && !(caller.has(Role.PARTNER_ADMIN) && caller.partnerCode().map(p -> p.equals(partner)).orElse(false))) {
            throw new AccessDeniedException("benchmark.adoption",
                    BenchmarkTexts.MESSAGES.text("error.denied.adoption", caller.login(), partner));
        }
        Structure structure;
        try {
            structure = structures.get(caller, partner);
        } catch (NotFoundException e) {
            throw new NotFoundException(BenchmarkTexts.MESSAGES.text("error.not-found.partner", partner));
        }
        if (structure.status() != MembershipStatus.PARTNER) {
            throw new ConflictException("partner",
                    BenchmarkTexts.MESSAGES.text("error.conflict.not-a-partner", partner, structure.status().code()));
        }
        return db.tx(em -> {
            int current = latest(em).map(v -> v.number).orElseThrow(
                    () -> new ConflictException("version", BenchmarkTexts.MESSAGES.text("error.conflict.no-charter")));
            if (number != current) {
                throw new ConflictException("version",
                        BenchmarkTexts.MESSAGES.text("error.conflict.not-current-version", number, current));
            }
            AdoptionEntity existing = em.createQuery(
                    "SELECT a FROM AdoptionEntity a WHERE a.partner = :p AND a.versionNumber = :n", AdoptionEntity.class)
                    .setParameter("p", partner).setParameter("n", number).getResultStream().findFirst().orElse(null);
            if (existing != null) {
                return adoption(existing);
            }
            AdoptionEntity a = new AdoptionEntity();
            a.partner = partner;
            a.versionNumber = number;
            a.adoptedBy = caller.login();
            a.adoptedAt = Mapping.utcNow();
            em.persist(a);
            em.flush();
            return adoption(a);
        });
    }

    @Override
    public List<AdoptionStatus> adoptionStatus(Caller caller) {
        caller.requireNetworkRead();
        List<String> partners = structures.list(caller, new StructureQuery(MembershipStatus.PARTNER, null, null),
                new PageRequest(0, PageRequest.MAX_LIMIT, List.of())).items().stream().map(Structure::code).sorted().toList();
        return db.tx(em -> {
            int current = latest(em).map(v -> v.number).orElse(0);
            Map<String, AdoptionEntity> latestByPartner = new HashMap<>();
            for (AdoptionEntity a : em.createQuery("SELECT a FROM AdoptionEntity a ORDER BY a.versionNumber, a.adoptedAt",
                    AdoptionEntity.class).getResultList()) {
                latestByPartner.put(a.partner, a);
            }
            List<AdoptionStatus> out = new ArrayList<>();
            for (String p : partners) {
                AdoptionEntity a = latestByPartner.get(p);
                out.add(new AdoptionStatus(p, current, current > 0 && a != null && a.versionNumber == current,
                        a == null ? null : adoption(a)));
            }
            return out;
        });
    }

    @Override
    public List<Adoption> adoptions(Caller caller) {
        caller.requireNetworkRead();
        return db.tx(em -> em.createQuery("SELECT a FROM AdoptionEntity a ORDER BY a.adoptedAt DESC, a.id DESC",
                AdoptionEntity.class).getResultList().stream().map(CharterServiceImpl::adoption).toList());
    }

    // ---- mapping

    static Optional<CharterVersionEntity> latest(EntityManager em) {
        return em.createQuery("SELECT v FROM CharterVersionEntity v ORDER BY v.number DESC", CharterVersionEntity.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    static RuleEntity findRule(EntityManager em, String code) {
        RuleEntity e = findRuleOptional(em, code);
        if (e == null) {
            throw new NotFoundException(BenchmarkTexts.MESSAGES.text("error.not-found.golden-rule", code));
        }
        return e;
    }

    static RuleEntity findRuleOptional(EntityManager em, String code) {
        return code == null ? null : em.createQuery("SELECT r FROM RuleEntity r WHERE r.code = :c", RuleEntity.class)
                .setParameter("c", code).getResultStream().findFirst().orElse(null);
    }

    static GoldenRule rule(RuleEntity e) {
        return new GoldenRule(e.code, e.position, e.texts.title(), e.texts.body(), e.sheetIds.stream().sorted().toList(),
                e.version);
    }

    static CharterVersion version(CharterVersionEntity v) {
        List<GoldenRule> rules = v.rules.stream().sorted(Comparator.comparingInt(r -> r.position))
                .map(r -> new GoldenRule(r.code, r.position, r.texts.title(), r.texts.body(), ids(r.sheetIds), 0))
                .toList();
        return new CharterVersion(v.number, RuleTexts.text(v.preambleFr, v.preambleEs, v.preamblePt, v.preambleEn),
                v.publishedBy, Mapping.instant(v.publishedAt), rules);
    }

    private static List<Long> ids(String csv) {
        return csv == null || csv.isBlank() ? List.of()
                : Arrays.stream(csv.split(",")).map(String::strip).map(Long::valueOf).sorted().toList();
    }

    static Adoption adoption(AdoptionEntity a) {
        return new Adoption(a.partner, a.versionNumber, a.adoptedBy, Mapping.instant(a.adoptedAt));
    }
}
