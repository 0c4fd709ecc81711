package com.aidloop.privacy.internal;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/** Fixed keys for tests: recognisable bytes, never used outside tests. */
final class TestKeys {

    static final byte[] DATA = filled(0x11);
    static final byte[] NEXT_DATA = filled(0x22);
    static final byte[] INDEX = filled(0x33);
    static final byte[] OTHER_INDEX = filled(0x44);
    static final byte[] SIGNING = filled(0x55);

    private TestKeys() {}

    static KeyMaterial keys() {
        return new KeyMaterial(DATA, List.of(), INDEX, SIGNING);
    }

    static ProfiledSensitiveData sensitiveData(CryptoProfile profile) {
        return new ProfiledSensitiveData(keys(), profile);
    }

    static String base64(byte[] key) {
        return Base64.getEncoder().encodeToString(key);
    }

    private static byte[] filled(int value) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) value);
        return key;
    }
}
