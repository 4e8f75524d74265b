/**
 * Digests the areas keep instead of a secret or a personal value (an e-mail address in a
 * suppression entry, a resume token, an idempotency key), written the same way everywhere.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.cybersudoe.core.digest;
