/**
 * Requests sent with an {@code Idempotency-Key}: the answer to the first one is kept, so that a
 * client that lost it can send the request again and be answered without the request running twice.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.cybersudoe.core.idempotency;
