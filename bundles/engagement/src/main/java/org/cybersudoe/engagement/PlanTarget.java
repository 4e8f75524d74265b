package org.cybersudoe.engagement;

/** The programme's targets for the partners of one country (data of the programme). */
public record PlanTarget(String country, int events, int missions) {
}
