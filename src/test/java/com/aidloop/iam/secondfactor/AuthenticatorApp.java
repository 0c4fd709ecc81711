package com.aidloop.iam.secondfactor;

import java.io.ByteArrayOutputStream;
import java.time.Instant;

/** What a person's phone does: takes the Base32 key the page shows and makes the codes of each step. */
public final class AuthenticatorApp {

    private final byte[] secret;

    public AuthenticatorApp(String base32Key) {
        this.secret = decode(base32Key);
    }

    /** The code the app shows now, or {@code stepsAhead} steps of 30 seconds later. */
    public String code(int stepsAhead) {
        return Totp.code(secret, Totp.stepAt(Instant.now()) + stepsAhead);
    }

    private static byte[] decode(String base32) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : base32.replace(" ", "").toUpperCase().toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
