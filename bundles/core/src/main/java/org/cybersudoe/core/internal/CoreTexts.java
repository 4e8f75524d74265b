package org.cybersudoe.core.internal;

import org.cybersudoe.core.i18n.Messages;

/** The catalog of the core's own texts: refusals and field checks, in the four languages. */
public final class CoreTexts {

    /** {@code OSGI-INF/l10n/core_<lang>.properties} of this bundle. */
    public static final Messages MESSAGES = Messages.of(CoreTexts.class, "OSGI-INF/l10n/core");

    private CoreTexts() {
    }
}
