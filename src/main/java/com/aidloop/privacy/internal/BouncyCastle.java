package com.aidloop.privacy.internal;

import java.security.Provider;
import java.security.Security;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The BouncyCastle provider, which brings SM3 and SM4. Registered here, in code, so that the
 * Chinese profile works on any JDK without editing its {@code java.security} file.
 */
final class BouncyCastle {

    private BouncyCastle() {}

    static synchronized Provider provider() {
        Provider provider = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
        if (provider == null) {
            provider = new BouncyCastleProvider();
            Security.addProvider(provider);
        }
        return provider;
    }
}
