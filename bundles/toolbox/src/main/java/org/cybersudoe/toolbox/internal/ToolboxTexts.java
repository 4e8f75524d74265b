package org.cybersudoe.toolbox.internal;

import org.cybersudoe.core.i18n.Messages;

/**
 * The toolbox's catalog: labels for REST and the shell and the errors its services throw,
 * in the four languages. Opened here only, so that services, REST and shell read the same
 * files.
 */
public final class ToolboxTexts {

    /** {@code OSGI-INF/l10n/toolbox_<lang>.properties} of this bundle. */
    public static final Messages MESSAGES = Messages.of(ToolboxTexts.class, "OSGI-INF/l10n/toolbox");

    private ToolboxTexts() {
    }
}
