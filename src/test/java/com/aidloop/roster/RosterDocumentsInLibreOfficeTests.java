package com.aidloop.roster;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.award.AwardBook;
import com.aidloop.iam.DataScope;
import com.aidloop.shared.Term;
import com.aidloop.testing.LibreOffice;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every workbook of the term's archive, opened by a real office suite (LibreOffice Calc) as the
 * county's staff would open it: each one loads, and what LibreOffice shows is the official
 * layout with the term's exact counts and money. The files come from the streaming roster writer
 * and from POI (summary and forms), so this checks both against a reader that is not ours.
 */
@SpringBootTest
class RosterDocumentsInLibreOfficeTests {

    private static final Term TERM = new Term(2041, Term.Semester.SPRING);
    private static final DataScope COUNTY = DataScope.region(AwardFixtures.COUNTY);

    @Autowired
    DocumentPack pack;

    @Autowired
    AwardBook awards;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    @Test
    void libreOfficeOpensEveryDocumentAndShowsTheTermsTotals() throws Exception {
        LibreOffice.require();
        AwardFixtures.awardDemoCounty(jdbc, TERM, 5);
        AwardBook.Totals totals = awards.totals(TERM, COUNTY);
        Path archive = folder.resolve("documents.zip");
        try (OutputStream out = Files.newOutputStream(archive)) {
            assertThat(pack.write(TERM, COUNTY, out).passed()).isTrue();
        }
        Map<String, Path> workbooks = unzip(archive);
        assertThat(workbooks).hasSizeGreaterThanOrEqualTo(7);
        String money = String.format("%,.2f", totals.amount().yuan());
        String county = "平江县" + TERM.label();

        reviewRosterListsEveryAwardWithItsTotal(workbooks.get("2"), county, totals, money);

        List<List<String>> summary = LibreOffice.cellsAsShown(workbooks.get("1"), folder.resolve("summary"));
        assertThat(summary.get(0).get(0)).startsWith(county + "学生资助汇总表");
        assertThat(summary.stream()
                        .filter(r -> r.get(0).equals("合计"))
                        .findFirst()
                        .orElseThrow())
                .contains(String.valueOf(totals.awards()), money);

        List<List<String>> notice = LibreOffice.cellsAsShown(workbooks.get("4"), folder.resolve("notice"));
        assertThat(notice.get(2)).containsExactly("序号", "姓名", "学校", "年级", "班级", "资助项目", "资助档次");
        assertThat(notice.stream().filter(r -> r.get(0).matches("[0-9]+")))
                .hasSizeLessThan((int) totals.awards())
                .isNotEmpty();

        confirmationFormsAddUpToPartOfTheTerm(workbooks.get("5"), county, totals);

        for (Map.Entry<String, Path> roster : workbooks.entrySet()) {
            if (roster.getKey().startsWith("3-")) {
                List<List<String>> rows = LibreOffice.cellsAsShown(roster.getValue(), folder.resolve(roster.getKey()));
                assertThat(rows.get(0).get(0))
                        .as(roster.getKey())
                        .startsWith(county)
                        .endsWith("发放花名册");
                assertThat(rows.stream().filter(r -> r.get(0).equals("合计")))
                        .as(roster.getKey())
                        .hasSize(1);
            }
        }
    }

    private void reviewRosterListsEveryAwardWithItsTotal(
            Path workbook, String county, AwardBook.Totals totals, String money) throws Exception {
        List<List<String>> review = LibreOffice.cellsAsShown(workbook, folder.resolve("review"));
        assertThat(review.get(0).get(0)).isEqualTo(county + "学生资助评议花名册");
        assertThat(review.get(1).get(0)).startsWith("填报单位（盖章）：");
        assertThat(review.get(2)).startsWith("序号", "户籍乡镇", "户籍村（社区）", "学校");
        List<List<String>> numbered =
                review.stream().filter(r -> r.get(0).matches("[0-9]+")).toList();
        assertThat(numbered).hasSize((int) totals.awards());
        assertThat(numbered.get(numbered.size() - 1).get(0)).isEqualTo(String.valueOf(totals.awards()));
        List<String> sum =
                review.stream().filter(r -> r.get(0).equals("合计")).findFirst().orElseThrow();
        assertThat(sum).contains(money);
        assertThat(review.get(review.size() - 2).get(0)).startsWith("经办人：");
        assertThat(review)
                .allSatisfy(row -> assertThat(String.join(",", row)).doesNotContainPattern("[0-9]{17}[0-9X]"));
    }

    private void confirmationFormsAddUpToPartOfTheTerm(Path workbook, String county, AwardBook.Totals totals)
            throws Exception {
        BigDecimal formsTotal = BigDecimal.ZERO;
        List<List<String>> forms = LibreOffice.cellsAsShown(workbook, folder.resolve("forms"));
        assertThat(forms.get(0).get(0)).isEqualTo(county + "学校学生资助资金确认表");
        assertThat(forms.get(1).get(0)).startsWith("学校（盖章）：");
        for (List<String> row : forms) {
            if (row.get(0).equals("合计")) {
                formsTotal = formsTotal.add(new BigDecimal(row.get(4).replace(",", "")));
            }
        }
        assertThat(formsTotal)
                .as("LibreOffice shows the first school's form; its 合计 is part of the term")
                .isPositive()
                .isLessThanOrEqualTo(totals.amount().yuan());
    }

    /** The archive's workbooks by the number their name starts with (1, 2, 4, 5), per-programme rosters as 3-n. */
    private Map<String, Path> unzip(Path archive) throws Exception {
        Map<String, Path> workbooks = new HashMap<>();
        int programme = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(archive))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.getName().endsWith(".xlsx")) {
                    continue;
                }
                String key = entry.getName().startsWith("3-")
                        ? "3-" + ++programme
                        : entry.getName().substring(0, 1);
                Path file = folder.resolve(key + ".xlsx");
                Files.write(file, in.readAllBytes());
                workbooks.put(key, file);
            }
        }
        return workbooks;
    }
}
