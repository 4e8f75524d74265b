package org.cybersudoe.network.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.network.MembershipStatus;
import org.cybersudoe.network.Person;
import org.cybersudoe.network.Structure;
import org.cybersudoe.network.internal.jpa.PersonEntity;
import org.cybersudoe.network.internal.jpa.StructureEntity;

/** Entity to DTO mapping, always inside the transaction that read the entity. */
public final class Mapping {

    private Mapping() {
    }

    public static Structure structure(StructureEntity e) {
        return new Structure(e.code, e.name.toText(), MembershipStatus.valueOf(e.status), e.statusSince, e.country,
                e.sortedRegions(), e.nutsEdition, languages(e.languages), Set.copyOf(e.workPackages), e.leadPartner,
                e.website, e.version);
    }

    public static Person person(PersonEntity e) {
        return new Person(e.id, e.firstName, e.lastName, e.structure.code, e.function, e.email, e.phone,
                languages(e.languages), e.version);
    }

    public static Set<Language> languages(Set<String> codes) {
        EnumSet<Language> set = EnumSet.noneOf(Language.class);
        codes.forEach(c -> Language.fromCode(c).ifPresent(set::add));
        return set;
    }

    public static Set<String> languageCodes(Set<Language> languages) {
        return languages.stream().map(Language::code).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    public static LocalDateTime utcNow() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    public static Instant instant(LocalDateTime utc) {
        return utc.toInstant(ZoneOffset.UTC);
    }
}
