package org.cybersudoe.benchmark;

import java.util.List;

import org.cybersudoe.core.i18n.LocalizedText;

/**
 * A methodological best practice drawn from the benchmark ("golden rule").
 *
 * @param code the stable code, such as {@code start-from-needs}; never null
 * @param position its place in the charter
 * @param title a short statement in the four languages; never null
 * @param text the explanation in the four languages; never null
 * @param supportingSheets ids of the published sheets that support it, ascending; never null
 * @param version the optimistic-locking version to send back with an update
 */
public record GoldenRule(String code, int position, LocalizedText title, LocalizedText text,
        List<Long> supportingSheets, long version) {

    public GoldenRule {
        supportingSheets = List.copyOf(supportingSheets);
    }
}
