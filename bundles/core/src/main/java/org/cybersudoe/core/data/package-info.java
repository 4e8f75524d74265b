/** Data shipped in bundles and loaded by an area when such a bundle starts. */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.cybersudoe.core.data;
