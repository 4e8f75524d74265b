package org.cybersudoe.engagement;

import java.util.List;

import org.cybersudoe.core.security.Caller;

/** Done, planned and target per partner. Network readers. */
public interface PlanService {

    /** Every partner of the network with a target for its country, by partner code. */
    List<PartnerPlan> plans(Caller caller);

    PartnerPlan plan(Caller caller, String partner);

    List<PlanTarget> targets(Caller caller);
}
