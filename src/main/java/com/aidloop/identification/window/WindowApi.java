package com.aidloop.identification.window;

import com.aidloop.iam.CurrentAccounts;
import com.aidloop.platform.ChinaTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Identification years for integrations: the same rules, scope and audit as the pages. */
@RestController
@RequestMapping("/api/v1/identification/windows")
@PreAuthorize("hasAnyAuthority('IDENTIFICATION_YEAR','FAMILY_INVITE','STUDENT_VIEW')")
@Tag(name = "认定年度", description = "县级开启认定年度与申请期（短信告知家长），学校为单个学生开启补充申请")
class WindowApi {

    private final IdentificationWindows windows;
    private final CurrentAccounts accounts;
    private final ChinaTime time;

    WindowApi(IdentificationWindows windows, CurrentAccounts accounts, ChinaTime time) {
        this.windows = windows;
        this.accounts = accounts;
        this.time = time;
    }

    /** A window as the API shows it, with its state today (NOT_STARTED, OPEN, ENDED, CLOSED). */
    record WindowAnswer(
            long id,
            String countyCode,
            int schoolYear,
            String label,
            LocalDate startsOn,
            LocalDate endsOn,
            WindowState state,
            int guardiansNotified) {

        static WindowAnswer of(IdentificationWindow w, LocalDate today) {
            return new WindowAnswer(
                    w.id(),
                    w.countyCode(),
                    w.schoolYear(),
                    w.label(),
                    w.startsOn(),
                    w.endsOn(),
                    w.state(today),
                    w.guardiansNotified());
        }
    }

    record OpenRequest(int schoolYear, LocalDate startsOn, LocalDate endsOn) {}

    record LateRequest(long studentId, String reason, LocalDate endsOn) {}

    @GetMapping
    @Operation(summary = "查询认定年度", description = "本县（学校所在县）的认定年度，最新学年在前")
    List<WindowAnswer> list() {
        LocalDate today = time.today();
        return windows.visibleTo(accounts.current()).stream()
                .map(w -> WindowAnswer.of(w, today))
                .toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('IDENTIFICATION_YEAR')")
    @Operation(summary = "开启认定年度", description = "县级资助中心；同一学年只能开启一次（409）；开启时短信告知已登记学生的监护人")
    WindowAnswer open(@RequestBody OpenRequest request) {
        return WindowAnswer.of(
                windows.open(accounts.current(), request.schoolYear(), request.startsOn(), request.endsOn()),
                time.today());
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasAuthority('IDENTIFICATION_YEAR')")
    @Operation(summary = "提前关闭认定年度")
    WindowAnswer close(@PathVariable long id) {
        return WindowAnswer.of(windows.close(id, accounts.current()), time.today());
    }

    @PostMapping("/late")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('FAMILY_INVITE')")
    @Operation(summary = "为单个学生开启补充申请", description = "学校资助专员，本校学生，须填写原因（如突发困难）和截止日期")
    LateWindow late(@RequestBody LateRequest request) {
        return windows.openLate(request.studentId(), request.reason(), request.endsOn(), accounts.current());
    }
}
