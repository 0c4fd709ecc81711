package com.aidloop.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.aidloop.notification.domain.SmsContentPolicy;
import com.aidloop.shared.Money;
import com.aidloop.shared.PhoneNumber;
import com.aidloop.shared.Term;
import org.junit.jupiter.api.Test;

class SmsMessageTests {

    private static final Term AUTUMN_2026 = Term.parse("2026-AUTUMN");

    @Test
    void wordsAPayoutNotice() {
        SmsMessage message = SmsMessage.payout("李明", "国家助学金", Money.yuan("1250"), "1234", AUTUMN_2026);

        assertThat(message.template()).isEqualTo("PAYOUT");
        assertThat(message.signedBy("平江县学生资助")).isEqualTo("【平江县学生资助】李明同学：2026年秋季学期国家助学金1250.00元已发放至尾号1234的资助卡，请查收。");
    }

    @Test
    void leavesTheProgrammeOutWhenItsNameWouldRevealHardship() {
        SmsMessage message =
                SmsMessage.payoutWithoutProgramme("王芳", Money.yuan("3,000.5"), "0088", Term.parse("2027年春季学期"));

        assertThat(message.signedBy("学生资助")).isEqualTo("【学生资助】王芳同学：2027年春季学期学生资助金3000.50元已发放至尾号0088的资助卡，请查收。");
    }

    @Test
    void takesOnlyTheLastFourDigitsOfTheCard() {
        assertThatThrownBy(
                        () -> SmsMessage.payout("李明", "国家助学金", Money.yuan("1250"), "6222600260001072444", AUTUMN_2026))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("6222600260001072444");
        assertThatThrownBy(() -> SmsMessage.payout("李明", "国家助学金", Money.yuan("1250"), "12a4", AUTUMN_2026))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void needsAPositiveAmountAndANamedStudent() {
        assertThatThrownBy(() -> SmsMessage.payout("李明", "国家助学金", Money.ZERO, "1234", AUTUMN_2026))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SmsMessage.payout(" ", "国家助学金", Money.yuan("1"), "1234", AUTUMN_2026))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysAPaymentsNoticeByThePaymentAndPrintsThePhoneMasked() {
        SmsRequest request = SmsRequest.payment(
                "P-2026-0001",
                "B-1",
                new PhoneNumber("13812345678"),
                SmsRecipient.GUARDIAN,
                null,
                SmsMessage.payout("李明", "国家助学金", Money.yuan("1250"), "1234", AUTUMN_2026));

        assertThat(request.deduplicationKey()).isEqualTo("payment:P-2026-0001");
        assertThat(request.toString()).contains("138****5678").doesNotContain("13812345678");
    }

    @Test
    void refusesAKeyThatCarriesPersonalData() {
        SmsMessage message = SmsMessage.payout("李明", "国家助学金", Money.yuan("1250"), "1234", AUTUMN_2026);
        PhoneNumber phone = new PhoneNumber("13812345678");

        assertThatThrownBy(() ->
                        new SmsRequest("payment:13812345678", phone, SmsRecipient.STUDENT, message, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SmsRequest(
                        "card:6222600260001072444", phone, SmsRecipient.STUDENT, message, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SmsRequest("payment 1", phone, SmsRecipient.STUDENT, message, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wordsTheSchoolsSpecialChannelNoticeWithoutStudentOutcomeOrHardship() {
        SmsMessage message = SmsMessage.specialChannelDecided("三市镇中心小学", "2026学年");

        assertThat(message.template()).isEqualTo("SPECIAL_CHANNEL_DECIDED");
        assertThat(message.signedBy("平江县学生资助")).isEqualTo("【平江县学生资助】三市镇中心小学：贵校一份2026学年特别通道申请有新的县级处理结果，请登录资助系统查看。");
        assertThat(message.params()).containsExactly(entry("school", "三市镇中心小学"), entry("year", "2026学年"));
        assertThat(SmsContentPolicy.withDefaultWords().check(message.body())).isEmpty();
        assertThat(message.body()).doesNotContain("批准", "困难", "撤销");
    }

    @Test
    void wordsTheFamilysAppealNoticeWithoutLevelOrHardship() {
        SmsMessage message = SmsMessage.appealRuled("2026学年");

        assertThat(message.template()).isEqualTo("APPEAL_RULED");
        assertThat(message.body()).isEqualTo("您提出的2026学年学生资助认定申诉已有处理结果，请登录资助平台家庭入口查看，或向学校咨询。");
        assertThat(SmsContentPolicy.withDefaultWords().check(message.body())).isEmpty();
        assertThat(message.body()).doesNotContain("困难", "维持", "改定");
    }
}
