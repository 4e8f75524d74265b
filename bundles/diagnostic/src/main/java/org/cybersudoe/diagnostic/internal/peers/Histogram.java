package org.cybersudoe.diagnostic.internal.peers;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The scores of one dimension in one cohort, counted per tenth of a point (scores are stored with
 * one decimal, so this is exact): a percentile rank costs one pass over at most 1,001 counters,
 * whatever the cohort's size. Not thread-safe: guarded by its {@link PeerStatistics}.
 */
final class Histogram {

    private static final int SLOTS = 1001;

    private final int[] counts = new int[SLOTS];
    private int total;

    static int slot(BigDecimal score) {
        return score.movePointRight(1).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    void add(int slot) {
        counts[slot]++;
        total++;
    }

    void remove(int slot) {
        counts[slot]--;
        total--;
    }

    int total() {
        return total;
    }

    /**
     * The share of the counted scores below {@code slot}, ties counting half, as 0 to 100 with one
     * decimal rounded half up. In whole numbers: a rank in tenths is 1000 (2 below + ties) / (2 total),
     * so the rounding is exact (a double can land just under a half) and the answer is one object.
     */
    BigDecimal percentileRank(int slot) {
        long below = 0;
        for (int i = 0; i < slot; i++) {
            below += counts[i];
        }
        long tenths = (1000L * (2 * below + counts[slot]) + total) / (2L * total);
        return BigDecimal.valueOf(tenths, 1);
    }
}
