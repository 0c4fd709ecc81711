package com.aidloop.identification.appeal;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.identification.appeal.domain.AppealRefused;
import com.aidloop.identification.appeal.domain.AppealWindow;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A county's appeal window ({@code identification_appeal_setting}): the days after the final
 * decision within which a family may appeal (default {@value AppealWindow#DEFAULT_DAYS}), kept
 * like the county's notice and three-party review settings; only a county account changes it,
 * audited.
 */
@Service
public class AppealSettings {

    static final String AUDITED_AS = "identification_appeal_setting";

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    AppealSettings(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The window of the county an application's school lies in (a code of 6 or more digits), or the default. */
    public AppealWindow of(String regionCode) {
        if (regionCode == null || regionCode.length() < 6) {
            return new AppealWindow(AppealWindow.DEFAULT_DAYS);
        }
        return jdbc.sql("SELECT appeal_days FROM identification_appeal_setting WHERE county_code = :c")
                .param("c", regionCode.substring(0, 6))
                .query((rs, n) -> new AppealWindow(rs.getInt(1)))
                .optional()
                .orElse(new AppealWindow(AppealWindow.DEFAULT_DAYS));
    }

    /** Changes the county's days; a county account (6-digit region) only. */
    @Transactional
    public AppealWindow change(int days, CurrentAccount account) {
        String county = account.regionCode();
        if (county == null || county.length() != 6) {
            throw AppealRefused.forbidden("identification.appeal.countyOnly");
        }
        AppealWindow wanted = new AppealWindow(days);
        AppealWindow before = of(county);
        jdbc.sql("""
                        INSERT INTO identification_appeal_setting (county_code, appeal_days, updated_by)
                        VALUES (:c, :days, :by)
                        ON CONFLICT (county_code) DO UPDATE SET appeal_days = EXCLUDED.appeal_days,
                            updated_by = EXCLUDED.updated_by, updated_at = now()
                        """)
                .param("c", county)
                .param("days", days)
                .param("by", account.username())
                .update();
        audit.record(AuditRecord.of("UPDATE", AUDITED_AS, county, "修改申诉期限：认定后" + days + "天内")
                .withChanges(List.of(new AuditRecord.FieldChange(
                        "appeal_days", String.valueOf(before.days()), String.valueOf(days)))));
        return wanted;
    }
}
