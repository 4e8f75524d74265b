package org.cybersudoe.diagnostic.internal.peers;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;

import org.junit.Test;

public class HistogramTest {

    private static Histogram of(String... scores) {
        Histogram h = new Histogram();
        for (String score : scores) {
            h.add(Histogram.slot(new BigDecimal(score)));
        }
        return h;
    }

    @Test
    public void theRankCountsScoresBelowAndHalfTheTies() {
        Histogram h = of("10.0", "20.0", "20.0", "30.0");
        assertEquals(new BigDecimal("0.0"), h.percentileRank(Histogram.slot(new BigDecimal("5.0"))));
        assertEquals(new BigDecimal("12.5"), h.percentileRank(Histogram.slot(new BigDecimal("10.0"))));
        assertEquals(new BigDecimal("50.0"), h.percentileRank(Histogram.slot(new BigDecimal("20.0"))));
        assertEquals(new BigDecimal("87.5"), h.percentileRank(Histogram.slot(new BigDecimal("30.0"))));
        assertEquals(new BigDecimal("100.0"), h.percentileRank(Histogram.slot(new BigDecimal("99.9"))));
    }

    @Test
    public void theRankIsRoundedHalfUpToOneDecimal() {
        // one score below out of three: 33.333... -> 33.3; two below: 66.666... -> 66.7
        Histogram h = of("10.0", "20.0", "30.0");
        assertEquals(new BigDecimal("33.3"), h.percentileRank(Histogram.slot(new BigDecimal("15.0"))));
        assertEquals(new BigDecimal("66.7"), h.percentileRank(Histogram.slot(new BigDecimal("25.0"))));
        // an exact half of a tenth: 1 below + 1 tie out of 40 is 3.75 % -> 3.8
        String[] forty = new String[40];
        java.util.Arrays.fill(forty, "50.0");
        forty[0] = "10.0";
        forty[1] = "20.0";
        Histogram h40 = of(forty);
        assertEquals(new BigDecimal("3.8"), h40.percentileRank(Histogram.slot(new BigDecimal("20.0"))));
    }

    @Test
    public void removingAScoreTakesItOutOfTheRanks() {
        Histogram h = of("10.0", "20.0");
        h.remove(Histogram.slot(new BigDecimal("10.0")));
        assertEquals(1, h.total());
        assertEquals(new BigDecimal("50.0"), h.percentileRank(Histogram.slot(new BigDecimal("20.0"))));
    }
}
