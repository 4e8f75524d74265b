package org.cybersudoe.toolbox;

import java.util.List;

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

    /** Records a trained lead. Needs change rights on {@code draft.partnerCode()}. Never null. */
    ProjectLead addLead(Caller caller, ProjectLeadDraft draft);

    /** Records a relay trained by a lead. Needs change rights on the lead's partner. Never null. */
    RelayTraining recordRelay(Caller caller, long leadId, RelayTrainingDraft draft);

    /** The relays a lead trained, oldest training first. Never null. */
    List<RelayTraining> relays(Caller caller, long leadId);

    /** Progress toward 2 trained leads per partner. Never null. */
    TrainingProgress progress(Caller caller);
}
