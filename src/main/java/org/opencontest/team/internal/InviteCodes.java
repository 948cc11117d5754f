package org.opencontest.team.internal;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Shareable team codes: {@value #LENGTH} characters from an alphabet without look-alikes (no 0/O, 1/I/L), about
 * 50 bits, so that guessing one is hopeless and reading one aloud works. Typed codes are compared upper-cased and
 * without spaces or dashes.
 */
public final class InviteCodes {

    static final int LENGTH = 10;
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private InviteCodes() {
    }

    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, tidied; null when it cannot be a code at all. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0) ? code : null;
    }
}
