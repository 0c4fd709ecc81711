package com.aidloop.identification.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The export opens in POI as the official 统计表: title, stamp line, headers, rows, 合计, signatures and date. */
class FiguresWorkbookTests {

    static final FigureRow SANSHI = new FigureRow("430626102", "三市镇", 12, 3, 2, 1, 1);
    static final FigureRow ANDING = new FigureRow("430626101", "安定镇", 8, 1, 1, 2, 0);
    static final FigureRow TOTAL = FigureRow.empty("", "合计").plus(SANSHI).plus(ANDING);
    static final ReviewProgressRow REVIEWS = new ReviewProgressRow("430626102", "三市镇", 2, 1, 3, 4, 1, 2);

    @Test
    void writesTheOfficialTablesByTownshipSchoolStageAndTheReviewsProgress() throws Exception {
        IdentificationFigures.Figures figures = new IdentificationFigures.Figures(
                2026,
                "2026-2027学年",
                "430626102",
                "三市镇",
                TOTAL,
                List.of(ANDING, SANSHI),
                List.of(new FigureRow("1", "平江县三市镇中心小学", 12, 3, 2, 1, 1)),
                List.of(new FigureRow("PRIMARY", "小学", 20, 4, 3, 3, 1)),
                REVIEWS.named("合计"),
                List.of(REVIEWS));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FiguresWorkbook.write("湖南省岳阳市平江县", figures, LocalDate.of(2026, 11, 27), out);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)))
                    .containsExactly("按乡镇", "按学校", "按学段", "三方会审进度");
            Sheet townships = book.getSheet("按乡镇");
            assertThat(text(townships, 0)).containsExactly("湖南省岳阳市平江县2026-2027学年家庭经济困难学生认定情况统计表（按乡镇）");
            assertThat(text(townships, 1).getFirst())
                    .startsWith("填报单位（盖章）：湖南省岳阳市平江县")
                    .endsWith("单位：人");
            assertThat(text(townships, 2)).containsExactly("统计范围：三市镇");
            assertThat(text(townships, 3))
                    .containsExactly("序号", "乡镇", "申请人数", "认定中", "已认定", "特别困难", "比较困难", "一般困难", "不困难");
            assertThat(text(townships, 4)).containsExactly("1", "安定镇", "8", "4", "4", "1", "1", "2", "0");
            assertThat(text(townships, 5)).containsExactly("2", "三市镇", "12", "5", "7", "3", "2", "1", "1");
            assertThat(text(townships, 6)).containsExactly("合计", "", "20", "9", "11", "4", "3", "3", "1");
            assertThat(text(townships, 8).getFirst()).startsWith("经办人：");
            assertThat(text(townships, 9)).containsExactly("填报日期：2026年11月27日");
            assertThat(townships.getPrintSetup().getLandscape()).isTrue();

            Sheet reviews = book.getSheet("三方会审进度");
            assertThat(text(reviews, 0)).containsExactly("湖南省岳阳市平江县2026-2027学年家庭经济困难学生认定三方会审进度统计表");
            assertThat(text(reviews, 3))
                    .containsExactly("序号", "乡镇", "送审", "村级核实中", "乡镇审核中", "县级审批中", "县级已审批", "退回学校", "逾期未办");
            assertThat(text(reviews, 4)).containsExactly("1", "三市镇", "11", "2", "1", "3", "4", "1", "2");
            assertThat(text(book.getSheet("按学段"), 4)).startsWith("1", "小学", "20");
        }
    }

    private static List<String> text(Sheet sheet, int rowIndex) {
        Row row = sheet.getRow(rowIndex);
        List<String> cells = new ArrayList<>();
        for (Cell cell : row) {
            cells.add(
                    switch (cell.getCellType()) {
                        case NUMERIC -> String.valueOf((long) cell.getNumericCellValue());
                        default -> cell.getStringCellValue();
                    });
        }
        return cells;
    }
}
