package com.aidloop.programme.web;

import com.aidloop.iam.CurrentAccounts;
import com.aidloop.programme.CatalogueApprovals;
import com.aidloop.programme.CatalogueChangeNotFound;
import com.aidloop.programme.CatalogueChanges;
import com.aidloop.programme.web.CatalogueChangeJson.ChangeBody;
import com.aidloop.programme.web.CatalogueChangeJson.RejectionRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Proposed changes of the catalogue and the second person's decision on them, for integrations and scripts. */
@RestController
@RequestMapping("/api/v1/programme-changes")
@PreAuthorize("hasAuthority('PROGRAMME_EDIT')")
@Tag(name = "资助项目目录变更审核", description = "资助标准、互斥项目组的调整须经提交人以外、有同等权限的人员审核通过后才生效")
class CatalogueChangeApi {

    private final CatalogueChanges changes;
    private final CatalogueApprovals approvals;
    private final CurrentAccounts accounts;

    CatalogueChangeApi(CatalogueChanges changes, CatalogueApprovals approvals, CurrentAccounts accounts) {
        this.changes = changes;
        this.approvals = approvals;
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "查询目录变更", description = "管辖范围内的待审核变更（按提交先后），或 decided=true 时最近已审核、退回、撤回的变更")
    List<ChangeBody> list(
            @Parameter(description = "true 时列出已处理的变更") @RequestParam(defaultValue = "false") boolean decided,
            @Parameter(description = "只看某个项目的资助标准变更") @RequestParam(required = false) String programme) {
        var scope = accounts.current().scope();
        return (decided ? changes.decided(scope) : changes.pending(scope, programme))
                .stream().map(ChangeBody::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "查询一项目录变更", description = "不在管辖范围内时返回404")
    ChangeBody one(@PathVariable long id) {
        return changes.find(id, accounts.current().scope())
                .map(ChangeBody::of)
                .orElseThrow(() -> new CatalogueChangeNotFound(id));
    }

    @PostMapping("/{id}/approval")
    @Operation(summary = "审核通过", description = "变更自此刻起生效；提交人本人不能审核（409）；无权维护该级目录时返回403")
    ChangeBody approve(@PathVariable long id) {
        return ChangeBody.of(approvals.approve(id, accounts.current()));
    }

    @PostMapping("/{id}/rejection")
    @Operation(summary = "退回", description = "reason 为退回原因（不超过200字）；提交人本人请撤回")
    ChangeBody reject(@PathVariable long id, @RequestBody(required = false) RejectionRequest request) {
        return ChangeBody.of(approvals.reject(id, request == null ? null : request.reason(), accounts.current()));
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(summary = "撤回", description = "只有提交人可以撤回待审核的变更")
    ChangeBody withdraw(@PathVariable long id) {
        return ChangeBody.of(approvals.withdraw(id, accounts.current()));
    }
}
