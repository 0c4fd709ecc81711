package com.aidloop.privacy.internal;

import com.aidloop.platform.EmbeddedDatabaseInUse;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Finds the keys and the crypto profile: keys from the environment in production; on a trial
 * installation that runs on the embedded database, from a key file the platform creates once
 * beside that database. Keys never live in the database.
 */
@Configuration(proxyBeanMethods = false)
class KeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KeyConfiguration.class);
    static final String KEY_FILE = "keys.properties";

    @Bean
    KeyMaterial keyMaterial(
            @Value("${aidloop.keys.data:${AIDLOOP_DATA_KEY:}}") String data,
            @Value("${aidloop.keys.index:${AIDLOOP_INDEX_KEY:}}") String index,
            @Value("${aidloop.keys.signing:${AIDLOOP_SIGNING_KEY:}}") String signing,
            @Value("${aidloop.keys.data-previous:${AIDLOOP_DATA_KEY_PREVIOUS:}}") String previousData,
            @Value("${aidloop.data-dir}") Path dataDir,
            ObjectProvider<EmbeddedDatabaseInUse> embedded)
            throws IOException {
        List<String> missing = missing(data, index, signing);
        if (missing.isEmpty()) {
            return KeyMaterial.decode(data, index, signing, previousData);
        }
        // Some keys but not all is a mistake even on a trial installation: never fall back silently.
        if (missing.size() < 3 || embedded.getIfAvailable() == null) {
            throw new MissingKeys(missing);
        }
        return developmentKeys(dataDir.resolve(KEY_FILE), previousData);
    }

    @Bean
    CryptoProfile cryptoProfile(@Value("${aidloop.crypto.profile:${AIDLOOP_CRYPTO_PROFILE:AES}}") String profile) {
        return CryptoProfile.named(profile);
    }

    private static List<String> missing(String data, String index, String signing) {
        List<String> missing = new ArrayList<>();
        if (data.isBlank()) {
            missing.add("AIDLOOP_DATA_KEY");
        }
        if (index.isBlank()) {
            missing.add("AIDLOOP_INDEX_KEY");
        }
        if (signing.isBlank()) {
            missing.add("AIDLOOP_SIGNING_KEY");
        }
        return missing;
    }

    private static KeyMaterial developmentKeys(Path file, String previousData) throws IOException {
        Properties keys = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                keys.load(in);
            }
        } else {
            SecureRandom random = new SecureRandom();
            for (String name : new String[] {"data", "index", "signing"}) {
                byte[] key = new byte[32];
                random.nextBytes(key);
                keys.setProperty(name, Base64.getEncoder().encodeToString(key));
            }
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file)) {
                keys.store(
                        out,
                        "Aidloop development keys for the embedded database. Production reads them from the environment.");
            }
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            log.warn(
                    "Created development keys in {}; production must set AIDLOOP_DATA_KEY, AIDLOOP_INDEX_KEY, AIDLOOP_SIGNING_KEY",
                    file);
        }
        return KeyMaterial.decode(
                keys.getProperty("data"), keys.getProperty("index"), keys.getProperty("signing"), previousData);
    }

    /** Production without keys: the platform refuses to start rather than store data unprotected. */
    static class MissingKeys extends UnusableKeys {
        MissingKeys(List<String> missing) {
            super(
                    "AIDLOOP_DATA_KEY, AIDLOOP_INDEX_KEY and AIDLOOP_SIGNING_KEY must be set (base64 of 32 random bytes each,"
                            + " e.g. `openssl rand -base64 32`) when a production database is configured, and all together"
                            + " if any is set; missing: " + String.join(", ", missing));
        }
    }
}
