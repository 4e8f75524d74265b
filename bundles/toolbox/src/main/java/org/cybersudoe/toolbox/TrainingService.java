package org.cybersudoe.toolbox;

import java.util.List;
import java.util.Optional;

import org.cybersudoe.core.paging.Page;
import org.cybersudoe.core.paging.PageRequest;
import org.cybersudoe.core.security.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The project leads each partner had trained on the toolbox, and the local relays they train
 * in turn. A lead and its relays belong to the lead's partner.
 */
@ProviderType
public interface TrainingService {

    /** The properties {@link #listLeads} sorts by. */
    List<String> SORTABLE = List.of("partner", "name", "trainedOn");

    /** A page of project leads, of one partner when {@code partnerCode} is given. Never null. */
    Page<ProjectLead> listLeads(Caller caller, String partnerCode, PageRequest page);

    /** @throws org.cybersudoe.core.error.NotFoundException when there is none; never returns null */
    ProjectLead getLead(Caller caller, long id);

    /**
     * Records a trained lead. Needs change rights on {@code draft.partnerCode()}, which must be
     * a structure of the network. A person is recorded once: when the partner already has this
     * lead (the same e-mail address, whatever its case; or, when either has no e-mail, the same
     * name, whatever its case and accents, trained on the same day), that lead is answered and
     * nothing is written. Never null.
     */
    ProjectLead addLead(Caller caller, ProjectLeadDraft draft);

    /** The lead {@link #addLead} would answer for {@code draft} rather than record a new one, if any. */
    Optional<ProjectLead> sameLead(Caller caller, ProjectLeadDraft draft);

    /**
     * Replaces a lead's data. Needs change rights on its partner, and on the new one when it
     * changes; a stale {@code expectedVersion} is a {@link org.cybersudoe.core.error.ConflictException},
     * unless the lead already holds what is sent; so is a change that makes it the same person
     * as another lead of the partner. Never null.
     */
    ProjectLead updateLead(Caller caller, long id, long expectedVersion, ProjectLeadDraft draft);

    /**
     * Deletes a lead and the relays it trained. Needs change rights on its partner; a stale
     * {@code expectedVersion} is a conflict.
     */
    void deleteLead(Caller caller, long id, long expectedVersion);

    /** Records a relay trained by a lead. Needs change rights on the lead's partner. Never null. */
    RelayTraining recordRelay(Caller caller, long leadId, RelayTrainingDraft draft);

    /** The relays a lead trained, oldest training first. Never null. */
    List<RelayTraining> relays(Caller caller, long leadId);

    /**
     * One relay training of a lead.
     *
     * @throws org.cybersudoe.core.error.NotFoundException when the lead has none with this id; never returns null
     */
    RelayTraining getRelay(Caller caller, long leadId, long relayId);

    /**
     * Replaces a relay training's data. Needs change rights on the lead's partner; a stale
     * {@code expectedVersion} is a conflict, unless it already holds what is sent. Never null.
     */
    RelayTraining updateRelay(Caller caller, long leadId, long relayId, long expectedVersion, RelayTrainingDraft draft);

    /** Deletes a relay training. Needs change rights on the lead's partner; a stale version is a conflict. */
    void deleteRelay(Caller caller, long leadId, long relayId, long expectedVersion);

    /** Progress toward 2 trained leads per partner. Never null. */
    TrainingProgress progress(Caller caller);
}
