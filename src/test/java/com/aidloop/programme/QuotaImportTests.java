package com.aidloop.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.iam.DataScope;
import com.aidloop.shared.Term;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Quotas and budgets from a spreadsheet: all rows saved, or none and every problem named by row and column. */
@SpringBootTest
class QuotaImportTests {

    private static final DataScope COUNTY = DataScope.region("430626");

    @Autowired
    QuotaImport quotaImport;

    @Autowired
    PayingRules rules;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    private Path xlsx(String[]... rows) throws Exception {
        Path file = dir.resolve("名额.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("名额");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
        }
        return file;
    }

    private static final String[] HEADER = {"学校标识码", "资助项目", "学期", "名额", "预算(元)"};

    @Test
    void savesEveryRowOfAGoodFile() throws Exception {
        Path file =
                xlsx(HEADER, new String[] {"2143062611", "RURAL_NUTRITION", "2037年春季学期", "30", "15000"}, new String[] {
                    "2143062612", "农村义务教育学生营养改善计划", "2037-SPRING", "", "8000.50"
                });

        assertThat(quotaImport.importFile(file, "名额.xlsx", COUNTY)).isEqualTo(2);

        long anding = jdbc.sql("SELECT id FROM school_school WHERE code = '2143062612'")
                .query(Long.class)
                .single();
        SchoolQuota q = rules.quotaFor(anding, "RURAL_NUTRITION", Term.parse("2037-SPRING"))
                .orElseThrow();
        assertThat(q.quota()).isNull();
        assertThat(q.budget().yuan()).isEqualByComparingTo("8000.50");
    }

    @Test
    void refusesTheWholeFileAndNamesEveryProblemByRowAndColumn() throws Exception {
        Path file =
                xlsx(HEADER, new String[] {"2143062611", "RURAL_NUTRITION", "2037-AUTUMN", "12", "6000"}, new String[] {
                    "9999999999", "国家助学金", "明年", "三十", "-5"
                });

        assertThatThrownBy(() -> quotaImport.importFile(file, "名额.xlsx", COUNTY))
                .isInstanceOfSatisfying(QuotaImportRefused.class, refused -> assertThat(refused.sentences())
                        .containsExactly(
                                "第3行 学校标识码：学校标识码“9999999999”不存在或不在您的管辖范围内，请核对",
                                "第3行 学期：学期“明年”无法识别，请填写如“2026年秋季学期”或 2026-AUTUMN",
                                "第3行 名额：名额“三十”应为不小于0的整数，不限名额请留空",
                                "第3行 预算(元)：预算不能为负数，不限预算请留空"));
        long sanshi = jdbc.sql("SELECT id FROM school_school WHERE code = '2143062611'")
                .query(Long.class)
                .single();
        assertThat(rules.quotaFor(sanshi, "RURAL_NUTRITION", Term.parse("2037-AUTUMN")))
                .isEmpty();
    }
}
