package com.aidloop.identification.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.identification.domain.Answers;
import com.aidloop.identification.domain.IndicatorModel;
import com.aidloop.identification.domain.ModelRules;
import com.aidloop.identification.domain.ReferenceModels;
import com.aidloop.shared.InvalidInput;
import com.aidloop.spreadsheet.SpreadsheetRefused;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model's workbook: written and read back to the same rules; wrong cells named by row and column; hostile files refused. */
class ModelWorkbookTests {

    @TempDir
    Path dir;

    @Test
    void aModelReadBackFromItsWorkbookScoresExactlyAsBefore() throws Exception {
        IndicatorModel model = ReferenceModels.dibaoMultiples();
        Path file = written(model);

        ModelRules read = ModelWorkbookReader.read(file, "模型.xlsx", model.rules());

        Answers answers = Answers.of(Map.of("INCOME_MULTIPLE", "8000", "DISASTER", "是"));
        assertThat(new ModelRules(
                                read.indicators(),
                                read.groupCaps(),
                                read.cutOffs(),
                                read.directGroups(),
                                read.directLevel(),
                                new java.math.BigDecimal("6000"))
                        .score(answers)
                        .explanation())
                .isEqualTo(new ModelRules(
                                model.rules().indicators(),
                                model.rules().groupCaps(),
                                model.rules().cutOffs(),
                                model.rules().directGroups(),
                                model.rules().directLevel(),
                                new java.math.BigDecimal("6000"))
                        .score(answers)
                        .explanation());
        assertThat(read.directGroups()).isEqualTo(model.rules().directGroups());
        assertThat(read.cutOffs()).hasSize(3);
        assertThat(ModelWorkbookReader.read(written(ReferenceModels.jiangsu2020()), "js.xlsx", model.rules())
                        .cutOffsSet())
                .isFalse();
    }

    @Test
    void wrongCellsAreReportedEachWithItsRowColumnAndFix() throws Exception {
        Path file = written(ReferenceModels.jiangsu2020());
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            Row second = workbook.getSheet("指标体系").getRow(1);
            second.getCell(7).setCellValue("十分");
            Row third = workbook.getSheet("指标体系").getRow(2);
            // the writer's inline strings are replaced, not edited (POI keeps an inline string's old text)
            third.removeCell(third.getCell(0));
            third.createCell(0).setCellValue("多选");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        assertThatThrownBy(() -> ModelWorkbookReader.read(
                        file, "改过.xlsx", ReferenceModels.jiangsu2020().rules()))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("identification.workbook.cell")
                .extracting(Throwable::getLocalizedMessage)
                .asString()
                .contains("第2行「分值」列：应为数字（最多两位小数），现为“十分”，请改为如 10 或 -2 或 1.5")
                .contains("第3行「类型」列：类型“多选”不认识，请填写 选项、区间、是否 或 计数");
    }

    @Test
    void aRenamedExecutableIsRefusedLikeEveryImport() throws Exception {
        Path file = dir.resolve("指标.xlsx");
        Files.write(file, new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff});

        assertThatThrownBy(() -> ModelWorkbookReader.read(
                        file, "指标.xlsx", ReferenceModels.jiangsu2020().rules()))
                .isInstanceOf(SpreadsheetRefused.class);
    }

    private Path written(IndicatorModel model) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelWorkbook.write(model, out);
        Path file = Files.createTempFile(dir, "model", ".xlsx");
        Files.write(file, out.toByteArray());
        return file;
    }
}
