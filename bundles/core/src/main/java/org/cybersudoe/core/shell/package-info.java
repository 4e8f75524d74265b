/**
 * The base of every area's console commands: the caller, the operator's language and texts in
 * it, and one way of reporting problems.
 */
@org.osgi.annotation.versioning.Version("2.3.0")
package org.cybersudoe.core.shell;
