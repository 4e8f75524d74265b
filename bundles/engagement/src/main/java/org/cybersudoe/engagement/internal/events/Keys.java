package org.cybersudoe.engagement.internal.events;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/** Normalised addresses and the secrets of cancellation links. */
public final class Keys {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private Keys() {
    }

    /** The address as the directory compares it: trimmed, lower case. */
    public static String email(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** 256 random bits, URL-safe. */
    public static String secret(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return URL.encodeToString(bytes);
    }

    /** The token of a cancellation link: the registration's id and its secret. */
    public static String token(long registrationId, String secret) {
        return registrationId + "." + secret;
    }

    /** Compares in constant time, so the link's secret cannot be guessed one character at a time. */
    public static boolean sameSecret(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                given.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
