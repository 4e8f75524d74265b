/** The base of every area's console commands: the caller, and one way of reporting problems. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.cybersudoe.core.shell;
