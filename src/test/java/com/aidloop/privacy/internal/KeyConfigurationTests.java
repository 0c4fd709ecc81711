package com.aidloop.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.platform.EmbeddedDatabaseInUse;
import com.aidloop.privacy.SensitiveData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class KeyConfigurationTests {

    @TempDir
    Path dataDir;

    private ApplicationContextRunner platform() throws ClassNotFoundException {
        // The platform's own switch: it starts an embedded database only when no URL is configured.
        Class<?> embeddedDatabase = Class.forName("com.aidloop.platform.EmbeddedDatabaseConfiguration");
        return new ApplicationContextRunner()
                .withUserConfiguration(embeddedDatabase, KeyConfiguration.class, ProfiledSensitiveData.class)
                .withPropertyValues("aidloop.data-dir=" + dataDir);
    }

    private ApplicationContextRunner trialInstallation() {
        return new ApplicationContextRunner()
                .withUserConfiguration(KeyConfiguration.class, ProfiledSensitiveData.class)
                .withBean(EmbeddedDatabaseInUse.class)
                .withPropertyValues("aidloop.data-dir=" + dataDir);
    }

    @Test
    void refusesToStartWithoutKeysWhenAProductionDatabaseIsConfigured() throws Exception {
        platform()
                .withPropertyValues("spring.datasource.url=jdbc:postgresql://db.county.example:5432/aidloop")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure())
                            .rootCause()
                            .isInstanceOf(KeyConfiguration.MissingKeys.class)
                            .hasMessageStartingWith(
                                    "AIDLOOP_DATA_KEY, AIDLOOP_INDEX_KEY and AIDLOOP_SIGNING_KEY must be set")
                            .hasMessageContaining("openssl rand -base64 32")
                            .hasMessageEndingWith("missing: AIDLOOP_DATA_KEY, AIDLOOP_INDEX_KEY, AIDLOOP_SIGNING_KEY");
                });
        assertThat(dataDir.resolve(KeyConfiguration.KEY_FILE)).doesNotExist();
    }

    @Test
    void refusesSomeKeysWithoutTheOthersEvenOnTheEmbeddedDatabase() {
        trialInstallation()
                .withPropertyValues("AIDLOOP_DATA_KEY=" + TestKeys.base64(TestKeys.DATA))
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure())
                            .rootCause()
                            .hasMessageEndingWith("missing: AIDLOOP_INDEX_KEY, AIDLOOP_SIGNING_KEY");
                });
        assertThat(dataDir.resolve(KeyConfiguration.KEY_FILE)).doesNotExist();
    }

    @Test
    void startsWithKeysFromTheEnvironmentOnAProductionDatabase() throws Exception {
        platform()
                .withPropertyValues(
                        "spring.datasource.url=jdbc:postgresql://db.county.example:5432/aidloop",
                        "AIDLOOP_DATA_KEY=" + TestKeys.base64(TestKeys.DATA),
                        "AIDLOOP_INDEX_KEY=" + TestKeys.base64(TestKeys.INDEX),
                        "AIDLOOP_SIGNING_KEY=" + TestKeys.base64(TestKeys.SIGNING))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(SensitiveData.class).seal("x"))
                            .startsWith("a1:" + DataKeys.idOf(TestKeys.DATA) + ":");
                });
    }

    @Test
    void refusesAKeyOfTheWrongSizeNamingTheVariable() {
        trialInstallation()
                .withPropertyValues(
                        "aidloop.keys.data=c2hvcnQ=",
                        "aidloop.keys.index=" + TestKeys.base64(TestKeys.INDEX),
                        "aidloop.keys.signing=" + TestKeys.base64(TestKeys.SIGNING))
                .run(context -> {
                    assertThat(context.getStartupFailure())
                            .rootCause()
                            .hasMessage("AIDLOOP_DATA_KEY must be 32 bytes (base64 of 32 random bytes), got 5");
                });
    }

    @Test
    void createsDevelopmentKeysOnceBesideTheEmbeddedDatabase() throws Exception {
        String[] sealed = new String[1];
        trialInstallation()
                .run(context -> sealed[0] = context.getBean(SensitiveData.class).seal("430626201003152382"));
        Path keyFile = dataDir.resolve(KeyConfiguration.KEY_FILE);

        assertThat(keyFile).exists();
        assertThat(Files.readString(keyFile)).contains("data=", "index=", "signing=");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
                .isEqualTo("rw-------");
        trialInstallation()
                .run(context -> assertThat(context.getBean(SensitiveData.class).open(sealed[0]))
                        .isEqualTo("430626201003152382"));
    }

    @Test
    void sealsWithSm4WhenTheProfileAsksForIt() {
        trialInstallation().withPropertyValues("AIDLOOP_CRYPTO_PROFILE=SM4").run(context -> {
            assertThat(context.getBean(CryptoProfile.class)).isEqualTo(CryptoProfile.SM4);
            assertThat(context.getBean(SensitiveData.class).seal("x")).startsWith("s1:");
        });
        trialInstallation().withPropertyValues("aidloop.crypto.profile=sm4").run(context -> assertThat(
                        context.getBean(SensitiveData.class).seal("x"))
                .startsWith("s1:"));
    }

    @Test
    void sealsWithAesByDefault() {
        trialInstallation()
                .run(context -> assertThat(context.getBean(SensitiveData.class).seal("x"))
                        .startsWith("a1:"));
    }

    @Test
    void refusesAnUnknownProfile() {
        trialInstallation()
                .withPropertyValues("AIDLOOP_CRYPTO_PROFILE=DES")
                .run(context ->
                        assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("must be AES or SM4"));
    }

    @Test
    void opensValuesSealedWithAPreviousKeyNamedInTheEnvironment() {
        String old = new ProfiledSensitiveData(
                        new KeyMaterial(TestKeys.DATA, List.of(), TestKeys.INDEX, TestKeys.SIGNING), CryptoProfile.AES)
                .seal("13800138000");

        trialInstallation()
                .withPropertyValues(
                        "AIDLOOP_DATA_KEY=" + TestKeys.base64(TestKeys.NEXT_DATA),
                        "AIDLOOP_INDEX_KEY=" + TestKeys.base64(TestKeys.INDEX),
                        "AIDLOOP_SIGNING_KEY=" + TestKeys.base64(TestKeys.SIGNING),
                        "AIDLOOP_DATA_KEY_PREVIOUS=" + TestKeys.base64(TestKeys.DATA))
                .run(context -> assertThat(context.getBean(SensitiveData.class).open(old))
                        .isEqualTo("13800138000"));
    }
}
