package com.aidloop.disbursement.web;

import com.aidloop.disbursement.PayoutRounds;
import com.aidloop.disbursement.RoundView;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.InvalidValue;
import com.aidloop.shared.Term;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Payout rounds (发放轮次) and the review of batches (驳回, 重新提交), under the same rights, scope and audit as the pages. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasAnyAuthority('PAYOUT_VIEW', 'ROUND_VIEW')")
@Tag(
        name = "发放轮次",
        description =
                "县级按学期、资助项目（一个、多个或全部）和地区（全县或所选乡镇）一次编制全部资助卡发放，按开户银行各成一个批次；" + "由未参与编制的其他人一次审核通过或驳回（须填写审核意见）；数据范围外返回404")
class RoundApi {

    private final PayoutRounds rounds;
    private final CurrentAccounts accounts;

    RoundApi(PayoutRounds rounds, CurrentAccounts accounts) {
        this.rounds = rounds;
        this.accounts = accounts;
    }

    @GetMapping("/payout-rounds")
    @Operation(summary = "查询发放轮次", description = "按学期筛选（可选），最新的在前，最多200个")
    List<RoundJson.Round> list(@RequestParam(required = false) String term) {
        Term chosen = term == null || term.isBlank() ? null : parsed(term);
        return rounds.list(chosen, accounts.current().scope()).stream()
                .map(RoundJson.Round::of)
                .toList();
    }

    @GetMapping("/payout-rounds/preview")
    @PreAuthorize("hasAuthority('PAYOUT_MANAGE')")
    @Operation(summary = "预览发放轮次", description = "各开户银行的笔数、金额和上次使用的银行模板；缺少资助卡号的学生名单；已有发放记录的笔数")
    RoundJson.Preview preview(
            @RequestParam String term,
            @RequestParam List<String> programme,
            @RequestParam(required = false) List<String> township,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate payDate) {
        return RoundJson.Preview.of(rounds.preview(
                parsed(term), programme, township == null ? List.of() : township, payDate, accounts.current()));
    }

    @PostMapping("/payout-rounds")
    @PreAuthorize("hasAuthority('PAYOUT_MANAGE')")
    @Operation(
            summary = "创建发放轮次",
            description = "请求体 {term, programmeCodes[], townshipCodes[], payDate}（乡镇为空表示全县；发放日期为空表示今天，"
                    + "按月发放的项目只编入该日期前到期的分期）。每个开户银行一个待审核批次，控制总数在创建时冻结；"
                    + "没有可发放资助时返回409")
    ResponseEntity<RoundJson.Round> create(@RequestBody RoundJson.NewRound body) {
        RoundView round = rounds.create(
                parsed(body.term()),
                body.programmeCodes() == null ? List.of() : body.programmeCodes(),
                body.townshipCodes() == null ? List.of() : body.townshipCodes(),
                body.payDate(),
                accounts.current());
        return ResponseEntity.created(URI.create("/api/v1/payout-rounds/" + round.id()))
                .body(RoundJson.Round.of(round));
    }

    @GetMapping("/payout-rounds/{id}")
    @Operation(summary = "查询发放轮次", description = "含各银行批次及其状态、审核意见")
    RoundJson.Round one(@PathVariable long id) {
        return RoundJson.Round.of(rounds.get(id, accounts.current().scope()));
    }

    @PostMapping("/payout-rounds/{id}/approve")
    @PreAuthorize("hasAuthority('PAYOUT_APPROVE')")
    @Operation(summary = "整轮审核通过", description = "审核全部待审核批次；参与编制任一批次的人不能审核（409），全部或全不")
    RoundJson.Round approve(@PathVariable long id) {
        return RoundJson.Round.of(rounds.approve(id, accounts.current()));
    }

    @PostMapping("/payout-rounds/{id}/rejection")
    @PreAuthorize("hasAuthority('PAYOUT_APPROVE')")
    @Operation(summary = "整轮驳回", description = "请求体 {opinion}（审核意见，必填，最多500字）；全部待审核批次退回编制人")
    RoundJson.Round reject(@PathVariable long id, @RequestBody RoundJson.Opinion body) {
        return RoundJson.Round.of(rounds.reject(id, body.opinion(), accounts.current()));
    }

    @PostMapping("/payout-rounds/{id}/resubmission")
    @PreAuthorize("hasAuthority('PAYOUT_MANAGE')")
    @Operation(summary = "修改后重新提交", description = "编制人把被驳回的批次重新提交审核")
    RoundJson.Round resubmit(@PathVariable long id) {
        return RoundJson.Round.of(rounds.resubmit(id, accounts.current()));
    }

    @PostMapping("/payout-batches/{id}/rejection")
    @PreAuthorize("hasAuthority('PAYOUT_APPROVE')")
    @Operation(summary = "驳回发放批次", description = "请求体 {opinion}（审核意见，必填）；批次退回编制人，重新提交前不能审核")
    BatchJson.Batch rejectBatch(@PathVariable long id, @RequestBody RoundJson.Opinion body) {
        return BatchJson.Batch.of(rounds.rejectBatch(id, body.opinion(), accounts.current()));
    }

    @PostMapping("/payout-batches/{id}/resubmission")
    @PreAuthorize("hasAuthority('PAYOUT_MANAGE')")
    @Operation(summary = "重新提交发放批次", description = "编制人修改被驳回的批次后重新提交审核")
    BatchJson.Batch resubmitBatch(@PathVariable long id) {
        return BatchJson.Batch.of(rounds.resubmitBatch(id, accounts.current()));
    }

    private static Term parsed(String term) {
        try {
            return Term.parse(term);
        } catch (InvalidValue invalid) {
            throw InvalidInput.of("term", invalid.code(), invalid.args());
        }
    }
}
