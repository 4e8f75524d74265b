package org.cybersudoe.engagement.internal;

import org.cybersudoe.core.i18n.Messages;

/** The catalog of the engagement area's texts: mails, the cancellation page and errors, in the four languages. */
public final class EngagementTexts {

    /** {@code OSGI-INF/l10n/engagement_<lang>.properties} of this bundle. */
    public static final Messages MESSAGES = Messages.of(EngagementTexts.class, "OSGI-INF/l10n/engagement");

    private EngagementTexts() {
    }
}
