package com.aidloop.identification.notice;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A county's choices for its schools' notices ({@code identification_notice_setting}): whether the
 * level is published (default no: 认定为家庭经济困难学生) and the working days a school has to
 * answer an objection (default 3). Changes are audited.
 */
@Service
public class NoticeSettings {

    /** A county's choices. */
    public record Setting(String countyCode, boolean showLevel, int answerWorkingDays) {}

    static final int DEFAULT_ANSWER_DAYS = 3;

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    NoticeSettings(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public Setting of(String countyCode) {
        return jdbc.sql(
                        "SELECT show_level, answer_working_days FROM identification_notice_setting WHERE county_code = :c")
                .param("c", countyCode)
                .query((rs, n) -> new Setting(countyCode, rs.getBoolean(1), rs.getInt(2)))
                .optional()
                .orElse(new Setting(countyCode, false, DEFAULT_ANSWER_DAYS));
    }

    @Transactional
    public Setting change(String countyCode, boolean showLevel, int answerWorkingDays, String by) {
        if (countyCode == null || !countyCode.matches("[0-9]{6}")) {
            throw NoticeRefused.forbidden("notice.settings.countyOnly");
        }
        if (answerWorkingDays < 1 || answerWorkingDays > 20) {
            throw NoticeRefused.invalid("notice.settings.answerDays");
        }
        Setting before = of(countyCode);
        jdbc.sql("""
                        INSERT INTO identification_notice_setting (county_code, show_level, answer_working_days, updated_by)
                        VALUES (:c, :show, :days, :by)
                        ON CONFLICT (county_code) DO UPDATE SET show_level = EXCLUDED.show_level,
                            answer_working_days = EXCLUDED.answer_working_days, updated_by = EXCLUDED.updated_by, updated_at = now()
                        """)
                .param("c", countyCode)
                .param("show", showLevel)
                .param("days", answerWorkingDays)
                .param("by", by)
                .update();
        audit.record(AuditRecord.of("UPDATE", "identification_notice_setting", countyCode, "修改公示设置")
                .withChanges(List.of(
                        new AuditRecord.FieldChange("show_level", label(before.showLevel()), label(showLevel)),
                        new AuditRecord.FieldChange(
                                "answer_working_days",
                                String.valueOf(before.answerWorkingDays()),
                                String.valueOf(answerWorkingDays)))));
        return new Setting(countyCode, showLevel, answerWorkingDays);
    }

    private static String label(boolean showLevel) {
        return showLevel ? "公示困难等级" : "仅公示认定为家庭经济困难学生";
    }
}
