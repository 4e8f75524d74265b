package org.cybersudoe.persistence.internal;

import org.cybersudoe.core.i18n.Messages;

/**
 * The catalog of the conflicts {@link org.cybersudoe.persistence.AreaDatabase} reports for every
 * area, in the four languages; it lives here, so no area has to repeat these texts.
 */
public final class PersistenceTexts {

    /** {@code OSGI-INF/l10n/persistence_<lang>.properties} of this bundle. */
    public static final Messages MESSAGES = Messages.of(PersistenceTexts.class, "OSGI-INF/l10n/persistence");

    private PersistenceTexts() {
    }
}
