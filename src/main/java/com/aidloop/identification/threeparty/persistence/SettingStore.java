package com.aidloop.identification.threeparty.persistence;

import com.aidloop.identification.threeparty.domain.ThreePartyRules;
import com.aidloop.school.Stage;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The counties' three-party review settings ({@code identification_three_party_setting}, V74; days are working days since V87). */
@Repository
public class SettingStore {

    private final JdbcClient jdbc;

    SettingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ThreePartyRules> of(String countyCode) {
        return jdbc.sql("""
                        SELECT stages, village_working_days, township_working_days, county_working_days
                          FROM identification_three_party_setting WHERE county_code = :county
                        """)
                .param("county", countyCode)
                .query((rs, n) -> new ThreePartyRules(
                        Arrays.stream((String[]) rs.getArray("stages").getArray())
                                .map(Stage::valueOf)
                                .collect(Collectors.toSet()),
                        rs.getInt("village_working_days"),
                        rs.getInt("township_working_days"),
                        rs.getInt("county_working_days")))
                .optional();
    }

    public void save(String countyCode, ThreePartyRules rules, String by) {
        jdbc.sql("""
                        INSERT INTO identification_three_party_setting
                               (county_code, stages, village_working_days, township_working_days, county_working_days,
                                updated_by)
                        VALUES (:county, :stages, :village, :township, :countyDays, :by)
                        ON CONFLICT (county_code) DO UPDATE
                           SET stages = EXCLUDED.stages, village_working_days = EXCLUDED.village_working_days,
                               township_working_days = EXCLUDED.township_working_days,
                               county_working_days = EXCLUDED.county_working_days,
                               updated_by = EXCLUDED.updated_by, updated_at = now()
                        """)
                .param("county", countyCode)
                .param("stages", rules.stages().stream().map(Enum::name).toArray(String[]::new))
                .param("village", rules.villageDays())
                .param("township", rules.townshipDays())
                .param("countyDays", rules.countyDays())
                .param("by", by)
                .update();
    }
}
