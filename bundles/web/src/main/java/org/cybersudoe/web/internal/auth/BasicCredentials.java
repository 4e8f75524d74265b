package org.cybersudoe.web.internal.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The user and password of an HTTP {@code Authorization: Basic} header (RFC 7617, UTF-8).
 *
 * @param user the user name; never null, never empty
 * @param password the password; never null
 */
public record BasicCredentials(String user, String password) {

    private static final String SCHEME = "basic ";

    /** The challenge sent with every 401. */
    public static final String CHALLENGE = "Basic realm=\"CyberSudoe\"";

    /** The credentials of a header value; empty when absent, not Basic or malformed. */
    public static Optional<BasicCredentials> parse(String authorization) {
        if (authorization == null || authorization.length() <= SCHEME.length()
                || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(SCHEME.length()).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        return Optional.of(new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return "BasicCredentials[" + user + "]";
    }
}
