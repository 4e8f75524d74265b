package org.cybersudoe.diagnostic.internal;

import org.cybersudoe.core.i18n.Messages;

/**
 * The catalog of the self-diagnostic's errors, in the four languages; the printed result has
 * its own ({@code OSGI-INF/l10n/result}).
 */
public final class DiagnosticTexts {

    /** {@code OSGI-INF/l10n/diagnostic_<lang>.properties} of this bundle. */
    public static final Messages MESSAGES = Messages.of(DiagnosticTexts.class, "OSGI-INF/l10n/diagnostic");

    private DiagnosticTexts() {
    }
}
