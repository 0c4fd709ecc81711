package com.aidloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * The first day of a production deployment: an empty database of its own (not the demo), keys
 * given, and {@code ./aidloop admin create …} opening the first administrators, once per role.
 */
class AdminCommandTests {

    private static EmbeddedPostgres server;
    private static JdbcClient database;

    @BeforeAll
    static void anEmptyDatabase() throws IOException {
        server = EmbeddedPostgres.builder().start();
        database = JdbcClient.create(server.getPostgresDatabase());
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
    }

    @Test
    void opensTheFirstAdministratorOfARoleOnceWithAOneTimePasswordToChange() {
        Answer first = admin("--role", "安全管理员", "--username", "wangmin", "--name", "王敏");
        Answer again = admin("--role", "SECURITY_ADMIN", "--username", "other", "--name", "李四");

        assertThat(first.exit()).as(first.text()).isZero();
        Matcher password = Pattern.compile("一次性密码：(\\S{16})（").matcher(first.text());
        assertThat(password.find()).as(first.text()).isTrue();
        assertThat(database.sql("SELECT password_hash FROM iam_account WHERE username = 'wangmin'")
                        .query(String.class)
                        .single())
                .satisfies(hash -> assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder()
                                .matches(password.group(1), hash))
                        .isTrue());
        assertThat(database.sql("SELECT must_change_password FROM iam_account WHERE username = 'wangmin'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(database.sql(
                                "SELECT actor FROM audit_event WHERE action = 'ACCOUNT_CREATE' AND summary LIKE '%wangmin'")
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .startsWith("命令行:");
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.text()).contains("未创建：已有安全管理员账号");
        assertThat(database.sql("SELECT username FROM iam_account WHERE 'SECURITY_ADMIN' = ANY (roles)")
                        .query(String.class)
                        .list())
                .containsExactly("wangmin");
    }

    @Test
    void opensOnlyAdministratorsAndSaysHowToUseIt() {
        Answer county = admin("--role", "县级资助中心", "--username", "clerk", "--name", "张三");
        Answer missing = admin("--role", "审计管理员");

        assertThat(county.exit()).isEqualTo(1);
        assertThat(county.text()).contains("角色“县级资助中心”不能用此命令创建；只能创建：系统管理员、安全管理员、审计管理员");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.text()).startsWith("用法：./aidloop admin create");
        assertThat(database.sql("SELECT count(*) FROM iam_account WHERE username = 'clerk'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void refusesTheEmbeddedDatabaseAndSaysWhatToSet() {
        assumeTrue(System.getProperty("spring.datasource.url", "").isBlank(), "the server run configures a database");
        ByteArrayOutputStream embedded = new ByteArrayOutputStream();
        int exit = AdminCommand.run(
                new String[] {"admin", "create", "--role", "审计管理员", "--username", "aud", "--name", "钱七"},
                new PrintStream(embedded, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(embedded.toString(StandardCharsets.UTF_8)).startsWith("此命令用于生产数据库：请先设置 AIDLOOP_DB_URL");
    }

    @Test
    void aDatabaseOfANewerPlatformIsRefusedInOneLine() {
        admin("--role", "系统管理员", "--username", "sys", "--name", "赵六");
        database.sql("""
                INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)
                VALUES (9999, '9999', 'from a newer platform', 'SQL', 'V9999__newer.sql', 0, 'postgres', 1, true)
                """).update();
        try {
            Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
                    () -> admin("--role", "审计管理员", "--username", "aud", "--name", "钱七"));

            assertThat(refused).isNotNull();
            FailureAnalysis analysis = analysis(refused);
            assertThat(analysis.getDescription()).startsWith("数据库由更新版本的 Aidloop 升级过（数据库结构版本 9999，本程序最高 ");
            assertThat(analysis.getAction()).contains("不要用旧版本程序连接升级过的数据库");
        } finally {
            database.sql("DELETE FROM flyway_schema_history WHERE version = '9999'")
                    .update();
        }
    }

    @Test
    void missingKeysAreSaidInOneLine() {
        assertThatThrownBy(() -> AdminCommand.run(
                        new String[] {
                            "admin",
                            "create",
                            "--role",
                            "审计管理员",
                            "--username",
                            "aud",
                            "--name",
                            "钱七",
                            "--spring.profiles.active=production",
                            "--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
                            "--spring.datasource.username=postgres",
                            "--aidloop.keys.data=",
                            "--aidloop.keys.index=",
                            "--aidloop.keys.signing="
                        },
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
                .satisfies(refused -> assertThat(analysis(refused).getDescription())
                        .startsWith("密钥缺失或不可用")
                        .contains("AIDLOOP_DATA_KEY"));
    }

    private static FailureAnalysis analysis(Throwable failure) {
        for (FailureAnalyzer analyzer : SpringFactoriesLoader.forDefaultResourceLocation()
                .load(
                        FailureAnalyzer.class,
                        SpringFactoriesLoader.FailureHandler.handleMessage((message, skipped) -> {}))) {
            FailureAnalysis analysis = analyzer.analyze(failure);
            if (analysis != null) {
                return analysis;
            }
        }
        throw new AssertionError("no analysis of " + failure);
    }

    private record Answer(int exit, String text) {}

    private static Answer admin(String... options) {
        List<String> args = new ArrayList<>(List.of("admin", "create"));
        args.addAll(List.of(options));
        // a production start: the suite's demo profile is not this deployment's
        args.addAll(List.of(
                "--spring.profiles.active=production",
                "--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--aidloop.keys.data=" + key(),
                "--aidloop.keys.index=" + key(),
                "--aidloop.keys.signing=" + key()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = AdminCommand.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Answer(exit, out.toString(StandardCharsets.UTF_8));
    }

    private static String key() {
        return Base64.getEncoder().encodeToString(new byte[32]);
    }
}
