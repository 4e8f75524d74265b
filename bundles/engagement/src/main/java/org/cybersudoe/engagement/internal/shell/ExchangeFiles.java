package org.cybersudoe.engagement.internal.shell;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.shell.ExchangeFileCompleter;

/** Completes the files of the exchange folder, for this area's file arguments. */
@Service
public class ExchangeFiles extends ExchangeFileCompleter {
}
