package com.aidloop.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.school.internal.School;
import com.aidloop.school.internal.SchoolFacts;
import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.InvalidValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchoolFactsTests {

    static SchoolInput input(String code, String township) {
        return new SchoolInput(code, "平江县南江镇中心小学", List.of("小学", "JUNIOR_SECONDARY"), "公办", township);
    }

    @Test
    void acceptsTenDigitSchoolCodeTypedWithFullWidthDigitsAndSpaces() {
        assertThat(new SchoolCode("２１４３ ００１２３４").value()).isEqualTo("2143001234");
    }

    @Test
    void rejectsSchoolCodeThatIsNotTenDigits() {
        assertThatThrownBy(() -> new SchoolCode("214300123"))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.code()).isEqualTo("school.code.format"));
        assertThatThrownBy(() -> new SchoolCode("21430012AB"))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.code()).isEqualTo("school.code.format"));
        assertThatThrownBy(() -> new SchoolCode(" "))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.code()).isEqualTo("school.code.required"));
    }

    @Test
    void readsStagesByChineseLabelOrName() {
        SchoolFacts facts = SchoolFacts.parse(input("2143001234", "430626107"));
        assertThat(facts.stages()).containsExactlyInAnyOrder(Stage.PRIMARY, Stage.JUNIOR_SECONDARY);
        assertThat(Stage.parse("普通高中")).isEqualTo(Stage.SENIOR_HIGH);
        assertThat(Stage.parse("中职")).isEqualTo(Stage.VOCATIONAL);
    }

    @Test
    void listsEveryProblemOfARefusedSchoolAtOnce() {
        SchoolInput bad = new SchoolInput("123", " ", List.of(), "", "4306");
        assertThatThrownBy(() -> SchoolFacts.parse(bad))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("code", "school.code.format"),
                                org.assertj.core.groups.Tuple.tuple("name", "school.name.required"),
                                org.assertj.core.groups.Tuple.tuple("stages", "school.stages.required"),
                                org.assertj.core.groups.Tuple.tuple("ownership", "school.ownership.required"),
                                org.assertj.core.groups.Tuple.tuple("townshipCode", "school.township.format")));
    }

    @Test
    void revisingTheTownshipAnnouncesTheRelocation() {
        School school = School.restore(7, 3, SchoolFacts.parse(input("2143001234", "430626107")));
        var changes = school.revise(SchoolFacts.parse(input("2143001234", "430626101")));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("所在乡镇");
            assertThat(c.oldValue()).isEqualTo("430626107");
            assertThat(c.newValue()).isEqualTo("430626101");
        });
        assertThat(school.events()).containsExactly(new SchoolRelocated(7, "430626107", "430626101"));
    }

    @Test
    void revisingWithoutNewTownshipAnnouncesNothing() {
        School school = School.restore(7, 3, SchoolFacts.parse(input("2143001234", "430626107")));
        var changes = school.revise(
                SchoolFacts.parse(new SchoolInput("2143001234", "平江县南江镇第二小学", List.of("小学", "初中"), "公办", "430626107")));
        assertThat(changes).extracting(c -> c.field()).containsExactly("学校名称");
        assertThat(school.events()).isEmpty();
    }

    @Test
    void aRevisionWithoutContactFieldsKeepsTheContactAndBlankClearsIt() {
        SchoolContact registered = new SchoolContact("南江镇正街1号", "王老师", new ContactPhone("13800138000"));

        SchoolFacts kept = SchoolFacts.parse(input("2143001234", "430626107"), registered);
        SchoolFacts cleared = SchoolFacts.parse(
                new SchoolInput("2143001234", "平江县南江镇中心小学", List.of("小学"), "公办", "430626107", "", "", ""), registered);

        assertThat(kept.contact()).isEqualTo(registered);
        assertThat(cleared.contact()).isEqualTo(SchoolContact.NONE);
    }

    @Test
    void refusesABadPhoneATooLongAddressAndAFormulaNameByField() {
        SchoolInput bad = new SchoolInput(
                "2143001234",
                "=HYPERLINK(\"http://x\")",
                List.of("小学"),
                "公办",
                "430626107",
                "路".repeat(101),
                "李老师",
                "0730-12");
        assertThatThrownBy(() -> SchoolFacts.parse(bad))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("name", "school.text.formula"),
                                org.assertj.core.groups.Tuple.tuple("address", "school.address.length"),
                                org.assertj.core.groups.Tuple.tuple("contactPhone", "school.contactPhone.format")));
    }

    @Test
    void theAuditTrailSeesAPhoneChangeOnlyMasked() {
        School school = School.restore(
                7,
                3,
                SchoolFacts.parse(new SchoolInput(
                        "2143001234", "平江县南江镇中心小学", List.of("小学"), "公办", "430626107", null, null, "13800138000")));
        var changes = school.revise(SchoolFacts.parse(new SchoolInput(
                "2143001234", "平江县南江镇中心小学", List.of("小学"), "公办", "430626107", null, null, "13800138001")));

        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("联系电话");
            assertThat(c.oldValue()).isEqualTo("138****8000");
            assertThat(c.newValue()).isEqualTo("138****8001");
        });
    }
}
