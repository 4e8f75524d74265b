package org.cybersudoe.network.internal;

import org.cybersudoe.persistence.Jpql;
import java.util.Map;

import javax.persistence.EntityManager;

import org.cybersudoe.core.error.ConflictException;
import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.network.DirectoryService;
import org.cybersudoe.network.Person;
import org.cybersudoe.network.PersonDraft;
import org.cybersudoe.network.PersonQuery;
import org.cybersudoe.network.internal.jpa.PersonEntity;
import org.cybersudoe.network.internal.jpa.StructureEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = DirectoryService.class)
public class DirectoryServiceImpl implements DirectoryService {

    private static final Map<String, String> SORT = Map.of("lastName", "p.lastName", "firstName", "p.firstName",
            "structure", "p.structure.code", "email", "p.email");

    private final NetworkDatabase db;

    @Activate
    public DirectoryServiceImpl(@Reference NetworkDatabase db) {
        this.db = db;
    }

    @Override
    public Page<Person> search(Caller caller, PersonQuery query, PageRequest page) {
        caller.requireNetworkRead();
        PersonQuery q = query == null ? PersonQuery.all() : query;
        String country = Checks.clean(q.country());
        return db.tx(em -> new Jpql("PersonEntity", "p")
                .where("(LOWER(p.firstName) LIKE :name OR LOWER(p.lastName) LIKE :name"
                        + " OR LOWER(CONCAT(CONCAT(p.firstName, ' '), p.lastName)) LIKE :name)", "name", Jpql.contains(q.name()))
                .where("p.structure.code = :structure", "structure", Checks.clean(q.structureCode()))
                .where("p.structure.country = :country", "country", country == null ? null : country.toUpperCase())
                .page(em, PersonEntity.class, page, SORT, "p.lastName ASC, p.firstName ASC, p.id ASC")
                .map(Mapping::person));
    }

    @Override
    public Person get(Caller caller, long id) {
        caller.requireNetworkRead();
        return db.tx(em -> Mapping.person(find(em, id)));
    }

    @Override
    public Person create(Caller caller, PersonDraft draft) {
        caller.requireNetworkRead();
        validate(draft);
        caller.requireChange(draft.structureCode());
        return db.tx(em -> {
            StructureEntity structure = structure(em, draft.structureCode());
            checkEmailFree(em, draft.email(), null);
            PersonEntity e = new PersonEntity();
            apply(e, draft, structure);
            em.persist(e);
            em.flush();
            return Mapping.person(e);
        });
    }

    @Override
    public Person update(Caller caller, long id, long expectedVersion, PersonDraft draft) {
        caller.requireNetworkRead();
        return db.tx(em -> {
            PersonEntity e = find(em, id);
            // Scope before content: a caller outside the record's partner learns nothing of the rules.
            caller.requireChange(e.structure.code);
            validate(draft);
            caller.requireChange(draft.structureCode());
            StructureEntity structure = structure(em, draft.structureCode());
            checkEmailFree(em, draft.email(), e.id);
            Person before = Mapping.person(e);
            apply(e, draft, structure);
            if (before.version() != expectedVersion && !Mapping.person(e).equals(before)) {
                throw StructureServiceImpl.stale("error.conflict.stale.person", id, before.version());
            }
            em.flush();
            return Mapping.person(e);
        });
    }

    static PersonEntity find(EntityManager em, long id) {
        PersonEntity e = em.find(PersonEntity.class, id);
        if (e == null) {
            throw new NotFoundException(NetworkTexts.MESSAGES.text("error.not-found.person", id));
        }
        return e;
    }

    public static PersonEntity byEmail(EntityManager em, String email) {
        return em.createQuery("SELECT p FROM PersonEntity p WHERE LOWER(p.email) = :e", PersonEntity.class)
                .setParameter("e", email.toLowerCase()).getResultStream().findFirst().orElse(null);
    }

    private static StructureEntity structure(EntityManager em, String code) {
        StructureEntity s = StructureServiceImpl.findOptional(em, code);
        if (s == null) {
            throw new org.cybersudoe.core.error.ValidationException("structure", "unknown",
                    NetworkTexts.MESSAGES.text("error.field.no-structure", code));
        }
        return s;
    }

    private static void checkEmailFree(EntityManager em, String email, Long self) {
        PersonEntity other = byEmail(em, email);
        if (other != null && !other.id.equals(self)) {
            throw new ConflictException("email", NetworkTexts.MESSAGES.text("error.conflict.email-taken", email));
        }
    }

    public static void apply(PersonEntity e, PersonDraft d, StructureEntity structure) {
        e.firstName = d.firstName().strip();
        e.lastName = d.lastName().strip();
        e.structure = structure;
        e.function = Checks.clean(d.function());
        e.email = d.email().strip();
        e.phone = Checks.clean(d.phone());
        e.languages.clear();
        e.languages.addAll(Mapping.languageCodes(d.languages()));
    }

    /** Checks a draft, naming every offending field. */
    public static void checkDraft(PersonDraft d) {
        validate(d);
    }

    static void validate(PersonDraft d) {
        Validator v = new Validator();
        if (d == null) {
            v.required("body", null).throwIfInvalid();
        }
        v.required("firstName", d.firstName()).maxLength("firstName", d.firstName(), 100)
                .required("lastName", d.lastName()).maxLength("lastName", d.lastName(), 100)
                .required("structure", d.structureCode())
                .maxLength("function", d.function(), 200)
                .required("email", d.email()).maxLength("email", d.email(), 254)
                .email("email", d.email() == null ? null : d.email().strip())
                .maxLength("phone", d.phone(), 40)
                .checkIfPresent(Checks.clean(d.phone()), p -> p.matches("\\+?[0-9 ().-]{4,40}"), "phone",
                        "invalid-value", () -> NetworkTexts.MESSAGES.text("error.field.phone"));
        v.throwIfInvalid();
    }
}
