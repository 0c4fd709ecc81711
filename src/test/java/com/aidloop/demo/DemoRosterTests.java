package com.aidloop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.programme.Catalogue;
import com.aidloop.programme.Catalogues;
import com.aidloop.registry.StudentInput;
import com.aidloop.school.Stage;
import com.aidloop.shared.Money;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoRosterTests {

    private static final int REGISTRY_AUTUMN = 2026;
    private final Catalogue catalogue = Catalogues.catalogue("2026-SPRING");
    private final DemoStudents generator =
            new DemoStudents(new DemoPeople(11), REGISTRY_AUTUMN, LocalDate.of(REGISTRY_AUTUMN, 11, 27));

    private DemoRoster.SchoolStudents school(String code, int students) {
        DemoCounty.PlannedSchool planned = DemoCounty.SCHOOLS.stream()
                .filter(s -> s.code().equals(code))
                .findFirst()
                .orElseThrow();
        List<StudentInput> registered = generator.forSchool(
                1L,
                planned.stages(),
                students,
                List.of(planned.townshipCode()),
                township -> List.of(township + "200", township + "201"));
        return new DemoRoster.SchoolStudents(planned, registered);
    }

    private final List<DemoRoster.SchoolStudents> schools = List.of(
            school("2143062611", 600),
            school("2143062617", 400),
            school("2143062601", 500),
            school("2143062603", 400),
            school("2143062620", 300));
    private final List<List<Object>> rows = new DemoRoster(catalogue, 5, REGISTRY_AUTUMN).rows(schools);

    private static String cell(List<Object> row, String header) {
        Object value = row.get(DemoRoster.HEADERS.indexOf(header));
        return value == null ? "" : value.toString();
    }

    @Test
    void everyAwardIsAtTheCataloguesStandardForTheStudentsStageInTheTerm() {
        Map<String, DemoRoster.SchoolStudents> byCode =
                schools.stream().collect(Collectors.toMap(s -> s.school().code(), Function.identity()));
        for (List<Object> row : rows) {
            List<Stage> stages = byCode.get(cell(row, "学校标识码")).school().stages();
            Stage stage = stages.stream()
                    .filter(s -> DemoStudents.gradeLabels(s).contains(cell(row, "年级")))
                    .findFirst()
                    .orElseThrow();
            Money amount = Money.yuan(cell(row, "资助金额(元)"));
            assertThat(catalogue
                            .check(cell(row, "资助项目"), cell(row, "资助档次"), amount, stage)
                            .passed())
                    .as(row.toString())
                    .isTrue();
            assertThat(cell(row, "学期")).isEqualTo("2026年春季学期");
        }
        assertThat(rows.stream().map(r -> cell(r, "资助项目")).collect(Collectors.toSet()))
                .hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void gradesAreThoseOfTheTermSoTodaysFirstYearsAreNotOnIt() {
        Map<String, StudentInput> registered = schools.stream()
                .flatMap(s -> s.students().stream())
                .collect(Collectors.toMap(StudentInput::idNumber, Function.identity()));
        for (List<Object> row : rows) {
            StudentInput student = registered.get(cell(row, "证件号码"));
            List<String> grades = byStages(schools.stream()
                    .filter(s -> s.students().contains(student))
                    .findFirst()
                    .orElseThrow());
            assertThat(grades.indexOf(cell(row, "年级")))
                    .as(row.toString())
                    .isEqualTo(grades.indexOf(student.grade()) - 1);
            assertThat(cell(row, "学生姓名")).isEqualTo(student.name());
        }
        assertThat(rows).anyMatch(r -> cell(r, "年级").equals("一年级")).anyMatch(r -> cell(r, "年级")
                .equals("高一"));
    }

    @Test
    void aFewNeedyStudentsArePaidThroughTheSpecialChannelAndNutritionGoesToRuralPupilsOnly() {
        Set<String> special = new HashSet<>();
        for (List<Object> row : rows) {
            if (cell(row, "特别通道(是/否)").equals("是")) {
                special.add(cell(row, "证件号码"));
                assertThat(cell(row, "困难类型")).isNotEmpty();
            }
            if (cell(row, "资助项目").startsWith("农村义务教育学生营养改善计划")) {
                assertThat(cell(row, "学校标识码")).isNotEqualTo("2143062601");
            }
        }
        assertThat(special).hasSizeBetween(1, 20);
    }

    private static List<String> byStages(DemoRoster.SchoolStudents school) {
        return school.school().stages().stream()
                .flatMap(s -> DemoStudents.gradeLabels(s).stream())
                .toList();
    }
}
