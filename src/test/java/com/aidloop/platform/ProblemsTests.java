package com.aidloop.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Messages;
import com.aidloop.shared.Refusal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;

/** The API's one shape for a refusal, and the one reader of user text behind pages and API alike. */
class ProblemsTests {

    static final class StepRefused extends Refusal {

        StepRefused(Kind kind) {
            super(kind, "batch.notFound", 42L);
        }
    }

    @Test
    void theKindOfARefusalDecidesItsStatus() {
        assertThat(Problems.of(new StepRefused(Refusal.Kind.NOT_FOUND)).getStatus())
                .isEqualTo(404);
        assertThat(Problems.of(new StepRefused(Refusal.Kind.CONFLICT)).getStatus())
                .isEqualTo(409);
        assertThat(Problems.of(new StepRefused(Refusal.Kind.FORBIDDEN)).getStatus())
                .isEqualTo(403);
        assertThat(Problems.of(new StepRefused(Refusal.Kind.INVALID)).getStatus())
                .isEqualTo(400);
        assertThat(Problems.of(new StepRefused(Refusal.Kind.UNPROCESSABLE)).getStatus())
                .isEqualTo(422);
    }

    @Test
    void aProblemCarriesTheChineseSentenceAndAStableCode() {
        ProblemDetail problem = Problems.of(new InvalidValue("id.length", 17));

        assertThat(problem.getDetail()).isEqualTo("证件号码应为18位，当前为17位，请核对后重新填写");
        assertThat(problem.getTitle()).isEqualTo("请求有误");
        assertThat(problem.getProperties()).containsEntry("code", "id.length").doesNotContainKey("errors");
    }

    @Test
    void aProblemListsEveryFieldAtFault() {
        InvalidInput invalid = new InvalidInput(List.of(
                new FieldProblem("idNumber", "id.checkDigit", null), new FieldProblem("phone", "phone.format", null)));

        ProblemDetail problem = Problems.of(invalid);

        assertThat(problem.getProperties())
                .containsEntry("code", "input.invalid")
                .containsEntry(
                        "errors",
                        List.of(
                                Map.of("field", "idNumber", "message", "证件号码校验位错误，请核对后重新填写"),
                                Map.of("field", "phone", "message", "手机号码格式不对，应为以1开头的11位数字")));
        assertThat(problem.getDetail()).isEqualTo("证件号码校验位错误，请核对后重新填写；手机号码格式不对，应为以1开头的11位数字");
    }

    @Test
    void everyModulesBundleIsReadThroughOneReaderThatSpringsMessageSourceSharesToo() {
        MessageSource spring = new PlatformMessages().messageSource();

        assertThat(Messages.format("batch.notFound")).isEqualTo("发放批次不存在或不在您的管理范围内");
        assertThat(Messages.format("sms.notFound")).isEqualTo("短信不存在或不在您的管辖范围内");
        assertThat(spring.getMessage("sms.notResendable", new Object[] {"待发送"}, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo(Messages.format("sms.notResendable", "待发送"));
        assertThat(spring.getMessage("term.format", new Object[] {2026}, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo(Messages.format("term.format", 2026))
                .contains("2026")
                .doesNotContain("2,026");
    }
}
