package org.cybersudoe.benchmark.internal.loader;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;

import org.cybersudoe.benchmark.GoldenRuleDraft;
import org.cybersudoe.benchmark.SheetDraft;
import org.cybersudoe.benchmark.SheetStatus;
import org.cybersudoe.benchmark.internal.BenchmarkDatabase;
import org.cybersudoe.benchmark.internal.BenchmarkTexts;
import org.cybersudoe.benchmark.internal.Checks;
import org.cybersudoe.benchmark.internal.Mapping;
import org.cybersudoe.benchmark.internal.jpa.CharterRuleEntity;
import org.cybersudoe.benchmark.internal.jpa.CharterVersionEntity;
import org.cybersudoe.benchmark.internal.jpa.MethodEntity;
import org.cybersudoe.benchmark.internal.jpa.RuleEntity;
import org.cybersudoe.benchmark.internal.jpa.RuleTexts;
import org.cybersudoe.benchmark.internal.jpa.SheetEntity;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;
import org.cybersudoe.core.security.Caller;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Loads one benchmark data file (the demo programme's sheets, golden rules and first charter):
 * reads and checks all of it, then writes it in one transaction. A file with any problem is
 * refused whole and the ValidationException names every offending field. Loading is
 * idempotent: a sheet (by its {@code key}), a rule (by its code) or a charter version (by its
 * number) already there is left as it is, so partners' later changes survive a restart.
 *
 * <p>Sections, applied in this order: {@code sheets}, {@code goldenRules}, {@code charter}.
 * Theme codes are not checked against the toolbox here: theme bundles may start after the data
 * bundle; the service checks them whenever a sheet is changed.
 */
public final class BenchmarkLoader {

    private static final Set<String> SECTIONS = Set.of("sheets", "goldenRules", "charter");
    private static final Set<String> SHEET_FIELDS = Set.of("key", "owner", "country", "status", "method", "themes",
            "sectors", "costEuros", "reach", "title", "targetCompanies", "description", "duration", "results",
            "strengths", "weaknesses", "transferability");

    private final BenchmarkDatabase db;
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    public BenchmarkLoader(BenchmarkDatabase db) {
        this.db = db;
    }

    /** What a load wrote. */
    public record Result(String file, int created, int unchanged) {
        @Override
        public String toString() {
            return file + ": " + created + " created, " + unchanged + " unchanged";
        }
    }

    record SheetData(String key, SheetStatus status, SheetDraft draft) {
    }

    record RuleData(GoldenRuleDraft draft, List<String> sheetKeys, String field) {
    }

    record CharterData(int number, LocalizedText preamble) {
    }

    /**
     * Loads a file as the platform itself ({@link Caller#SYSTEM}).
     *
     * @throws ValidationException naming the file's offending fields; nothing is written then
     */
    public Result load(String fileName, InputStream in) throws IOException {
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JsonProcessingException e) {
            throw new ValidationException("(file)", "malformed",
                    BenchmarkTexts.MESSAGES.text("error.field.invalid-json", fileName, e.getOriginalMessage()));
        }
        Validator v = new Validator();
        if (root == null || !root.isObject()) {
            v.check(false, "(file)", "malformed", () -> BenchmarkTexts.MESSAGES.text("error.field.json-object"))
                    .throwIfInvalid();
        }
        root.fieldNames().forEachRemaining(f -> v.check(SECTIONS.contains(f), f, "unknown-field",
                () -> BenchmarkTexts.MESSAGES.text("error.field.sections", String.join(", ", SECTIONS))));
        List<SheetData> sheets = new ArrayList<>();
        int i = 0;
        for (JsonNode n : root.path("sheets")) {
            sheets.add(sheet(v, "sheets[" + i++ + "]", n));
        }
        List<RuleData> rules = new ArrayList<>();
        i = 0;
        for (JsonNode n : root.path("goldenRules")) {
            rules.add(rule(v, "goldenRules[" + i++ + "]", n));
        }
        CharterData charter = null;
        if (root.has("charter")) {
            JsonNode c = root.path("charter");
            v.check(c.path("version").isInt() && c.path("version").asInt() >= 1, "charter.version", "invalid-value",
                    () -> BenchmarkTexts.MESSAGES.text("error.field.charter-version"));
            LocalizedText preamble = text(v, "charter.preamble", c.path("preamble"));
            Checks.everyLanguage(v, "charter.preamble", preamble, 4000);
            charter = new CharterData(c.path("version").asInt(), preamble);
        }
        v.throwIfInvalid();
        int[] counts = new int[2];
        CharterData charterData = charter;
        db.tx(em -> {
            for (SheetData s : sheets) {
                count(counts, writeSheet(em, s));
            }
            for (RuleData r : rules) {
                count(counts, writeRule(em, r));
            }
            if (charterData != null) {
                count(counts, writeCharter(em, charterData));
            }
            return null;
        });
        return new Result(fileName, counts[0], counts[1]);
    }

    private static void count(int[] counts, boolean created) {
        counts[created ? 0 : 1]++;
    }

    // ---- reading

    private SheetData sheet(Validator v, String at, JsonNode n) {
        n.fieldNames().forEachRemaining(f -> v.check(SHEET_FIELDS.contains(f), at + "." + f, "unknown-field",
                () -> BenchmarkTexts.MESSAGES.text("error.field.not-a-sheet-field")));
        String key = n.path("key").asText(null);
        v.required(at + ".key", key).maxLength(at + ".key", key, 80);
        SheetStatus status = SheetStatus.fromCode(n.path("status").asText("draft")).orElse(null);
        v.check(status != null, at + ".status", "invalid-value",
                () -> BenchmarkTexts.MESSAGES.text("error.field.sheet-status"));
        Checks.code(v, at + ".owner", n.path("owner").asText(null));
        Checks.country(v, at + ".country", n.path("country").asText(null));
        Checks.code(v, at + ".method", n.path("method").asText(null));
        BigDecimal cost = n.hasNonNull("costEuros") ? n.path("costEuros").decimalValue() : null;
        Integer reach = n.hasNonNull("reach") ? n.path("reach").asInt() : null;
        LocalizedText title = text(v, at + ".title", n.path("title"));
        Checks.localized(v, at + ".title", title, 300, true);
        SheetDraft d = new SheetDraft(n.path("owner").asText(null), n.path("country").asText(null), title,
                text(v, at + ".targetCompanies", n.path("targetCompanies")), text(v, at + ".description", n.path("description")),
                codes(v, at + ".themes", n.path("themes")), codes(v, at + ".sectors", n.path("sectors")),
                n.path("method").asText(null), cost, reach, text(v, at + ".duration", n.path("duration")),
                text(v, at + ".results", n.path("results")), text(v, at + ".strengths", n.path("strengths")),
                text(v, at + ".weaknesses", n.path("weaknesses")), text(v, at + ".transferability", n.path("transferability")));
        return new SheetData(key, status, d);
    }

    private RuleData rule(Validator v, String at, JsonNode n) {
        Checks.code(v, at + ".code", n.path("code").asText(null));
        LocalizedText title = text(v, at + ".title", n.path("title"));
        LocalizedText body = text(v, at + ".text", n.path("text"));
        Checks.everyLanguage(v, at + ".title", title, 300);
        Checks.everyLanguage(v, at + ".text", body, 4000);
        List<String> keys = new ArrayList<>();
        n.path("supportingSheets").forEach(k -> keys.add(k.asText()));
        Integer position = n.hasNonNull("position") ? n.path("position").asInt() : null;
        return new RuleData(new GoldenRuleDraft(n.path("code").asText(null), position, title, body, List.of()), keys, at);
    }

    private static LocalizedText text(Validator v, String field, JsonNode n) {
        Map<Language, String> map = new EnumMap<>(Language.class);
        if (n.isMissingNode() || n.isNull()) {
            return new LocalizedText(map);
        }
        if (!n.isObject()) {
            v.check(false, field, "invalid-value", () -> BenchmarkTexts.MESSAGES.text("error.field.language-object"));
            return new LocalizedText(map);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            var language = Language.fromCode(e.getKey()).filter(l -> l.code().equals(e.getKey()));
            v.check(language.isPresent(), field + "." + e.getKey(), "unknown-field",
                    () -> BenchmarkTexts.MESSAGES.text("error.field.languages"));
            language.ifPresent(l -> map.put(l, e.getValue().asText()));
        }
        return new LocalizedText(map);
    }

    private static List<String> codes(Validator v, String field, JsonNode n) {
        List<String> out = new ArrayList<>();
        int i = 0;
        for (JsonNode c : n) {
            Checks.code(v, field + "[" + i++ + "]", c.asText(null));
            out.add(c.asText());
        }
        return out;
    }

    // ---- writing

    private static boolean writeSheet(EntityManager em, SheetData s) {
        boolean exists = !em.createQuery("SELECT s.id FROM SheetEntity s WHERE s.sourceKey = :k", Long.class)
                .setParameter("k", s.key()).getResultList().isEmpty();
        if (exists) {
            return false;
        }
        if (em.find(MethodEntity.class, s.draft().method()) == null) {
            throw new ValidationException("sheets." + s.key() + ".method", "invalid-value",
                    BenchmarkTexts.MESSAGES.text("error.field.unknown-method"));
        }
        SheetEntity e = new SheetEntity();
        e.sourceKey = s.key();
        e.status = s.status().name();
        e.createdBy = Caller.SYSTEM.login();
        e.createdAt = Mapping.utcNow();
        e.updatedAt = e.createdAt;
        if (s.status() == SheetStatus.PUBLISHED) {
            e.submittedAt = e.createdAt;
            e.reviewedAt = e.createdAt;
            e.reviewedBy = Caller.SYSTEM.login();
            e.publishedAt = e.createdAt;
        }
        Mapping.apply(e, s.draft());
        em.persist(e);
        em.flush();
        return true;
    }

    private static boolean writeRule(EntityManager em, RuleData r) {
        GoldenRuleDraft d = r.draft();
        boolean exists = !em.createQuery("SELECT r.id FROM RuleEntity r WHERE r.code = :c", Long.class)
                .setParameter("c", d.code()).getResultList().isEmpty();
        if (exists) {
            return false;
        }
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < r.sheetKeys().size(); i++) {
            String key = r.sheetKeys().get(i);
            List<SheetEntity> found = em.createQuery("SELECT s FROM SheetEntity s WHERE s.sourceKey = :k", SheetEntity.class)
                    .setParameter("k", key).getResultList();
            if (found.isEmpty() || !SheetStatus.PUBLISHED.name().equals(found.get(0).status)) {
                throw new ValidationException(r.field() + ".supportingSheets[" + i + "]", "invalid-value",
                        BenchmarkTexts.MESSAGES.text("error.field.loaded-sheet-key", key));
            }
            ids.add(found.get(0).id);
        }
        RuleEntity e = new RuleEntity();
        e.code = d.code();
        if (d.position() != null) {
            e.position = d.position();
        } else {
            Integer last = em.createQuery("SELECT MAX(x.position) FROM RuleEntity x", Integer.class).getSingleResult();
            e.position = last == null ? 1 : last + 1;
        }
        e.texts = RuleTexts.of(d.title(), d.text());
        e.sheetIds.addAll(ids);
        e.updatedAt = Mapping.utcNow();
        em.persist(e);
        em.flush();
        return true;
    }

    private static boolean writeCharter(EntityManager em, CharterData c) {
        boolean exists = !em.createQuery("SELECT v.id FROM CharterVersionEntity v WHERE v.number = :n", Long.class)
                .setParameter("n", c.number()).getResultList().isEmpty();
        if (exists) {
            return false;
        }
        CharterVersionEntity v = new CharterVersionEntity();
        v.number = c.number();
        v.preambleFr = c.preamble().exact(Language.FR).orElse(null);
        v.preambleEs = c.preamble().exact(Language.ES).orElse(null);
        v.preamblePt = c.preamble().exact(Language.PT).orElse(null);
        v.preambleEn = c.preamble().exact(Language.EN).orElse(null);
        v.publishedBy = Caller.SYSTEM.login();
        v.publishedAt = Mapping.utcNow();
        int position = 1;
        for (RuleEntity r : em.createQuery("SELECT r FROM RuleEntity r ORDER BY r.position, r.code", RuleEntity.class)
                .getResultList()) {
            CharterRuleEntity copy = new CharterRuleEntity();
            copy.version = v;
            copy.position = position++;
            copy.code = r.code;
            copy.texts = RuleTexts.of(r.texts.title(), r.texts.body());
            copy.sheetIds = String.join(",", r.sheetIds.stream().sorted().map(String::valueOf).toList());
            v.rules.add(copy);
        }
        em.persist(v);
        em.flush();
        return true;
    }
}
