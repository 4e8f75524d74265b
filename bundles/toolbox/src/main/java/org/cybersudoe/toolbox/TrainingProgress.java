package org.cybersudoe.toolbox;

import java.util.List;

/**
 * Progress toward "18 project leads trained (2 per partner)", and the relays they trained.
 *
 * @param leadsCounted leads counted toward the target (at most the per-partner target for each partner)
 * @param leadsTarget the network's target (partners times leads per partner: 18)
 * @param relaysTrained every local relay trained
 * @param partners one line per partner that has recorded a lead, by partner code; never null
 */
public record TrainingProgress(int leadsCounted, int leadsTarget, int relaysTrained, List<PartnerTraining> partners) {

    public TrainingProgress {
        partners = List.copyOf(partners);
    }
}
