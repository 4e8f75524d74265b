package org.cybersudoe.diagnostic.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The area's reading of native query values: drivers differ in the types they hand back. */
public final class Columns {

    private Columns() {
    }

    /** A score column: one decimal; null stays null. */
    public static BigDecimal score(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).setScale(1, RoundingMode.HALF_UP);
    }

    /** A text column without the padding of CHAR columns; blank is null. */
    public static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
