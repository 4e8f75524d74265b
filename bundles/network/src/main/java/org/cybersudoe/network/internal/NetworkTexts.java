package org.cybersudoe.network.internal;

import org.cybersudoe.core.i18n.Messages;

/** The catalog of the network area's texts: its refusals, not-founds and conflicts, in the four languages. */
public final class NetworkTexts {

    /** {@code OSGI-INF/l10n/network_<lang>.properties} of this bundle. */
    public static final Messages MESSAGES = Messages.of(NetworkTexts.class, "OSGI-INF/l10n/network");

    private NetworkTexts() {
    }
}
