package org.cybersudoe.benchmark;

import java.util.List;

/**
 * How far the benchmark is toward its target (90 sheets: 10 per partner for 9 partners).
 *
 * @param target the number of published sheets aimed at: partners times sheets per partner
 * @param published sheets published in all
 * @param submitted sheets waiting for review
 * @param inProgress sheets being written or returned for changes
 * @param partners one line per partner, by code; never null
 */
public record Progress(int target, long published, long submitted, long inProgress, List<PartnerProgress> partners) {

    public Progress {
        partners = List.copyOf(partners);
    }

    /**
     * One partner's share.
     *
     * @param partner the partner's structure code; never null
     * @param target its target (sheets per partner)
     * @param published its published sheets
     * @param submitted its sheets waiting for review
     * @param inProgress its sheets being written or returned for changes
     */
    public record PartnerProgress(String partner, int target, long published, long submitted, long inProgress) {
    }
}
