/** Languages, localized texts and message catalogs: the one i18n mechanism of the platform. */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.cybersudoe.core.i18n;
