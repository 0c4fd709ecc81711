package com.aidloop.comparison.web;

import com.aidloop.comparison.ListImportResult;
import com.aidloop.comparison.ListRefused;
import com.aidloop.comparison.exchange.ExchangeView;
import com.aidloop.comparison.exchange.NewExchange;
import com.aidloop.comparison.exchange.PrivateExchanges;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.platform.Downloads;
import com.aidloop.platform.FileUploads;
import com.aidloop.shared.Refusal.Kind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Private exchanges with departments (keyed-hash request, answer of matches only) for integrations. */
@RestController
@RequestMapping("/api/v1/comparison/exchanges")
@Tag(name = "部门数据比对", description = "隐私比对：生成匹配码请求（密钥只显示一次）、下载请求文件、导入部门回复")
class ExchangeApi {

    private static final String REGION_STAFF = "hasAnyRole('PROVINCE_STAFF','CITY_STAFF','COUNTY_STAFF')";

    private final PrivateExchanges exchanges;
    private final CurrentAccounts accounts;

    ExchangeApi(PrivateExchanges exchanges, CurrentAccounts accounts) {
        this.exchanges = exchanges;
        this.accounts = accounts;
    }

    @PostMapping
    @PreAuthorize(REGION_STAFF)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "新建比对请求",
            description = "参数：type（名单类型代码）、department。为本辖区学生及家庭成员的身份证号生成匹配码"
                    + "（HMAC-SHA256，密钥为本次新建）；回答中的 key 只返回这一次，平台不保存，请另行交给部门")
    NewExchange create(@RequestParam String type, @RequestParam String department) {
        return exchanges.create(type, department, accounts.current());
    }

    @GetMapping
    @PreAuthorize(REGION_STAFF)
    @Operation(summary = "本辖区的比对交换，最新在前（不含密钥）")
    List<ExchangeView> list() {
        return exchanges.exchanges(accounts.current());
    }

    @GetMapping("/{id}")
    @PreAuthorize(REGION_STAFF)
    ExchangeView exchange(@PathVariable long id) {
        return exchanges.exchange(id, accounts.current());
    }

    @GetMapping("/{id}/request")
    @PreAuthorize(REGION_STAFF)
    @Operation(summary = "下载请求文件（CSV：交换编号、密钥校验码、匹配码；不含身份证号）")
    void request(@PathVariable long id, HttpServletResponse response) throws IOException {
        Downloads.attachment(response, "text/csv;charset=UTF-8", "比对请求-" + id + ".csv");
        exchanges.request(id, accounts.current(), response.getOutputStream());
    }

    @PostMapping(path = "/{id}/answer", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(REGION_STAFF)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "导入部门回复",
            description =
                    "表单字段：file（比对工具生成的回复文件）、asOf（部门数据截止日期 yyyy-MM-dd）。" + "回复作为本交换名单类型的名单导入并立即比对；导入后请求的匹配码删除，交换不能再次回复")
    ListImportResult answer(
            @PathVariable long id,
            @RequestPart MultipartFile file,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        if (FileUploads.nothingChosen(file)) {
            throw new ListRefused(Kind.INVALID, "comparison.list.fileRequired");
        }
        return exchanges.answer(id, FileUploads.of(file), asOf, accounts.current());
    }
}
