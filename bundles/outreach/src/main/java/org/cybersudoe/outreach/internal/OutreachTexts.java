package org.cybersudoe.outreach.internal;

import org.cybersudoe.core.i18n.Messages;

/** The catalog of the outreach area's texts: labels, mails, pages and errors, in the four languages. */
public final class OutreachTexts {

    /** {@code OSGI-INF/l10n/outreach_<lang>.properties} of this bundle. */
    public static final Messages MESSAGES = Messages.of(OutreachTexts.class, "OSGI-INF/l10n/outreach");

    private OutreachTexts() {
    }
}
