package com.aidloop.roster.web;

import com.aidloop.iam.DataScope;
import com.aidloop.platform.ChinaTime;
import com.aidloop.roster.ConfirmationForms;
import com.aidloop.roster.CountySummary;
import com.aidloop.roster.DocumentKind;
import com.aidloop.roster.RosterFilter;
import com.aidloop.roster.RosterNotFound;
import com.aidloop.roster.RosterVerification;
import com.aidloop.roster.documents.Issuers;
import com.aidloop.roster.summary.Dimension;
import com.aidloop.roster.summary.SummaryCube;
import com.aidloop.roster.summary.SummaryFilter;
import com.aidloop.shared.Term;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The documents for integrations and scripts, under the same rights as the pages: the summary
 * with its drill-down levels and the check as JSON, the rosters and forms as audited workbooks.
 */
@RestController
@RequestMapping("/api/v1/rosters")
@Tag(name = "花名册与汇总", description = "汇总表、评议/分项目/公示花名册、学校学生资助资金确认表与自动校验（按数据范围过滤，导出留痕）")
class RosterApi {

    private static final String TERM = "学期，如 2026-AUTUMN 或 2026年秋季学期；不填为当前学期";

    private final RosterReaders readers;
    private final CountySummary summaries;
    private final ConfirmationForms forms;
    private final RosterVerification verification;
    private final RosterDownloads downloads;
    private final Issuers issuers;
    private final ChinaTime time;

    RosterApi(
            RosterReaders readers,
            CountySummary summaries,
            ConfirmationForms forms,
            RosterVerification verification,
            RosterDownloads downloads,
            Issuers issuers,
            ChinaTime time) {
        this.readers = readers;
        this.summaries = summaries;
        this.forms = forms;
        this.verification = verification;
        this.downloads = downloads;
        this.issuers = issuers;
        this.time = time;
    }

    @GetMapping("/summary")
    @Operation(
            summary = "查询汇总表",
            description = "本人数据范围内某学期受助情况的人次与金额：区域（乡镇→村）逐级嵌套，按学校（含各资助项目）、"
                    + "按资助项目（含各学段）、按学段；给出 region/school/programme/stage 与 by 时另返回该层的下钻结果（rows）")
    SummaryJson summary(
            @Parameter(description = TERM) @RequestParam(required = false) String term,
            @Parameter(description = "下钻：区域代码（乡镇9位、村12位）") @RequestParam(required = false) String region,
            @Parameter(description = "下钻：学校ID") @RequestParam(required = false) Long school,
            @Parameter(description = "下钻：资助项目代码") @RequestParam(required = false) String programme,
            @Parameter(description = "下钻：学段，如 PRIMARY") @RequestParam(required = false) String stage,
            @Parameter(description = "下钻的分组：region、school、programme 或 stage") @RequestParam(required = false)
                    String by) {
        DataScope scope = readers.scopeFor(DocumentKind.SUMMARY);
        Term chosen = time.termOrCurrent(term);
        SummaryCube cube = summaries.of(chosen, scope);
        SummaryFilter filter = new SummaryFilter(region, school, programme, stage);
        Dimension dimension = Dimension.fromParam(by);
        if (dimension == null && !filter.isEmpty()) {
            dimension = Dimension.REGION;
        }
        return SummaryJson.of(
                cube, chosen, issuers.of(scope).title(DocumentKind.SUMMARY, chosen, null), filter, dimension);
    }

    @GetMapping("/summary.xlsx")
    @Operation(summary = "导出汇总表", description = "按区域、下级区域、学校、资助项目、学段及学校分项目各一张工作表，含合计与签字栏；导出留痕")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = RosterDownloads.XLSX))
    void summaryWorkbook(
            @Parameter(description = TERM) @RequestParam(required = false) String term, HttpServletResponse response) {
        downloads.summary(time.termOrCurrent(term), response);
    }

    @GetMapping("/{kind}.xlsx")
    @Operation(
            summary = "导出花名册",
            description = "kind 为 review（评议花名册）、per-programme（分项目资助花名册，须指定 programme）或 public-notice"
                    + "（公示花名册，只含姓名、学校、年级、班级、资助项目、档次，不含特别通道学生）；规范版式（标题、填报单位、单位：元、表头、序号、合计、签字栏，A4打印）；导出留痕")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = RosterDownloads.XLSX))
    void roster(
            @Parameter(description = "review、per-programme 或 public-notice") @PathVariable String kind,
            @Parameter(description = TERM) @RequestParam(required = false) String term,
            @Parameter(description = "资助项目代码") @RequestParam(required = false) String programme,
            @Parameter(description = "学校ID（须在本人数据范围内）") @RequestParam(required = false) Long school,
            HttpServletResponse response) {
        DocumentKind document =
                DocumentKind.bySlug(kind).filter(DocumentKind::isRoster).orElseThrow(() -> new RosterNotFound(kind));
        downloads.roster(document, time.termOrCurrent(term), new RosterFilter(programme, school), response);
    }

    @GetMapping("/per-programme.zip")
    @Operation(summary = "导出全部项目的分项目资助花名册", description = "每个资助项目一个工作簿，打包为zip；导出留痕")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = RosterDownloads.ZIP))
    void everyProgramme(
            @Parameter(description = TERM) @RequestParam(required = false) String term,
            @Parameter(description = "学校ID（须在本人数据范围内）") @RequestParam(required = false) Long school,
            HttpServletResponse response) {
        downloads.everyProgramme(time.termOrCurrent(term), new RosterFilter(null, school), response);
    }

    @GetMapping("/confirmation-forms/{schoolId}")
    @Operation(summary = "查询学校学生资助资金确认表", description = "一所学校某学期各资助项目的人数与金额；数据范围外的学校返回404")
    FormJson form(
            @PathVariable long schoolId, @Parameter(description = TERM) @RequestParam(required = false) String term) {
        DataScope scope = readers.scopeFor(DocumentKind.CONFIRMATION_FORM);
        return FormJson.of(forms.forSchool(time.termOrCurrent(term), schoolId, scope));
    }

    @GetMapping("/confirmation-forms/{schoolId}.xlsx")
    @Operation(summary = "导出学校学生资助资金确认表", description = "含学校经办人、审核人、负责人签字栏、学校盖章与县级确认栏；数据范围外的学校返回404；导出留痕")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = RosterDownloads.XLSX))
    void formWorkbook(
            @PathVariable long schoolId,
            @Parameter(description = TERM) @RequestParam(required = false) String term,
            HttpServletResponse response) {
        downloads.form(time.termOrCurrent(term), schoolId, response);
    }

    @GetMapping("/confirmation-forms.xlsx")
    @Operation(summary = "导出全部学校的资金确认表", description = "本人数据范围内每所有受助学生的学校一张工作表；导出留痕")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = RosterDownloads.XLSX))
    void allForms(
            @Parameter(description = TERM) @RequestParam(required = false) String term, HttpServletResponse response) {
        downloads.allForms(time.termOrCurrent(term), response);
    }

    @GetMapping("/documents.zip")
    @Operation(
            summary = "导出全部文档",
            description = "汇总表、评议花名册、各项目的分项目资助花名册、公示花名册、全部学校的资金确认表和自动校验结果，打包为zip；" + "一次读取受助名单同时生成；需有全部文档的查看权限；导出留痕")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = RosterDownloads.ZIP))
    void pack(
            @Parameter(description = TERM) @RequestParam(required = false) String term, HttpServletResponse response) {
        downloads.pack(time.termOrCurrent(term), response);
    }

    @GetMapping("/verification")
    @Operation(
            summary = "自动校验",
            description = "逐校逐项目核对花名册、资金确认表与汇总表的人数和金额是否一致，并检查每条资助金额是否在项目限额内；"
                    + "passed 为 true 表示通过，findings 列出每处不一致及其所在学校、项目和花名册行号")
    VerificationJson verification(@Parameter(description = TERM) @RequestParam(required = false) String term) {
        DataScope scope = readers.scopeFor(DocumentKind.VERIFICATION);
        return VerificationJson.of(verification.verify(time.termOrCurrent(term), scope));
    }
}
