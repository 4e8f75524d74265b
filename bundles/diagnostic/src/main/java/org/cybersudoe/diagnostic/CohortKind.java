package org.cybersudoe.diagnostic;

import java.util.Locale;

/** The groups of peers a company is compared with. */
public enum CohortKind {
    SECTOR, SIZE, REGION, COUNTRY, NETWORK;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The company's key in this kind of cohort (the whole network has one); null when its profile does not say. */
    public String keyOf(Profile profile) {
        return switch (this) {
            case SECTOR -> profile.sector();
            case SIZE -> profile.size();
            case REGION -> profile.region();
            case COUNTRY -> profile.country();
            case NETWORK -> "all";
        };
    }
}
