package com.aidloop.identification.adjustment.web;

import com.aidloop.iam.CurrentAccounts;
import com.aidloop.identification.adjustment.AdjustingIdentification;
import com.aidloop.identification.adjustment.AdjustmentEvidence;
import com.aidloop.identification.adjustment.AdjustmentRequest;
import com.aidloop.identification.adjustment.domain.HistoryEntry;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.platform.FileUploads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Semester adjustments for a future native client, with the rules, reach and audit of the page. */
@RestController
@RequestMapping("/api/v1/identification/adjustments")
@Tag(name = "学期动态调整", description = "学年中家庭经济状况变化时重新认定一名学生：原因、证明材料、可重新评分，认定历史保留")
class AdjustmentApi {

    private final AdjustingIdentification adjusting;
    private final AdjustmentEvidence evidence;
    private final CurrentAccounts accounts;

    AdjustmentApi(AdjustingIdentification adjusting, AdjustmentEvidence evidence, CurrentAccounts accounts) {
        this.adjusting = adjusting;
        this.evidence = evidence;
        this.accounts = accounts;
    }

    /** The request: the application, and what the page asks for. */
    record AdjustmentJson(long applicationId, AdjustmentRequest adjustment) {}

    /** One step of the history: the school's decision or an adjustment with its term and the re-score's suggestion. */
    record StepJson(
            String step,
            String term,
            DifficultyLevel level,
            String reason,
            String by,
            Instant at,
            Long adjustmentId,
            DifficultyLevel suggestedLevel,
            BigDecimal suggestedTotal,
            List<Long> evidenceIds) {

        static StepJson of(HistoryEntry h, Map<Long, List<Long>> evidence) {
            var a = h.adjustment();
            var r = a == null ? null : a.rescored();
            return new StepJson(
                    h.step(),
                    a == null ? null : a.term().code(),
                    h.level(),
                    h.reason(),
                    h.by(),
                    h.at(),
                    a == null ? null : a.id(),
                    r == null ? null : r.level(),
                    r == null ? null : r.total(),
                    a == null ? List.of() : evidence.getOrDefault(a.id(), List.of()));
        }
    }

    @PostMapping
    @PreAuthorize("hasAuthority('IDENTIFICATION_DECIDE')")
    @Operation(
            summary = "学期动态调整一份已认定的申请",
            description = "须有调整后档次和原因（否则422）；未认定的申请409；范围外404。rescore为true时按现行指标体系重新评分并保存评分建议")
    Map<String, Long> adjust(@RequestBody AdjustmentJson body) {
        return Map.of("id", adjusting.adjust(body.applicationId(), body.adjustment(), accounts.current()));
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('IDENTIFICATION_DECIDE','IDENTIFICATION_REVIEW','STUDENT_VIEW')")
    @Operation(summary = "一份申请的认定历史（学校认定及每次动态调整）", description = "范围外的申请返回404")
    List<StepJson> history(@RequestParam long applicationId) {
        List<HistoryEntry> history = adjusting.history(applicationId, accounts.current());
        Map<Long, List<Long>> files = adjusting.evidenceOf(applicationId);
        return history.stream().map(h -> StepJson.of(h, files)).toList();
    }

    @PostMapping(path = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('IDENTIFICATION_DECIDE')")
    @Operation(summary = "上传动态调整的证明材料（照片或PDF，不超过10MB，按内容判断类型）", description = "被拒收时返回422及原因")
    Map<String, Long> upload(
            @PathVariable long id,
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) String title) {
        return Map.of("id", evidence.add(id, FileUploads.of(file), title, accounts.current()));
    }
}
