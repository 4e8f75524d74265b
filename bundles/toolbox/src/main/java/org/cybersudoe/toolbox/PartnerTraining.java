package org.cybersudoe.toolbox;

/**
 * One partner's training figures.
 *
 * @param partnerCode the partner
 * @param leadsTrained its project leads trained
 * @param leadsTarget how many it should train (2)
 * @param relaysTrained the local relays its leads trained
 */
public record PartnerTraining(String partnerCode, int leadsTrained, int leadsTarget, int relaysTrained) {
}
