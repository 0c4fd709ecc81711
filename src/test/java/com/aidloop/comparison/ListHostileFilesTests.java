package com.aidloop.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.registry.People;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.StudentInput;
import com.aidloop.school.SchoolFixtures;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.IdNumber;
import com.aidloop.shared.Paging;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Lists as departments really send them, and hostile ones: three title rows, a list of two
 * million rows, the same file uploaded twice. Each refusal says in
 * Chinese what to do and leaves no list and no person behind. Each test imports for a region of
 * its own. A note sheet before the data: ListOnAnySheetTests.
 */
@SpringBootTest
class ListHostileFilesTests {

    static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);

    @Autowired
    ImportingDepartmentLists importing;

    @Autowired
    RegistryManagement students;

    @Autowired
    SchoolManagement schools;

    @Autowired
    JdbcClient jdbc;

    @Test
    void readsAListUnderThreeTitleRowsAndTheSameFileTwiceLeavesOneCurrentList() {
        SchoolView school =
                schools.open(SchoolFixtures.primarySchool("名单测试小学", People.TOWNSHIP), SchoolFixtures.county());
        StudentInput pupil = People.pupil("柏小军", school.id());
        students.register(pupil, SchoolFixtures.county());
        Path file = ListFiles.workbook(
                false,
                List.of("某县困难职工花名册", "填报单位：县总工会", "数据截止日期：2026年10月31日"),
                List.of("序号", "姓名", "身份证号码"),
                List.of(List.of("1", pupil.name(), pupil.idNumber())));
        CurrentAccount county = region();

        ListImportResult first = importing.submit(ListFiles.upload(file, "职工.xlsx"), upload("NEEDY_WORKERS"), county);
        ListImportResult again = importing.submit(ListFiles.upload(file, "职工.xlsx"), upload("NEEDY_WORKERS"), county);

        assertThat(first.list().persons()).isEqualTo(1);
        assertThat(first.run().added()).isGreaterThanOrEqualTo(1);
        assertThat(again.run().added()).isZero();
        assertThat(importing.lists(county, Paging.of(1, 10)).content())
                .extracting(DepartmentListView::current)
                .containsExactly(true, false);
        assertThat(persons(first.list().id())).isZero();
        assertThat(persons(again.list().id())).isEqualTo(1);
    }

    @Test
    void aListOfTwoMillionRowsIsRefusedAndLeavesNothing() throws Exception {
        Path file = Files.createTempFile("list-", ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("姓名,身份证号码\n");
            for (int i = 0; i < 2_000_000; i++) {
                String first17 = "439905" + (19500101 + i % 28) + String.format("%03d", i / 28 % 999 + 1);
                out.write("甲," + first17 + IdNumber.checkCharacter(first17) + "\n");
            }
        }
        CurrentAccount county = region();
        long before = jdbc.sql("SELECT coalesce(max(id), 0) FROM comparison_list")
                .query(Long.class)
                .single();

        assertThatThrownBy(() -> importing.submit(ListFiles.upload(file, "两百万行.csv"), upload("ORPHAN"), county))
                .extracting(Throwable::getLocalizedMessage)
                .asString()
                .contains("行的上限", "拆分");
        assertThat(importing.lists(county, Paging.of(1, 10)).totalElements()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM comparison_list_person WHERE list_id > :before")
                        .param("before", before)
                        .query(Long.class)
                        .single())
                .as("no person of the refused list is left")
                .isZero();
        Files.delete(file);
    }

    private long persons(long listId) {
        return jdbc.sql("SELECT count(*) FROM comparison_list_person WHERE list_id = :id")
                .param("id", listId)
                .query(Long.class)
                .single();
    }

    private static ListUpload upload(String type) {
        return new ListUpload(type, "县民政局", AS_OF, ColumnMapping.none());
    }

    private static CurrentAccount region() {
        return ListFiles.countyStaff(
                String.valueOf(500_000 + ThreadLocalRandom.current().nextInt(400_000)));
    }
}
