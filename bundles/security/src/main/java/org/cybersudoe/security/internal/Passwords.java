package org.cybersudoe.security.internal;

import java.security.SecureRandom;

/** Generates passwords strong enough to be the only protection of an account. */
final class Passwords {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private Passwords() {
    }

    /** A random password of {@code length} characters from an unambiguous alphabet (about 5.8 bits each). */
    static String generate(SecureRandom random, int length) {
        StringBuilder password = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
