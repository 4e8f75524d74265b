package org.cybersudoe.network.internal;

import java.util.Comparator;
import java.util.List;

import javax.persistence.EntityManager;

import org.cybersudoe.core.error.NotFoundException;
import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.network.Committee;
import org.cybersudoe.network.CommitteeMember;
import org.cybersudoe.network.CommitteeService;
import org.cybersudoe.network.internal.jpa.CommitteeEntity;
import org.cybersudoe.network.internal.jpa.CommitteeMemberEntity;
import org.cybersudoe.network.internal.jpa.PersonEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = CommitteeService.class)
public class CommitteeServiceImpl implements CommitteeService {

    private final NetworkDatabase db;

    @Activate
    public CommitteeServiceImpl(@Reference NetworkDatabase db) {
        this.db = db;
    }

    @Override
    public List<Committee> list(Caller caller) {
        caller.requireNetworkRead();
        return db.tx(em -> em.createQuery("SELECT c FROM CommitteeEntity c ORDER BY c.code", CommitteeEntity.class)
                .getResultList().stream().map(CommitteeServiceImpl::map).toList());
    }

    @Override
    public Committee get(Caller caller, String code) {
        caller.requireNetworkRead();
        return db.tx(em -> map(find(em, code)));
    }

    @Override
    public Committee addMember(Caller caller, String committeeCode, long personId, String role) {
        caller.requireNetworkRead();
        new Validator().required("role", role).maxLength("role", role, 200).throwIfInvalid();
        return db.tx(em -> {
            CommitteeEntity c = find(em, committeeCode);
            PersonEntity p = DirectoryServiceImpl.find(em, personId);
            caller.requireChange(p.structure.code);
            CommitteeMemberEntity seat = c.members.stream().filter(m -> m.person.id.equals(p.id)).findFirst().orElse(null);
            if (seat == null) {
                seat = new CommitteeMemberEntity();
                seat.committee = c;
                seat.person = p;
                c.members.add(seat);
                em.persist(seat);
            }
            seat.role = role.strip();
            em.flush();
            return map(c);
        });
    }

    @Override
    public Committee removeMember(Caller caller, String committeeCode, long personId) {
        caller.requireNetworkRead();
        return db.tx(em -> {
            CommitteeEntity c = find(em, committeeCode);
            CommitteeMemberEntity seat = c.members.stream().filter(m -> m.person.id == personId).findFirst()
                    .orElseThrow(() -> new NotFoundException(
                            NetworkTexts.MESSAGES.text("error.not-found.committee-member", committeeCode, personId)));
            caller.requireChange(seat.person.structure.code);
            c.members.remove(seat);
            em.remove(seat);
            em.flush();
            return map(c);
        });
    }

    static CommitteeEntity find(EntityManager em, String code) {
        CommitteeEntity c = findOptional(em, code);
        if (c == null) {
            throw new NotFoundException(NetworkTexts.MESSAGES.text("error.not-found.committee", code));
        }
        return c;
    }

    public static CommitteeEntity findOptional(EntityManager em, String code) {
        return code == null ? null
                : em.createQuery("SELECT c FROM CommitteeEntity c WHERE c.code = :c", CommitteeEntity.class)
                        .setParameter("c", code).getResultStream().findFirst().orElse(null);
    }

    static Committee map(CommitteeEntity c) {
        List<CommitteeMember> members = c.members.stream()
                .map(m -> new CommitteeMember(m.person.id, m.person.displayName(), m.person.structure.code, m.role))
                .sorted(Comparator.comparing(CommitteeMember::structureCode).thenComparing(CommitteeMember::personName))
                .toList();
        return new Committee(c.code, c.name.toText(), members);
    }
}
