package org.cybersudoe.diagnostic.internal.peers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * k-anonymity by suppression: a row whose quasi-identifiers (country, region, sector, size) are
 * shared by fewer than k rows has them blanked one at a time, the most specific first (sector,
 * size, region, then country), and is counted again among the rows blanked as far; a row still
 * alone with everything blanked is left out.
 */
final class Generalisation {

    /** The order in which quasi-identifiers are blanked, as indexes of {@code ExportRow.qi}. */
    private static final int[] BLANKING_ORDER = {2, 3, 1, 0};

    private Generalisation() {
    }

    static void apply(List<PeerServiceImpl.ExportRow> rows, int k) {
        for (int step = 0; step <= BLANKING_ORDER.length; step++) {
            Map<String, Integer> groups = new HashMap<>();
            rows.stream().filter(r -> !r.suppressed).forEach(r -> groups.merge(key(r), 1, Integer::sum));
            List<PeerServiceImpl.ExportRow> small = rows.stream().filter(r -> !r.suppressed && groups.get(key(r)) < k).toList();
            if (small.isEmpty()) {
                return;
            }
            for (PeerServiceImpl.ExportRow r : small) {
                if (step == BLANKING_ORDER.length) {
                    r.suppressed = true;
                } else {
                    for (int i = 0; i <= step; i++) {
                        r.qi[BLANKING_ORDER[i]] = null;
                    }
                }
            }
        }
    }

    private static String key(PeerServiceImpl.ExportRow r) {
        return String.join("|", String.valueOf(r.qi[0]), String.valueOf(r.qi[1]), String.valueOf(r.qi[2]), String.valueOf(r.qi[3]));
    }
}
