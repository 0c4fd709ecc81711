package com.aidloop.privacy.internal;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * The secret keys, each 32 random bytes: field encryption (current and, during a rotation,
 * previous ones that still open old values), blind index, and signing. Decoded from base64;
 * a key of the wrong size stops the platform at start.
 */
record KeyMaterial(byte[] dataKey, List<byte[]> previousDataKeys, byte[] indexKey, byte[] signingKey) {

    static KeyMaterial decode(String data, String index, String signing) {
        return decode(data, index, signing, "");
    }

    /** {@code previous} is empty or a comma-separated list of earlier data keys. */
    static KeyMaterial decode(String data, String index, String signing, String previous) {
        List<byte[]> previousKeys = previous == null || previous.isBlank()
                ? List.of()
                : Arrays.stream(previous.split(","))
                        .filter(key -> !key.isBlank())
                        .map(key -> decodeOne("AIDLOOP_DATA_KEY_PREVIOUS", key))
                        .toList();
        return new KeyMaterial(
                decodeOne("AIDLOOP_DATA_KEY", data),
                previousKeys,
                decodeOne("AIDLOOP_INDEX_KEY", index),
                decodeOne("AIDLOOP_SIGNING_KEY", signing));
    }

    private static byte[] decodeOne(String name, String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new UnusableKeys(name + " is not valid base64");
        }
        if (key.length != 32) {
            throw new UnusableKeys(name + " must be 32 bytes (base64 of 32 random bytes), got " + key.length);
        }
        return key;
    }

    @Override
    public String toString() {
        return "KeyMaterial[secret, " + previousDataKeys.size() + " previous data key(s)]";
    }
}
