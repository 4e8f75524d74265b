package org.cybersudoe.benchmark;

import java.time.Instant;
import java.util.List;

import org.cybersudoe.core.i18n.LocalizedText;

/**
 * A published version of the charter of good practices: the golden rules as they were when it
 * was published, so a later change of a rule does not alter what partners adopted.
 *
 * @param number 1, 2, ...; the highest is the current version
 * @param preamble the charter's introduction; never null
 * @param publishedBy the login that published it; never null
 * @param publishedAt when; never null
 * @param rules the rules in charter order, as published; never null
 */
public record CharterVersion(int number, LocalizedText preamble, String publishedBy, Instant publishedAt,
        List<GoldenRule> rules) {

    public CharterVersion {
        rules = List.copyOf(rules);
    }
}
