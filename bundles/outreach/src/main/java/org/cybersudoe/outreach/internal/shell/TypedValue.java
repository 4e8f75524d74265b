package org.cybersudoe.outreach.internal.shell;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.cybersudoe.core.shell.TypedValueCompleter;

/** Lets a file argument after an id or a code complete, for this area's commands. */
@Service
public class TypedValue extends TypedValueCompleter {
}
