package com.aidloop.privacy;

/**
 * Seals and opens sensitive field values and computes their blind indexes. A sealed value is a
 * text token that names its algorithm and key version, so keys and profiles can change without
 * rewriting old rows at once.
 */
public interface SensitiveData {

    /** Encrypts with authenticated encryption; null stays null. */
    String seal(String plaintext);

    /** Decrypts a token made by {@link #seal}; a tampered token fails loudly. Null stays null. */
    String open(String sealed);

    /**
     * A keyed, deterministic digest (HMAC) of an already normalised value, separated per kind so
     * that a phone number and a card number never share an index value. Null stays null.
     */
    String blindIndex(SensitiveKind kind, String normalizedValue);
}
