package org.cybersudoe.security.internal;

import org.cybersudoe.core.i18n.Messages;

/** The catalog of the security area's texts: refusals and unknown accounts, in the four languages. */
public final class SecurityTexts {

    /** {@code OSGI-INF/l10n/security_<lang>.properties} of this bundle. */
    public static final Messages MESSAGES = Messages.of(SecurityTexts.class, "OSGI-INF/l10n/security");

    private SecurityTexts() {
    }
}
