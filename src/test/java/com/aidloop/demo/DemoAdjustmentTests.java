package com.aidloop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo county shows a semester adjustment: 三市镇中心小学 re-assessed one decided application, re-scored. */
@SpringBootTest
class DemoAdjustmentTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void threeMarketsPrimaryAdjustedOneDecidedApplicationAndItsLevelIsTheNewOne() {
        var adjusted = jdbc.sql("""
                        SELECT j.to_level, a.decided_level, j.model_id IS NOT NULL AS rescored
                          FROM identification_adjustment j
                          JOIN identification_application a ON a.id = j.application_id
                          JOIN school_school s ON s.id = a.school_id
                         WHERE s.code = '2143062611' AND j.reason LIKE '学期动态调整：父亲务工时受伤%'
                        """).query().listOfRows();

        assertThat(adjusted).singleElement().satisfies(row -> {
            assertThat(row.get("to_level")).isEqualTo(row.get("decided_level"));
            assertThat(row.get("rescored")).isEqualTo(true);
        });
    }
}
