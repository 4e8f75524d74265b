package org.cybersudoe.security.internal;

import java.security.SecureRandom;

/** Generates passwords strong enough to be the only protection of an account, and refuses the weakest chosen ones. */
final class Passwords {

    /**
     * Different characters a chosen password needs: twelve characters of one or two repeated
     * ({@code aaaaaaaaaaaa}, {@code 121212121212}) pass a length rule and fall to the first guesses.
     */
    static final int MIN_DISTINCT_CHARACTERS = 6;

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

    /** Whether {@code password} has at least {@link #MIN_DISTINCT_CHARACTERS} different characters. */
    static boolean isVaried(String password) {
        return password.codePoints().distinct().count() >= MIN_DISTINCT_CHARACTERS;
    }
}
