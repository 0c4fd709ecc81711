package com.aidloop.registry.web;

import com.aidloop.iam.CurrentAccounts;
import com.aidloop.registry.AidCardChanges;
import com.aidloop.registry.CardChangeStatus;
import com.aidloop.registry.CardChangeView;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Paged;
import com.aidloop.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Card changes for integrations: the same scope, four eyes and audit as the page. */
@RestController
@RequestMapping("/api/v1/aid-card-changes")
@PreAuthorize("hasAuthority('STUDENT_VIEW')")
@Tag(name = "资助卡变更", description = "修改学生资助卡（含重新发放时更正的卡号）须经申请人以外的人员审核后生效，生效前发放仍使用原资助卡；卡号均脱敏，数据范围外返回404")
class CardChangeApi {

    private final AidCardChanges changes;
    private final CurrentAccounts accounts;

    CardChangeApi(AidCardChanges changes, CurrentAccounts accounts) {
        this.changes = changes;
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "分页查询资助卡变更", description = "本人数据范围内学生的资助卡变更，待审核的在前；页码从1开始")
    Paged<CardChangeView> list(
            @Parameter(description = "PENDING 待审核（默认）、APPROVED 已生效、REJECTED 已驳回、SUPERSEDED 已被新申请替代、ALL 全部")
                    @RequestParam(required = false)
                    String status,
            @Parameter(description = "学生ID：只看该学生的资助卡变更") @RequestParam(required = false) Long studentId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return changes.list(status(status), studentId, accounts.current().scope(), Paging.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查询资助卡变更", description = "原卡与新卡（脱敏）、申请人、随哪个重新发放批次审核、处理结果")
    CardChangeView one(@PathVariable long id) {
        return changes.get(id, accounts.current().scope());
    }

    @PostMapping("/{id}/approve")
    @PreAuthorize("hasAuthority('AID_CARD_APPROVE')")
    @Operation(
            summary = "审核通过资助卡变更",
            description = "申请人不能审核（409）；随重新发放批次的变更在批次审核通过时生效，不能单独审核（409）；"
                    + "version 为审核人看到的版本，此后被他人处理时返回409。通过后学生信息中的资助卡改为新卡，申请人、审核人和新旧卡号（脱敏）记入审计日志")
    CardChangeView approve(@PathVariable long id, @RequestParam(required = false) Integer version) {
        return changes.approve(id, version, accounts.current());
    }

    /** @param reason why the card is turned down (required) */
    record Rejection(String reason, Integer version) {}

    @PostMapping("/{id}/rejection")
    @PreAuthorize("hasAuthority('AID_CARD_APPROVE')")
    @Operation(summary = "驳回资助卡变更", description = "请求体 {reason, version}，reason 必填；驳回后原资助卡不变，记入审计日志")
    CardChangeView reject(@PathVariable long id, @RequestBody Rejection body) {
        return changes.reject(id, body.version(), body.reason(), accounts.current());
    }

    private static CardChangeStatus status(String text) {
        if (text == null || text.isBlank()) {
            return CardChangeStatus.PENDING;
        }
        String name = text.strip().toUpperCase(Locale.ROOT);
        if (name.equals("ALL")) {
            return null;
        }
        try {
            return CardChangeStatus.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("status", "cardChange.statusUnknown", text);
        }
    }
}
