package org.cybersudoe.diagnostic.internal.assessments;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import org.cybersudoe.core.digest.Sha256;


/** The secrets of resume links: 256 random bits, stored only as their SHA-256. */
final class Tokens {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private final SecureRandom random = new SecureRandom();

    String next() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static boolean wellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
