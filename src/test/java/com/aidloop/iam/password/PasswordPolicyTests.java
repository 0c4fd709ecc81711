package com.aidloop.iam.password;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.iam.account.Decision;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

    private final PasswordPolicy policy = PasswordPolicy.withBundledBlocklist();

    private List<String> codes(String username, String password) {
        return policy.problems(username, password).stream().map(Decision::code).toList();
    }

    @Test
    void acceptsLongPasswordWithThreeKindsOfCharacter() {
        assertThat(policy.check("zhangsan", "Xiangjiang2026").allowed()).isTrue();
        assertThat(policy.check("zhangsan", "lan-hua-dao-2026").allowed()).isTrue();
        assertThat(policy.check("zhangsan", "Tree.River.Cloud").allowed()).isTrue();
    }

    @Test
    void rejectsPasswordShorterThanTenCharactersSayingHowLongItIs() {
        Decision decision = policy.check("zhangsan", "Ab#12345x");
        assertThat(decision.code()).isEqualTo("password.tooShort");
        assertThat(decision.reason()).isEqualTo("密码至少需要10个字符，当前只有9个，请加长");
    }

    @Test
    void rejectsPasswordWithOnlyTwoKindsOfCharacter() {
        assertThat(codes("zhangsan", "xiangjiang2026")).containsExactly("password.classes");
        assertThat(policy.check("zhangsan", "xiangjiang2026").reason())
                .isEqualTo("密码需包含大写字母、小写字母、数字、符号中的至少3类，当前只有2类，请补充");
    }

    @Test
    void countsChineseCharactersAndSpacesAsSymbols() {
        assertThat(PasswordPolicy.characterClasses("学生资助abc123")).isEqualTo(3);
        assertThat(PasswordPolicy.characterClasses("ABC def")).isEqualTo(3);
    }

    @Test
    void rejectsPasswordContainingTheUsernameInAnyCase() {
        assertThat(codes("wangfang", "WangFang#2026")).containsExactly("password.containsUsername");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "woaini1314",
                "Woaini1314",
                "qwerty123",
                "Aa123456",
                "admin123",
                "P@ssw0rd",
                "1qaz2wsx",
                "5201314",
                "123456"
            })
    void rejectsCommonPasswords(String common) {
        assertThat(codes("zhangsan", common)).contains("password.common");
    }

    @ParameterizedTest
    @ValueSource(strings = {"P@ssw0rd2026!", "Woaini1314!!", "1qaz@WSX3edc", "Password@123", "Qwerty123456!"})
    void rejectsCommonPasswordsThatOtherwiseMeetTheRules(String common) {
        assertThat(codes("zhangsan", common)).containsExactly("password.common");
    }

    @Test
    void rejectsPasswordsBeyondTheBcryptLimit() {
        assertThat(codes("zhangsan", "Aa1!" + "x".repeat(61))).contains("password.tooLong");
        assertThat(codes("zhangsan", "Aa1!" + "学".repeat(30))).contains("password.tooLong");
    }

    @Test
    void reportsEveryProblemInTheOrderToFixThem() {
        assertThat(codes("admin", "admin123"))
                .containsExactly(
                        "password.tooShort", "password.classes", "password.containsUsername", "password.common");
    }

    @Test
    void asksForAPasswordWhenNoneIsGiven() {
        assertThat(codes("zhangsan", "")).containsExactly("password.required");
        assertThat(codes("zhangsan", null)).containsExactly("password.required");
    }

    @Test
    void shipsAFewHundredCommonPasswords() throws Exception {
        try (var in = PasswordPolicyTests.class.getResourceAsStream("/iam/password-blocklist.txt")) {
            long words = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .count();
            assertThat(words).isGreaterThan(300);
        }
    }
}
