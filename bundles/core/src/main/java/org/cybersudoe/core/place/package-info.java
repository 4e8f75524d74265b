/**
 * Places as every area checks them: countries (ISO 3166-1 alpha-2) and the NUTS regions inside
 * them.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.cybersudoe.core.place;
