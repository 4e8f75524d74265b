package org.cybersudoe.core.idempotency;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * The answer given to a request, as it is sent again to a retry.
 *
 * @param status the HTTP status
 * @param headers the headers that describe the body or the record (Content-Type, Location, ...),
 *        by name; never null
 * @param body the body's bytes; empty when there was none
 */
public record StoredAnswer(int status, Map<String, String> headers, byte[] body) {

    public StoredAnswer {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
        headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
        body = body == null ? new byte[0] : body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredAnswer that && status == that.status && headers.equals(that.headers)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, headers, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "StoredAnswer[status=" + status + ", headers=" + headers + ", body=" + body.length + " bytes]";
    }
}
