package com.aidloop.spreadsheet.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberDisplayTests {

    private final NumberDisplay numbers = new NumberDisplay(false);

    @Test
    void showsGeneralNumbersAsExcelDoesInADefaultWidthColumn() {
        assertThat(numbers.display(430626200901010015d, 0, null)).isEqualTo("4.30626E+17");
        assertThat(numbers.display(13800138000d, 0, null)).isEqualTo("13800138000");
        assertThat(numbers.display(1250.5, 0, "General")).isEqualTo("1250.5");
    }

    @Test
    void keepsFifteenSignificantDigitsAndRoundsHalfAwayFromZero() {
        assertThat(numbers.display(430626200911220032d, 1, null)).isEqualTo("430626200911220000");
        assertThat(numbers.display(2.675, 2, null)).isEqualTo("2.68");
        assertThat(numbers.display(1250.5, 4, null)).isEqualTo("1,250.50");
    }

    @Test
    void showsEveryDateFormatAsAnIsoDateIncludingChineseBuiltInFormats() {
        double nov27 = 46353;
        assertThat(numbers.display(nov27, 14, null)).isEqualTo("2026-11-27");
        assertThat(numbers.display(nov27, 31, null)).isEqualTo("2026-11-27");
        assertThat(numbers.display(nov27, 176, "yyyy\"年\"m\"月\"d\"日\"")).isEqualTo("2026-11-27");
        assertThat(numbers.display(nov27 + 0.5, 22, null)).isEqualTo("2026-11-27 12:00:00");
        assertThat(new NumberDisplay(true).display(nov27 - 1462, 14, null)).isEqualTo("2026-11-27");
    }
}
