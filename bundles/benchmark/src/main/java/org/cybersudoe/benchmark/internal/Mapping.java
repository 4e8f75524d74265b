package org.cybersudoe.benchmark.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.cybersudoe.benchmark.Method;
import org.cybersudoe.benchmark.Sheet;
import org.cybersudoe.benchmark.SheetDraft;
import org.cybersudoe.benchmark.SheetStatus;
import org.cybersudoe.benchmark.internal.jpa.MethodEntity;
import org.cybersudoe.benchmark.internal.jpa.RuleTexts;
import org.cybersudoe.benchmark.internal.jpa.SheetEntity;
import org.cybersudoe.benchmark.internal.jpa.SheetTextEntity;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.i18n.LocalizedText;

/** Entity to DTO mapping, always inside the transaction that read the entity. */
public final class Mapping {

    private Mapping() {
    }

    public static Method method(MethodEntity e) {
        return new Method(e.code, RuleTexts.text(e.fr, e.es, e.pt, e.en), e.position);
    }

    public static Sheet sheet(SheetEntity e) {
        Set<Language> languages = EnumSet.noneOf(Language.class);
        e.texts.forEach(t -> Language.fromCode(t.lang).ifPresent(languages::add));
        return new Sheet(e.id, e.owner, e.country, text(e, t -> t.title), text(e, t -> t.targetCompanies),
                text(e, t -> t.description), e.themes.stream().sorted().toList(), e.sectors.stream().sorted().toList(),
                e.method, e.costEuros, e.reach, text(e, t -> t.duration), text(e, t -> t.results),
                text(e, t -> t.strengths), text(e, t -> t.weaknesses), text(e, t -> t.transferability), languages,
                SheetStatus.valueOf(e.status), e.createdBy, instant(e.createdAt), instant(e.updatedAt),
                instant(e.submittedAt), e.reviewedBy, instant(e.reviewedAt), e.reviewComment, instant(e.publishedAt),
                e.version);
    }

    private static LocalizedText text(SheetEntity e, Function<SheetTextEntity, String> field) {
        Map<Language, String> map = new EnumMap<>(Language.class);
        for (SheetTextEntity t : e.texts) {
            Language.fromCode(t.lang).ifPresent(l -> map.put(l, field.apply(t)));
        }
        map.values().removeIf(v -> v == null);
        return new LocalizedText(map);
    }

    /** Copies a draft's data (not status nor audit fields) into the entity. */
    public static void apply(SheetEntity e, SheetDraft d) {
        e.owner = d.owner();
        e.country = d.country();
        e.method = d.method();
        // stored with two decimals; the same scale in what create returns and what a read returns
        e.costEuros = d.costEuros() == null ? null : d.costEuros().setScale(2, java.math.RoundingMode.HALF_UP);
        e.reach = d.reach();
        e.themes.clear();
        e.themes.addAll(d.themes());
        e.sectors.clear();
        e.sectors.addAll(d.sectors());
        List<SheetTextEntity> keep = new ArrayList<>();
        for (Language language : Language.values()) {
            SheetTextEntity t = e.texts.stream().filter(x -> x.lang.equals(language.code())).findFirst().orElse(null);
            if (t == null) {
                t = new SheetTextEntity();
                t.sheet = e;
                t.lang = language.code();
            }
            boolean any = set(t, language, d.title(), (x, v) -> x.title = v)
                    | set(t, language, d.targetCompanies(), (x, v) -> x.targetCompanies = v)
                    | set(t, language, d.description(), (x, v) -> x.description = v)
                    | set(t, language, d.duration(), (x, v) -> x.duration = v)
                    | set(t, language, d.results(), (x, v) -> x.results = v)
                    | set(t, language, d.strengths(), (x, v) -> x.strengths = v)
                    | set(t, language, d.weaknesses(), (x, v) -> x.weaknesses = v)
                    | set(t, language, d.transferability(), (x, v) -> x.transferability = v);
            if (any) {
                keep.add(t);
            }
        }
        // orphanRemoval deletes the rows of languages the sheet no longer has
        e.texts.retainAll(keep);
        keep.stream().filter(t -> !e.texts.contains(t)).forEach(e.texts::add);
    }

    private static boolean set(SheetTextEntity t, Language language, LocalizedText text,
            BiConsumer<SheetTextEntity, String> setter) {
        String value = text == null ? null : text.exact(language).orElse(null);
        setter.accept(t, value);
        return value != null;
    }

    public static LocalDateTime utcNow() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    public static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
