package com.aidloop.privacy.internal;

import java.util.Base64;

/**
 * The three secret keys, each 32 random bytes: field encryption, blind index, and signing.
 * Decoded from base64; a key of the wrong size stops the platform at start.
 */
record KeyMaterial(byte[] dataKey, byte[] indexKey, byte[] signingKey) {

    static KeyMaterial decode(String data, String index, String signing) {
        return new KeyMaterial(decodeOne("AIDLOOP_DATA_KEY", data), decodeOne("AIDLOOP_INDEX_KEY", index),
                decodeOne("AIDLOOP_SIGNING_KEY", signing));
    }

    private static byte[] decodeOne(String name, String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(name + " is not valid base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException(name + " must be 32 bytes (base64 of 32 random bytes), got " + key.length);
        }
        return key;
    }
}
