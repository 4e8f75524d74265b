/**
 * The one way an area bundle uses its database: {@link org.cybersudoe.persistence.AreaDatabase}
 * (schema migrated before first use, one transaction per unit of work, JPA failures turned into
 * problem documents) and {@link org.cybersudoe.persistence.Jpql} (filtered, sorted, paged queries
 * from whitelisted parts).
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.cybersudoe.persistence;
