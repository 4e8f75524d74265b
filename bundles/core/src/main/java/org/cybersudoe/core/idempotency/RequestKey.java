package org.cybersudoe.core.idempotency;

import java.util.Objects;

/**
 * A client's key for one request, scoped to the caller who sent it: two users choosing the same
 * key never see each other's answers.
 *
 * @param caller the authenticated user's name
 * @param key the value of the {@code Idempotency-Key} header, as {@link #isValidKey} accepts it
 */
public record RequestKey(String caller, String key) {

    /** The longest key accepted. */
    public static final int MAX_KEY_LENGTH = 255;

    public RequestKey {
        Objects.requireNonNull(caller, "caller");
        if (!isValidKey(key)) {
            throw new IllegalArgumentException("not a valid idempotency key: " + key);
        }
    }

    /**
     * True for 1 to {@value #MAX_KEY_LENGTH} visible ASCII characters (no spaces): what a UUID, a
     * ULID or a client's own request number looks like, and what survives any proxy unchanged.
     */
    public static boolean isValidKey(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
