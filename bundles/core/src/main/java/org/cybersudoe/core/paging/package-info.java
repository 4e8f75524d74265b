/** The one paging and sorting model of every list. */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.cybersudoe.core.paging;
