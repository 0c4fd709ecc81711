package com.aidloop.notification.web;

import com.aidloop.iam.CurrentAccounts;
import com.aidloop.notification.SmsNotice;
import com.aidloop.notification.SmsOutbox;
import com.aidloop.notification.SmsStatus;
import com.aidloop.notification.SmsStatusReport;
import com.aidloop.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Delivery status of SMS notices for integrations: readable with STUDENT_VIEW inside the account's
 * data scope (the school's staff, region accounts over the school's or the household's area);
 * sending failed messages again is for county staff (县级资助中心).
 */
@RestController
@RequestMapping("/api/v1/notifications/sms")
@PreAuthorize("hasAuthority('STUDENT_VIEW')")
@Tag(
        name = "短信告知",
        description = "资金发放短信的发送状态（按学生、按批次）；只有短信平台受理后才是“已发送”，" + "未配置短信网关时为“未发送（未配置短信网关）”；发送失败或未发送的短信可由县级资助中心发送")
class SmsApi {

    private final SmsOutbox outbox;
    private final CurrentAccounts accounts;

    SmsApi(SmsOutbox outbox, CurrentAccounts accounts) {
        this.outbox = outbox;
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(
            summary = "查询短信发送状态",
            description = "按学生、批次、支付流水、状态或手机号筛选，返回各状态条数和一页短信（最新在前）；" + "只返回本账号管辖范围内学生的短信，手机号只显示脱敏后的号码")
    ReportBody list(
            @Parameter(description = "学生编号") @RequestParam(required = false) String studentId,
            @Parameter(description = "发放批次") @RequestParam(required = false) String batch,
            @Parameter(description = "支付流水号") @RequestParam(required = false) String payment,
            @Parameter(description = "状态：PENDING/待发送、SENT/已发送、FAILED/发送失败、NOT_SENT/未发送") @RequestParam(required = false)
                    String status,
            @Parameter(description = "接收手机号（按加密索引精确查找）") @RequestParam(required = false) String phone,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        SmsQuery query = new SmsQuery(studentId, batch, payment, status, phone);
        return ReportBody.of(outbox.search(query.filter(), accounts.current().scope(), Paging.of(page, size)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查询一条短信", description = "不在管辖范围内时返回404")
    NoticeBody one(@PathVariable long id) {
        return NoticeBody.of(outbox.get(id, accounts.current().scope()));
    }

    @PostMapping("/{id}/resend")
    @PreAuthorize("hasRole('COUNTY_STAFF')")
    @Operation(summary = "发送一条发送失败或未发送的短信", description = "仅县级资助中心；只有发送失败或未发送的短信可以发送（否则409），" + "未配置短信网关时也返回409；记入审计日志")
    NoticeBody resend(@PathVariable long id) {
        return NoticeBody.of(outbox.resend(id, accounts.current().scope()));
    }

    @PostMapping("/resend")
    @PreAuthorize("hasRole('COUNTY_STAFF')")
    @Operation(summary = "发送一个批次中发送失败和未发送的短信", description = "仅县级资助中心；未配置短信网关时返回409；每条短信分别记入审计日志")
    Map<String, Object> resendBatch(@Parameter(description = "发放批次") @RequestParam String batch) {
        return Map.of(
                "batch",
                batch,
                "resent",
                outbox.resendFailed(batch, accounts.current().scope()));
    }

    /** Counts by status and one page of messages. */
    record ReportBody(Map<SmsStatus, Long> counts, List<NoticeBody> content, long totalElements, int page, int size) {

        static ReportBody of(SmsStatusReport report) {
            return new ReportBody(
                    report.counts(),
                    report.messages().content().stream().map(NoticeBody::of).toList(),
                    report.messages().totalElements(),
                    report.messages().page(),
                    report.messages().size());
        }
    }

    /**
     * One message; the phone masked. {@code statusText} words the status as the page does, with
     * the reason of a message not sent: "未发送（未配置短信网关）".
     */
    record NoticeBody(
            long id,
            String deduplicationKey,
            SmsStatus status,
            String statusLabel,
            String statusText,
            String phone,
            String recipient,
            Long studentId,
            String studentName,
            String batch,
            String payment,
            String text,
            int attempts,
            int resends,
            String lastError,
            String gatewayMessageId,
            Instant createdAt,
            Instant nextAttemptAt,
            Instant sentAt,
            Instant failedAt) {

        static NoticeBody of(SmsNotice n) {
            return new NoticeBody(
                    n.id(),
                    n.deduplicationKey(),
                    n.status(),
                    n.status().label(),
                    n.statusText(),
                    n.phoneMasked(),
                    n.recipient().label(),
                    n.studentId(),
                    n.studentName(),
                    n.batchRef(),
                    n.paymentRef(),
                    n.text(),
                    n.attempts(),
                    n.resends(),
                    n.lastError(),
                    n.gatewayMessageId(),
                    n.createdAt(),
                    n.status() == SmsStatus.PENDING ? n.nextAttemptAt() : null,
                    n.sentAt(),
                    n.failedAt());
        }
    }
}
