package com.aidloop.privacy;

/**
 * Keyed signatures (HMAC) over text, for records that must show tampering, such as the audit
 * chain. The key is separate from the field-encryption and blind-index keys.
 */
public interface MessageSigner {

    /** A hex HMAC of the message. */
    String sign(String message);
}
