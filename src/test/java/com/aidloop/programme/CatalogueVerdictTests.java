package com.aidloop.programme;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.school.Stage;
import com.aidloop.shared.Money;
import org.junit.jupiter.api.Test;

/**
 * An import checks every row of a roster against one snapshot: the same rows give the same verdicts
 * a million times over (the snapshot holds no state that drifts). Its speed is measured by the
 * roster-import benchmark, not here: a timed unit test fails on a busy machine, not on slow code.
 */
class CatalogueVerdictTests {

    @Test
    void givesTheSameVerdictsForAMillionRows() {
        Catalogue catalogue = Catalogues.catalogue("2025-SPRING");
        String[][] rows = {
            {"国家助学金", "一档", "1750.00", "SENIOR_HIGH"}, {"普高国家助学金", "2档", "1150", "SENIOR_HIGH"},
            {"中职国家助学金", "第三档", "600", "VOCATIONAL"}, {"营养餐", "", "500", "PRIMARY"},
            {"两免一补生活补助", "寄宿生", "625.00", "JUNIOR_SECONDARY"}, {"临时救助", "标准", "800", "PRIMARY"},
            {"国家助学金", "一档", "1500", "SENIOR_HIGH"}, {"国家助学", "一档", "1750", "SENIOR_HIGH"},
        };
        Money[] amounts = new Money[rows.length];
        Stage[] stages = new Stage[rows.length];
        for (int i = 0; i < rows.length; i++) {
            amounts[i] = Money.yuan(rows[i][2]);
            stages[i] = Stage.valueOf(rows[i][3]);
        }
        int passed = 0;
        for (int i = 0; i < 1_000_000; i++) {
            int r = i % rows.length;
            if (catalogue.check(rows[r][0], rows[r][1], amounts[r], stages[r]).passed()) {
                passed++;
            }
        }
        assertThat(passed).isEqualTo(750_000);
    }
}
