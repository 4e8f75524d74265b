package org.cybersudoe.benchmark;

import java.util.List;

import org.cybersudoe.core.i18n.LocalizedText;

/**
 * What a client sends to create or replace a golden rule; fields as in {@link GoldenRule}.
 * {@code supportingSheets} may be null (none); each must be a published sheet.
 */
public record GoldenRuleDraft(String code, Integer position, LocalizedText title, LocalizedText text,
        List<Long> supportingSheets) {

    public GoldenRuleDraft {
        supportingSheets = supportingSheets == null ? List.of() : List.copyOf(supportingSheets);
    }
}
