/**
 * Keeps sensitive personal data of minors safe at rest: authenticated field encryption (AES-GCM,
 * or SM4-GCM under the Chinese commercial cryptography profile) and keyed blind indexes for
 * exact look-up, de-duplication and matching. Keys come from the environment, never the database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "敏感信息保护")
package com.aidloop.privacy;
