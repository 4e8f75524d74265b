/**
 * The one way an area bundle uses its database: {@link org.cybersudoe.persistence.AreaDatabase}
 * (schema migrated before first use, one transaction per unit of work, JPA failures turned into
 * problem documents), {@link org.cybersudoe.persistence.Jpql} (filtered, sorted, paged queries
 * from whitelisted parts) and {@link org.cybersudoe.persistence.EntityCollections} (ordered
 * element collections rewritten without clashing with their position key).
 */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.cybersudoe.persistence;
