package com.aidloop.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Term;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How a programme pays (发放渠道), as the catalogue says it for a term: fee waivers to the school,
 * meals in kind, the rest by card; effective-dated, a correction keeping what stood before, and
 * the catalogue check of every card payout refusing the others in Chinese.
 */
@SpringBootTest
class PaymentChannelTests {

    private static final Term SPRING_2026 = new Term(2026, Term.Semester.SPRING);

    @Autowired
    PayingRules rules;

    @Autowired
    PayingRulesManagement management;

    @Autowired
    ProgrammeManagement programmes;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSeededCatalogueFollowsRealPractice() {
        assertThat(rules.channelOf("SENIOR_HIGH_FEE_WAIVER", SPRING_2026)).isEqualTo(PaymentChannel.SCHOOL);
        assertThat(rules.channelOf("VOCATIONAL_TUITION_WAIVER", SPRING_2026)).isEqualTo(PaymentChannel.SCHOOL);
        assertThat(rules.channelOf("PRESCHOOL_FREE_YEAR", SPRING_2026)).isEqualTo(PaymentChannel.SCHOOL);
        assertThat(rules.channelOf("RURAL_NUTRITION", SPRING_2026)).isEqualTo(PaymentChannel.IN_KIND);
        assertThat(rules.channelOf("SENIOR_HIGH_NATIONAL_GRANT", SPRING_2026)).isEqualTo(PaymentChannel.CARD);
        assertThat(rules.channelOf("PRIMARY_LIVING_SUBSIDY", SPRING_2026)).isEqualTo(PaymentChannel.CARD);
        assertThat(rules.settledWithSchools(SPRING_2026))
                .containsEntry("RURAL_NUTRITION", PaymentChannel.IN_KIND)
                .doesNotContainKey("SENIOR_HIGH_NATIONAL_GRANT");
    }

    @Test
    void aChannelTakesEffectFromItsTermAndACorrectionIsAudited() {
        String code = TestProgrammes.nextCode();
        programmes.open(TestProgrammes.countyProgramme(code), CatalogueStaff.COUNTY);
        management.recordChannel(code, "2030-AUTUMN", "SCHOOL", "", "", CatalogueStaff.COUNTY);
        management.recordChannel(code, "2030-AUTUMN", "实物（膳食）", "更正", "", CatalogueStaff.COUNTY);
        management.recordChannel(code, "2032-SPRING", "CARD", "", "", CatalogueStaff.COUNTY);

        assertThat(rules.channelOf(code, Term.parse("2030-SPRING"))).isEqualTo(PaymentChannel.CARD);
        assertThat(rules.channelOf(code, Term.parse("2031-SPRING"))).isEqualTo(PaymentChannel.IN_KIND);
        assertThat(rules.channelOf(code, Term.parse("2032-AUTUMN"))).isEqualTo(PaymentChannel.CARD);
        assertThat(rules.channelHistory(code))
                .extracting(ProgrammeChannel::channel)
                .containsExactly(PaymentChannel.IN_KIND, PaymentChannel.CARD);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM programme_payment_channel c JOIN programme_programme p ON p.id = c.programme_id
                         WHERE p.code = :code AND c.superseded_at IS NOT NULL
                        """).param("code", code).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_event WHERE object_type = 'programme' AND object_id = :code
                           AND summary LIKE '设置发放渠道%'
                        """).param("code", code).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aCardPayoutOfAProgrammePaidToTheSchoolIsRefusedInChinese() {
        ProgrammeNotPaidByCard refused = catchThrowableOfType(
                ProgrammeNotPaidByCard.class, () -> rules.requirePaidByCard("RURAL_NUTRITION", SPRING_2026));

        assertThat(refused.getLocalizedMessage())
                .startsWith("农村义务教育学生营养改善计划在2026年春季学期按“实物（膳食）”发放")
                .contains("不能创建资助卡发放批次");
        rules.requirePaidByCard("SENIOR_HIGH_NATIONAL_GRANT", SPRING_2026);
    }

    @Test
    void anUnknownChannelIsRefusedByField() {
        InvalidInput invalid = catchThrowableOfType(
                InvalidInput.class, () -> ProgrammeChannel.parse("2026-AUTUMN", "现金", "", "", null, null));

        assertThat(invalid.sentencesByField().get("channel")).isEqualTo("发放渠道“现金”无法识别，请选择：资助卡发放、拨付学校 或 实物（膳食）");
    }
}
