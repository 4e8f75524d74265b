package org.cybersudoe.network.internal.loader;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import javax.persistence.EntityManager;

import org.cybersudoe.core.error.Validator;
import org.cybersudoe.core.security.Caller;
import org.cybersudoe.network.MeetingDraft;
import org.cybersudoe.network.PersonDraft;
import org.cybersudoe.network.Structure;
import org.cybersudoe.network.StructureDraft;
import org.cybersudoe.network.internal.CommitteeServiceImpl;
import org.cybersudoe.network.internal.DirectoryServiceImpl;
import org.cybersudoe.network.internal.Mapping;
import org.cybersudoe.network.internal.MeetingServiceImpl;
import org.cybersudoe.network.internal.StructureServiceImpl;
import org.cybersudoe.network.internal.jpa.BudgetLineColumns;
import org.cybersudoe.network.internal.jpa.CommitteeEntity;
import org.cybersudoe.network.internal.jpa.CommitteeMemberEntity;
import org.cybersudoe.network.internal.jpa.LocalizedColumns;
import org.cybersudoe.network.internal.jpa.MeetingEntity;
import org.cybersudoe.network.internal.jpa.PersonEntity;
import org.cybersudoe.network.internal.jpa.ProgrammeEntity;
import org.cybersudoe.network.internal.jpa.StructureEntity;
import org.cybersudoe.network.internal.jpa.WorkPackageEntity;
import org.cybersudoe.persistence.EntityCollections;

/** Insert-or-update by natural key; each reports (created, changed) so a second load counts as unchanged. */
final class Upserts {

    interface Count {
        void count(boolean created, boolean changed);
    }

    private Upserts() {
    }

    static void programme(EntityManager em, ProgrammeLoader.Programme p, Count count) {
        ProgrammeEntity e = em.createQuery("SELECT p FROM ProgrammeEntity p WHERE p.code = :c", ProgrammeEntity.class)
                .setParameter("c", p.code()).getResultStream().findFirst().orElse(null);
        boolean created = e == null;
        if (created) {
            e = new ProgrammeEntity();
            e.code = p.code();
        }
        Object before = created ? null : List.of(e.name.toText(), e.startsOn, e.endsOn,
                Objects.toString(e.statedTotal), e.currency, Objects.toString(e.note));
        e.name = LocalizedColumns.of(p.name());
        e.startsOn = p.startsOn();
        e.endsOn = p.endsOn();
        e.statedTotal = p.statedTotal() == null ? null : p.statedTotal().setScale(2);
        e.currency = p.currency();
        e.note = p.note();
        if (created) {
            em.persist(e);
        }
        count.count(created, !created && !before.equals(List.of(e.name.toText(), e.startsOn, e.endsOn,
                Objects.toString(e.statedTotal), e.currency, Objects.toString(e.note))));
        int position = 0;
        for (ProgrammeLoader.WorkPackageData w : p.workPackages()) {
            WorkPackageEntity wp = null;
            for (WorkPackageEntity x : e.workPackages) {
                if (x.code.equals(w.code())) {
                    wp = x;
                }
            }
            boolean newWp = wp == null;
            if (newWp) {
                wp = new WorkPackageEntity();
                wp.programme = e;
                wp.code = w.code();
                e.workPackages.add(wp);
            }
            Object wpBefore = newWp ? null : List.of(wp.name.toText(), wp.position, lines(wp.budgetLines));
            wp.name = LocalizedColumns.of(w.name());
            wp.position = position++;
            if (!lines(wp.budgetLines).equals(lines(w.lines()))) {
                EntityCollections.refillOrdered(em, wp.budgetLines, w.lines());
            }
            if (newWp) {
                em.persist(wp);
            }
            count.count(newWp, !newWp && !wpBefore.equals(List.of(wp.name.toText(), wp.position, lines(wp.budgetLines))));
        }
    }

    private static List<String> lines(List<BudgetLineColumns> lines) {
        return lines.stream().map(l -> l.label + "=" + l.amount.setScale(2).toPlainString()).toList();
    }

    static void structure(EntityManager em, StructureDraft d, Caller caller, Count count) {
        StructureEntity e = StructureServiceImpl.findOptional(em, d.code());
        if (e == null) {
            e = new StructureEntity();
            e.code = d.code();
            e.status = d.status().name();
            e.statusSince = d.statusSince() == null ? LocalDate.now() : d.statusSince();
            e.createdAt = Mapping.utcNow();
            StructureServiceImpl.apply(e, d);
            e.updatedAt = e.createdAt;
            em.persist(e);
            StructureServiceImpl.recordStatus(em, e, caller, "loaded from programme data");
            count.count(true, true);
            return;
        }
        Structure before = Mapping.structure(e);
        StructureServiceImpl.apply(e, d);
        if (!e.status.equals(d.status().name())) {
            e.status = d.status().name();
            e.statusSince = d.statusSince() == null ? LocalDate.now() : d.statusSince();
            StructureServiceImpl.recordStatus(em, e, caller, "loaded from programme data");
        }
        boolean changed = !before.equals(Mapping.structure(e));
        if (changed) {
            e.updatedAt = Mapping.utcNow();
        }
        count.count(false, changed);
    }

    static void person(EntityManager em, PersonDraft d, String structureField, Validator refs, Count count) {
        StructureEntity structure = StructureServiceImpl.findOptional(em, d.structureCode());
        if (structure == null) {
            refs.check(false, structureField, "unknown", "no structure '" + d.structureCode() + "'");
            return;
        }
        PersonEntity e = DirectoryServiceImpl.byEmail(em, d.email().strip());
        boolean created = e == null;
        Object before = created ? null : Mapping.person(e);
        if (created) {
            e = new PersonEntity();
        }
        DirectoryServiceImpl.apply(e, d, structure);
        if (created) {
            em.persist(e);
        }
        count.count(created, !created && !before.equals(Mapping.person(e)));
    }

    static void committee(EntityManager em, ProgrammeLoader.CommitteeData c, Validator refs, Count count) {
        CommitteeEntity e = CommitteeServiceImpl.findOptional(em, c.code());
        boolean created = e == null;
        if (created) {
            e = new CommitteeEntity();
            e.code = c.code();
        }
        Object before = created ? null : e.name.toText();
        e.name = LocalizedColumns.of(c.name());
        if (created) {
            em.persist(e);
        }
        count.count(created, !created && !before.equals(e.name.toText()));
        for (ProgrammeLoader.Member m : c.members()) {
            PersonEntity person = DirectoryServiceImpl.byEmail(em, m.personEmail().strip());
            if (person == null) {
                refs.check(false, m.field(), "unknown", "no person with e-mail '" + m.personEmail() + "'");
                continue;
            }
            CommitteeMemberEntity seat = null;
            for (CommitteeMemberEntity x : e.members) {
                if (x.person.id.equals(person.id)) {
                    seat = x;
                }
            }
            boolean newSeat = seat == null;
            if (newSeat) {
                seat = new CommitteeMemberEntity();
                seat.committee = e;
                seat.person = person;
                e.members.add(seat);
                em.persist(seat);
            }
            boolean changed = !newSeat && !m.role().strip().equals(seat.role);
            seat.role = m.role().strip();
            count.count(newSeat, changed);
        }
    }

    static void meeting(EntityManager em, ProgrammeLoader.MeetingData data, Validator refs, Count count) {
        MeetingDraft d = data.draft();
        CommitteeEntity committee = CommitteeServiceImpl.findOptional(em, d.committeeCode());
        StructureEntity host = StructureServiceImpl.findOptional(em, d.hostPartner());
        if (committee == null || host == null) {
            refs.check(committee != null, data.field().replaceAll("\\.(start|from)$", ".committee"), "unknown",
                    "no committee '" + d.committeeCode() + "'");
            refs.check(host != null, data.field().replaceAll("\\.(start|from)$", ".host"), "unknown",
                    "no structure '" + d.hostPartner() + "'");
            return;
        }
        MeetingEntity m = em.createQuery("SELECT m FROM MeetingEntity m WHERE m.committee = :c AND m.startUtc = :s",
                MeetingEntity.class).setParameter("c", committee)
                .setParameter("s", MeetingServiceImpl.utc(d.start(), d.timeZone())).getResultStream().findFirst()
                .orElse(null);
        boolean created = m == null;
        Object before = created ? null : snapshot(m);
        if (created) {
            m = new MeetingEntity();
        }
        MeetingServiceImpl.apply(em, m, d);
        if (created) {
            em.persist(m);
        }
        count.count(created, !created && !before.equals(snapshot(m)));
    }

    private static List<Object> snapshot(MeetingEntity m) {
        return List.of(m.kind, m.title.toText(), m.startLocal, m.timeZone, m.durationMinutes, m.host.code,
                Objects.toString(m.city), Objects.toString(m.venue), Objects.toString(m.country),
                Objects.toString(m.link), List.copyOf(m.agenda));
    }
}
