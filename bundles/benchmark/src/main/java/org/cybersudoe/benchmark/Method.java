package org.cybersudoe.benchmark;

import org.cybersudoe.core.i18n.LocalizedText;

/**
 * A way an awareness action reaches companies (workshop, individual diagnosis, coaching,
 * online tool, newsletter, event, ...). Data held in the benchmark's tables, not an enum.
 *
 * @param code the stable code, such as {@code workshop}; never null
 * @param label the label in the four languages; never null
 * @param position the display order
 */
public record Method(String code, LocalizedText label, int position) {
}
