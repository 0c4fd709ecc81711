package com.aidloop.privacy.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data keys that open sealed values: the current one, which seals, and any previous ones
 * still named in {@code AIDLOOP_DATA_KEY_PREVIOUS}, which only open. Each key is known by a
 * short id derived from it, so a token says which key sealed it without any numbering to keep.
 */
final class DataKeys {

    private static final String KEY_ID_LABEL = "aidloop data key id";

    private final String currentId;
    private final Map<String, byte[]> keysById = new LinkedHashMap<>();
    private final Map<String, GcmCipher> ciphers = new HashMap<>();

    DataKeys(byte[] current, List<byte[]> previous) {
        this.currentId = idOf(current);
        keysById.put(currentId, current);
        for (byte[] key : previous) {
            keysById.putIfAbsent(idOf(key), key);
        }
        // Built up front: start-up fails at once if a cipher cannot be made, and reads need no lock.
        keysById.forEach((id, key) -> {
            for (CryptoProfile algorithm : CryptoProfile.values()) {
                ciphers.put(algorithm.tokenTag() + id, algorithm.cipher(key));
            }
        });
    }

    /** The first 4 bytes of an HMAC under the key itself, in hex: says nothing about the key. */
    static String idOf(byte[] key) {
        return Hmac.sha256(key).hex(KEY_ID_LABEL).substring(0, 8);
    }

    String currentId() {
        return currentId;
    }

    List<String> previousIds() {
        List<String> ids = new ArrayList<>(keysById.keySet());
        ids.remove(currentId);
        return ids;
    }

    /** The cipher for this algorithm and key id, or null when no configured key has that id. */
    GcmCipher cipher(CryptoProfile algorithm, String keyId) {
        return ciphers.get(algorithm.tokenTag() + keyId);
    }

    /** Every key's cipher for the algorithm, current first: for tokens that name no key. */
    List<GcmCipher> ciphers(CryptoProfile algorithm) {
        return keysById.keySet().stream().map(id -> cipher(algorithm, id)).toList();
    }
}
