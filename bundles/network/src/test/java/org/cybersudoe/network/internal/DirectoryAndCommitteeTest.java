package org.cybersudoe.network.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cybersudoe.core.error.AccessDeniedException;
import org.cybersudoe.core.error.ConflictException;
import org.cybersudoe.core.error.FieldError;
import org.cybersudoe.core.error.ValidationException;
import org.cybersudoe.core.i18n.Language;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.network.Committee;
import org.cybersudoe.network.CommitteeService;
import org.cybersudoe.network.DirectoryService;
import org.cybersudoe.network.Person;
import org.cybersudoe.network.PersonDraft;
import org.cybersudoe.network.PersonQuery;
import org.cybersudoe.network.internal.jpa.CommitteeEntity;
import org.cybersudoe.network.internal.jpa.LocalizedColumns;
import org.cybersudoe.core.i18n.LocalizedText;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

public class DirectoryAndCommitteeTest {

    private static TestDatabase database;
    private static DirectoryService directory;
    private static CommitteeService committees;

    @BeforeClass
    public static void open() {
        database = TestDatabase.fresh("directory");
        StructureServiceImpl structures = new StructureServiceImpl(database.db);
        structures.create(Callers.ADMIN, Fixtures.structure("cybermassif", "FR", "FR72"));
        structures.create(Callers.ADMIN, Fixtures.structure("fib", "ES", "ES42"));
        directory = new DirectoryServiceImpl(database.db);
        committees = new CommitteeServiceImpl(database.db);
        database.db.tx(em -> {
            CommitteeEntity c = new CommitteeEntity();
            c.code = "technical";
            c.name = LocalizedColumns.of(LocalizedText.of(Language.EN, "Technical committee"));
            em.persist(c);
            return null;
        });
    }

    @AfterClass
    public static void close() {
        database.close();
    }

    @Test
    public void staffAddsAndEditsTheirOwnPeopleOnly() {
        Person maria = directory.create(Callers.FIB_STAFF, Fixtures.person("María", "García", "fib"));
        assertEquals(maria, directory.get(Callers.EVALUATOR, maria.id()));

        PersonDraft moved = new PersonDraft("María", "García", "fib", "Director", maria.email(), null, Set.of(Language.ES));
        Person updated = directory.update(Callers.FIB_STAFF, maria.id(), maria.version(), moved);
        assertEquals("Director", updated.function());
        assertEquals(Set.of(Language.ES), updated.languages());

        assertThrows(AccessDeniedException.class,
                () -> directory.create(Callers.FIB_STAFF, Fixtures.person("Jean", "Martin", "cybermassif")));
        assertThrows(AccessDeniedException.class, () -> directory.update(Callers.CYBERMASSIF_STAFF, maria.id(),
                updated.version(), moved));
        // Moving someone to another partner needs rights on both sides.
        PersonDraft toCybermassif = new PersonDraft("María", "García", "cybermassif", null, maria.email(), null, null);
        assertThrows(AccessDeniedException.class,
                () -> directory.update(Callers.FIB_STAFF, maria.id(), updated.version(), toCybermassif));
        assertThrows(AccessDeniedException.class,
                () -> directory.create(Callers.EVALUATOR, Fixtures.person("Eve", "Val", "fib")));
        assertEquals("fib", directory.get(Callers.ADMIN, maria.id()).structureCode());
    }

    @Test
    public void anUpdateThatChangesNothingKeepsTheVersion() {
        Person pedro = directory.create(Callers.FIB_STAFF, new PersonDraft("Pedro", "Ruiz", "fib", "Advisor", "pedro.ruiz@fib.example",
                "+34 600 000 000", Set.of(Language.ES, Language.EN)));
        PersonDraft same = new PersonDraft(pedro.firstName(), pedro.lastName(), pedro.structureCode(), pedro.function(), pedro.email(),
                pedro.phone(), pedro.languages());

        assertEquals(pedro, directory.update(Callers.FIB_STAFF, pedro.id(), pedro.version(), same));
        assertEquals(pedro, directory.get(Callers.EVALUATOR, pedro.id()));

        Person fewer = directory.update(Callers.FIB_STAFF, pedro.id(), pedro.version(), new PersonDraft(pedro.firstName(),
                pedro.lastName(), pedro.structureCode(), pedro.function(), pedro.email(), pedro.phone(), Set.of(Language.ES)));
        assertEquals(Set.of(Language.ES), fewer.languages());
        assertTrue(fewer.version() > pedro.version());

        PersonDraft fewerAgain = new PersonDraft(pedro.firstName(), pedro.lastName(), pedro.structureCode(),
                pedro.function(), pedro.email(), pedro.phone(), Set.of(Language.ES));
        assertEquals("the same update retried with its old version, once applied, is answered as the record is", fewer,
                directory.update(Callers.FIB_STAFF, pedro.id(), pedro.version(), fewerAgain));
        assertThrows("a stale version with another change is a conflict", ConflictException.class,
                () -> directory.update(Callers.FIB_STAFF, pedro.id(), pedro.version(), same));
        assertEquals(fewer, directory.get(Callers.EVALUATOR, pedro.id()));
    }

    @Test
    public void invalidPersonNamesFieldsAndWritesNothing() {
        Map<String, Long> before = database.counts();
        ValidationException e = assertThrows(ValidationException.class, () -> directory.create(Callers.FIB_STAFF,
                new PersonDraft(" ", null, "fib", null, "not-an-email", "call me", null)));
        List<String> fields = e.fieldErrors().stream().map(FieldError::field).toList();
        assertEquals(List.of("firstName", "lastName", "email", "phone"), fields);
        assertEquals(before, database.counts());
    }

    @Test
    public void duplicateEmailIsAConflict() {
        directory.create(Callers.ADMIN, Fixtures.person("Ana", "Ruiz", "fib"));
        assertThrows(ConflictException.class, () -> directory.create(Callers.ADMIN, Fixtures.person("Ana", "Ruiz", "fib")));
    }

    @Test
    public void searchByNameStructureAndCountry() {
        directory.create(Callers.ADMIN, Fixtures.person("Jeanne", "Dupont", "cybermassif"));
        directory.create(Callers.ADMIN, Fixtures.person("Luis", "Dupontez", "fib"));
        List<Person> byName = directory.search(Callers.EVALUATOR, new PersonQuery("dupont", null, null),
                PageRequest.first()).items();
        assertEquals(2, byName.size());
        List<Person> french = directory.search(Callers.EVALUATOR, new PersonQuery("dupont", null, "FR"),
                PageRequest.first()).items();
        assertEquals(List.of("Jeanne"), french.stream().map(Person::firstName).toList());
        List<Person> fullName = directory.search(Callers.EVALUATOR, new PersonQuery("luis dupontez", "fib", null),
                PageRequest.first()).items();
        assertEquals(1, fullName.size());
    }

    @Test
    public void partnersSeatTheirOwnPeopleInCommittees() {
        Person rep = directory.create(Callers.FIB_STAFF, Fixtures.person("Rosa", "Tec", "fib"));
        Committee technical = committees.addMember(Callers.FIB_STAFF, "technical", rep.id(), "representative");
        assertTrue(technical.members().stream().anyMatch(m -> m.personId() == rep.id() && m.role().equals("representative")));
        assertThrows(AccessDeniedException.class,
                () -> committees.removeMember(Callers.CYBERMASSIF_STAFF, "technical", rep.id()));
        assertEquals(technical, committees.get(Callers.EVALUATOR, "technical"));
        Committee after = committees.removeMember(Callers.ADMIN, "technical", rep.id());
        assertTrue(after.members().stream().noneMatch(m -> m.personId() == rep.id()));
    }
}
