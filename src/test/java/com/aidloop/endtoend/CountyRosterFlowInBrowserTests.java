package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.registry.People;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The county aid centre's whole roster flow in a real browser: 李芳 (account {@code county})
 * downloads the template of a term, fills it in the way people do (an ID number typed into a
 * number cell, a misspelt village, a wrong amount, a pupil entered twice), validates it, reads
 * the report and the error workbook, corrects the file, imports it, and finds exactly those
 * awards in the county summary on the page and in its workbook.
 *
 * <p>Term 2038-SPRING belongs to this test alone: the summary of the county for it holds the
 * awards imported here and nothing else. The pupils are test people (born in 430624).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CountyRosterFlowInBrowserTests {

    private static final String TERM = "2038-SPRING";
    private static final String TERM_LABEL = "2038年春季学期";
    private static final String SANSHI_PRIMARY = "2143062611";
    private static final String FIRST_HIGH_SCHOOL = "2143062601";
    private static final String SUBSIDY = "义务教育家庭经济困难学生生活补助";
    private static final String NUTRITION = "农村义务教育学生营养改善计划";
    private static final String GRANT = "国家助学金（普通高中）";
    private static final Pattern FULL_ID = Pattern.compile("\\d{17}[\\dX]");

    @LocalServerPort
    int port;

    /** One pupil as the county types them into the template. */
    private record Pupil(
            String school,
            String grade,
            String name,
            String id,
            String village,
            String programme,
            String tier,
            double amount) {}

    @Test
    void importsARosterWithErrorsCorrectsItAndFindsItInTheCountySummary() throws Exception {
        Path dir = Files.createTempDirectory("county-roster-flow");
        List<Pupil> pupils = List.of(
                new Pupil(SANSHI_PRIMARY, "三年级", "汤雨萱", People.childId(false), "托田村", SUBSIDY, "寄宿生", 500),
                new Pupil(SANSHI_PRIMARY, "三年级", "汤雨萱", null, "托田村", NUTRITION, "", 500),
                new Pupil(SANSHI_PRIMARY, "五年级", "邹子豪", People.idNumber(2015, true), "下坪村", SUBSIDY, "寄宿生", 500),
                new Pupil(SANSHI_PRIMARY, "五年级", "龚诗雅", People.idNumber(2015, false), "托天村", SUBSIDY, "非寄宿生", 250),
                new Pupil(FIRST_HIGH_SCHOOL, "高一", "喻浩然", People.idNumber(2010, true), "官田村", GRANT, "一档", 1500),
                new Pupil(SANSHI_PRIMARY, "三年级", "汤雨萱", null, "托田村", SUBSIDY, "寄宿生", 500));
        String firstId = pupils.getFirst().id();
        try (Chromium browser = Chromium.open(port)) {
            browser.login("county", "Pingjiang@2026");
            browser.find("#menu-roster-imports").click();
            browser.find("#new-import");
            // the county fills in an earlier term's roster from the form of that term
            browser.go("/roster-imports/new?term=" + TERM);
            assertThat(new Select(browser.find("#term"))
                            .getFirstSelectedOption()
                            .getText())
                    .isEqualTo(TERM_LABEL);

            byte[] template = browser.download(browser.find("#download-template"));
            Path withErrors = dir.resolve("平江县资助名单.xlsx");
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
                Sheet sheet = book.getSheet("资助名单");
                Map<String, Integer> columns = headers(sheet.getRow(0));
                assertThat(columns).containsKeys("学校标识码", "证件号码", "户籍村(社区)", "资助金额(元)");
                for (int i = 0; i < pupils.size(); i++) {
                    Pupil p = pupils.get(i);
                    fill(sheet.createRow(i + 1), columns, p, p.id() == null ? firstId : p.id());
                }
                // Excel keeps 15 digits of an ID typed into a General cell and shows 4.30624E+17
                Cell destroyed = sheet.getRow(3).getCell(columns.get("证件号码"));
                CellStyle general = book.createCellStyle();
                destroyed.setCellStyle(general);
                destroyed.setCellValue(Double.parseDouble(pupils.get(2).id().substring(0, 15) + "000"));
                save(book, withErrors);
            }

            browser.find("#file").sendKeys(withErrors.toString());
            browser.find("#validate").click();
            browser.waitForImportStatus("已校验");
            browser.screenshot("county-flow-errors");
            assertThat(browser.find("[data-testid=errors]").getText()).isEqualTo("4");
            assertThat(browser.find("[data-testid=error-rows]").getText()).isEqualTo("4");
            assertThat(browser.driver().findElements(By.cssSelector("#commit"))).isEmpty();
            Map<Integer, String> problems = problemsShown(browser);
            // row 2's pupil has no card in the roster nor in the registry: a warning, not an error
            assertThat(problems).containsOnlyKeys(2, 4, 5, 6, 7);
            assertThat(problems.get(2)).startsWith("第2行 资助卡号：").contains("学生信息中也没有登记资助卡");
            assertThat(problems.get(4)).startsWith("第4行 证件号码：").contains("科学计数法", "文本格式");
            assertThat(problems.get(5)).startsWith("第5行 户籍村(社区)：").contains("“托天村”不是三市镇的村（社区）", "您是不是要填：");
            assertThat(problems.get(6)).startsWith("第6行 资助金额(元)：").contains("1,500.00元", "标准1,750.00元", TERM_LABEL);
            assertThat(problems.get(7)).startsWith("第7行 ").contains("与第2行重复");
            String report = browser.find("main").getText();
            assertThat(report).doesNotContainPattern(FULL_ID);
            pupils.stream().map(Pupil::id).filter(id -> id != null).forEach(id -> assertThat(report)
                    .doesNotContain(id));

            byte[] errorWorkbook = browser.download(browser.find("#download-errors"));
            Map<Integer, String> reasons = new java.util.TreeMap<>();
            try (XSSFWorkbook errors = new XSSFWorkbook(new ByteArrayInputStream(errorWorkbook))) {
                Sheet sheet = errors.getSheetAt(0);
                Row header = sheet.getRow(0);
                int last = header.getLastCellNum() - 1;
                assertThat(text(header.getCell(0))).isEqualTo("原行号");
                assertThat(text(header.getCell(last))).isEqualTo("错误原因");
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    reasons.put(
                            Integer.parseInt(text(sheet.getRow(r).getCell(0))),
                            text(sheet.getRow(r).getCell(last)));
                }
            }
            // the workbook gives back every row with something to fix, the card warning's row too
            assertThat(reasons).containsOnlyKeys(2, 4, 5, 6, 7);
            assertThat(reasons.get(2)).contains("资助卡号", "（提示）");
            assertThat(reasons.get(4)).contains("证件号码", "科学计数法");
            assertThat(reasons.get(5)).contains("托天村", "您是不是要填");
            assertThat(reasons.get(6)).contains("1,500.00元", "1,750.00元");
            assertThat(reasons.get(7)).contains("与第2行重复");

            // corrected as the report says: the ID as text, the suggested village, the standard, no second line
            String village = after(problems.get(5), "您是不是要填：([^\\s，。；、]+)");
            String standard = after(problems.get(6), "请按标准填写([\\d,.]+)元").replace(",", "");
            assertThat(village).startsWith("托田村");
            Path corrected = dir.resolve("平江县资助名单-已修改.xlsx");
            try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(withErrors))) {
                Sheet sheet = book.getSheet("资助名单");
                Map<String, Integer> columns = headers(sheet.getRow(0));
                Cell id = sheet.getRow(3).getCell(columns.get("证件号码"));
                id.setCellStyle(sheet.getRow(2).getCell(columns.get("证件号码")).getCellStyle());
                id.setCellValue(pupils.get(2).id());
                sheet.getRow(4).getCell(columns.get("户籍村(社区)")).setCellValue(village);
                sheet.getRow(5).getCell(columns.get("资助金额(元)")).setCellValue(Double.parseDouble(standard));
                sheet.removeRow(sheet.getRow(6));
                save(book, corrected);
            }
            BigDecimal expectedTotal = new BigDecimal("1750.00").add(new BigDecimal(standard));

            browser.find("#again").click();
            assertThat(new Select(browser.find("#term"))
                            .getFirstSelectedOption()
                            .getText())
                    .isEqualTo(TERM_LABEL);
            browser.find("#file").sendKeys(corrected.toString());
            browser.find("#commit").click();
            browser.waitForImportStatus("已导入");
            browser.screenshot("county-flow-committed");
            assertThat(browser.find("#committed").getText()).contains("新增资助 5 条", "新登记学生 4 名");
            assertThat(browser.find("[data-testid=rows]").getText()).isEqualTo("5");
            assertThat(browser.find("[data-testid=errors]").getText()).isEqualTo("0");
            assertThat(browser.find("[data-testid=created]").getText()).isEqualTo("5");
            assertThat(browser.find("[data-testid=registered]").getText()).isEqualTo("4");

            browser.find("#open-rosters").click();
            assertThat(browser.find("#landing-total-awards").getText()).isEqualTo("5");
            assertThat(browser.find("#landing-total-amount").getText()).isEqualTo(yuan(expectedTotal));
            assertThat(browser.find("#landing-schools").getText()).isEqualTo("2");
            browser.find("#doc-summary").click();
            assertThat(browser.find("#summary-title").getText()).contains("平江县" + TERM_LABEL, "汇总表");
            assertThat(browser.find("#summary-total-awards").getText()).isEqualTo("5");
            assertThat(browser.find("#summary-total-amount").getText()).isEqualTo(yuan(expectedTotal));
            browser.find("#tab-school").click();
            browser.waitFor(d ->
                    "school".equals(d.findElement(By.id("summary-breakdown")).getAttribute("data-by")));
            assertThat(summaryRows(browser))
                    .containsExactlyInAnyOrder("平江县三市镇中心小学 4 1,750.00", "平江县第一中学 1 " + yuan(new BigDecimal(standard)));
            assertThat(browser.find("#breakdown-total-amount").getText()).isEqualTo(yuan(expectedTotal));
            browser.screenshot("county-flow-summary");

            byte[] summary = browser.download(browser.find("#export-summary"));
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(summary))) {
                Sheet bySchool = book.getSheet("按学校");
                assertThat(text(bySchool.getRow(0).getCell(0))).contains("平江县" + TERM_LABEL, "汇总表");
                assertThat(figures(bySchool, "平江县第一中学")).isEqualTo("1 " + standard);
                assertThat(figures(bySchool, "平江县三市镇中心小学")).isEqualTo("4 1750.00");
                for (String name : List.of("按学校", "按资助项目", "按学段", "按乡镇（街道）")) {
                    assertThat(figures(book.getSheet(name), "合计"))
                            .as(name)
                            .isEqualTo("5 " + expectedTotal.toPlainString());
                }
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void fill(Row row, Map<String, Integer> columns, Pupil p, String id) {
        row.createCell(columns.get("学校标识码")).setCellValue(p.school());
        row.createCell(columns.get("年级")).setCellValue(p.grade());
        row.createCell(columns.get("班级")).setCellValue("1班");
        row.createCell(columns.get("学生姓名")).setCellValue(p.name());
        row.createCell(columns.get("证件号码")).setCellValue(id);
        row.createCell(columns.get("户籍乡镇(街道)")).setCellValue("三市镇");
        row.createCell(columns.get("户籍村(社区)")).setCellValue(p.village());
        row.createCell(columns.get("资助项目")).setCellValue(p.programme());
        row.createCell(columns.get("资助档次")).setCellValue(p.tier());
        row.createCell(columns.get("资助金额(元)")).setCellValue(p.amount());
        row.createCell(columns.get("困难类型")).setCellValue("脱贫家庭学生");
        for (Cell cell : row) {
            CellStyle columnStyle = row.getSheet().getColumnStyle(cell.getColumnIndex());
            if (columnStyle != null) {
                cell.setCellStyle(columnStyle);
            }
        }
    }

    private static Map<String, Integer> headers(Row header) {
        Map<String, Integer> columns = new java.util.HashMap<>();
        for (Cell cell : header) {
            columns.put(text(cell).replace("*", ""), cell.getColumnIndex());
        }
        return columns;
    }

    /** The problems once their table is there: the card shows 已校验 before the page reloads once with it. */
    private static Map<Integer, String> problemsShown(Chromium browser) {
        browser.waitFor(
                d -> d.findElements(By.cssSelector("tr[data-problem-row]")).isEmpty() ? null : true);
        return problemsByRow(browser);
    }

    private static Map<Integer, String> problemsByRow(Chromium browser) {
        Map<Integer, String> problems = new java.util.TreeMap<>();
        for (WebElement tr : browser.driver().findElements(By.cssSelector("tr[data-problem-row]"))) {
            problems.merge(Integer.parseInt(tr.getAttribute("data-row")), tr.getText(), (a, b) -> a + "\n" + b);
        }
        return problems;
    }

    private static List<String> summaryRows(Chromium browser) {
        return browser.driver().findElements(By.cssSelector("#summary-table tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream()
                        .limit(3)
                        .map(WebElement::getText)
                        .reduce((a, b) -> a + " " + b)
                        .orElse(""))
                .toList();
    }

    /** "人次 金额" of the row whose first text cell is the label, as the workbook holds them. */
    private static String figures(Sheet sheet, String label) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    if (cell.getStringCellValue().strip().equals(label)) {
                        int last = row.getLastCellNum() - 1;
                        return (long) row.getCell(last - 1).getNumericCellValue() + " "
                                + BigDecimal.valueOf(row.getCell(last).getNumericCellValue())
                                        .setScale(2, java.math.RoundingMode.HALF_UP);
                    }
                    break;
                }
            }
        }
        throw new AssertionError("no row " + label + " in sheet " + sheet.getSheetName());
    }

    private static String after(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }

    private static String text(Cell cell) {
        return cell == null ? "" : new DataFormatter().formatCellValue(cell).strip();
    }

    private static String yuan(BigDecimal amount) {
        return String.format(java.util.Locale.ROOT, "%,.2f", amount);
    }

    private static void save(Workbook book, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
    }
}
