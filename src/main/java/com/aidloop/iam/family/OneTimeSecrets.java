package com.aidloop.iam.family;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Makes the secrets a family types and the digests kept of them: six-digit SMS codes (salted
 * digest, checked in constant time) and eight-character invitation codes of letters and digits
 * without look-alikes (unsalted digest, looked up by it: 32^8 values are not guessed in the tries
 * the rate limit allows).
 */
final class OneTimeSecrets {

    private static final String INVITATION_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimeSecrets() {}

    static String smsCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    static String invitationCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(INVITATION_ALPHABET.charAt(RANDOM.nextInt(INVITATION_ALPHABET.length())));
        }
        return code.toString();
    }

    /** A key for the code's SMS of letters only: nothing in it can look like a number of a person. */
    static String messageKey() {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < 24; i++) {
            key.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return key.toString();
    }

    /** The code as typed from a slip: case, spaces and dashes do not matter. */
    static String normalizeInvitation(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s\\-]", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** "salt:digest" of a code. */
    static String saltedDigest(String code) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        String saltHex = HexFormat.of().formatHex(salt);
        return saltHex + ":" + sha256(saltHex + code);
    }

    static boolean matches(String code, String stored) {
        int colon = stored.indexOf(':');
        if (colon < 0 || code == null) {
            return false;
        }
        String expected = stored.substring(colon + 1);
        String actual = sha256(stored.substring(0, colon) + code);
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.US_ASCII));
    }

    static String digest(String code) {
        return sha256("invitation:" + code);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
