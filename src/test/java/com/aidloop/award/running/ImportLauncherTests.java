package com.aidloop.award.running;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportLauncherTests {

    @Test
    void keepsOnlyTheNameOfAnUploadedFile() {
        assertThat(ImportLauncher.fileName("C:\\Users\\张敏\\桌面\\资助名单.xlsx")).isEqualTo("资助名单.xlsx");
        assertThat(ImportLauncher.fileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(ImportLauncher.fileName(" 名单.csv ")).isEqualTo("名单.csv");
        assertThat(ImportLauncher.fileName(null)).isEqualTo("roster");
        assertThat(ImportLauncher.fileName("a/")).isEqualTo("roster");
        assertThat(ImportLauncher.fileName("x".repeat(300) + ".xlsx"))
                .hasSize(200)
                .endsWith(".xlsx");
    }
}
