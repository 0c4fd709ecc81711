package com.aidloop.school.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.iam.DataScope;
import com.aidloop.region.NameLookup;
import com.aidloop.region.Region;
import com.aidloop.school.ContactPhone;
import com.aidloop.school.Ownership;
import com.aidloop.school.SchoolCode;
import com.aidloop.school.SchoolContact;
import com.aidloop.school.Stage;
import com.aidloop.school.importing.CheckedRow.Outcome;
import com.aidloop.school.internal.School;
import com.aidloop.school.internal.SchoolFacts;
import com.aidloop.shared.ImportProblem;
import com.aidloop.shared.RegionCode;
import com.aidloop.shared.RegionLevel;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The checks of one row of a school file, column by column, with the sentences the result page shows. */
class SchoolRowRulesTests {

    private static final Map<String, Region> TOWNSHIPS = Map.of(
            "三市镇", new Region("430626102", "三市镇", RegionLevel.TOWNSHIP, "430626"),
            "南江镇", new Region("430626107", "南江镇", RegionLevel.TOWNSHIP, "430626"),
            "汉昌街道", new Region("430626001", "汉昌街道", RegionLevel.TOWNSHIP, "430626"));
    private static final Region OTHER_COUNTY = new Region("430624101", "东塘镇", RegionLevel.TOWNSHIP, "430624");

    private final Map<String, School> existing = new HashMap<>();

    @Test
    void acceptsACompleteRowAsANewSchool() {
        CheckedRow row =
                check(row(2, "2143062699", "平江县三市镇第二中学", "初中", "公办", "三市镇", "三市镇解放路8号", "李老师", "0730-5221234"));

        assertThat(row.problems()).isEmpty();
        assertThat(row.outcome()).isEqualTo(Outcome.CREATE);
        assertThat(row.facts().township().value()).isEqualTo("430626102");
        assertThat(row.facts().stages()).containsExactly(Stage.JUNIOR_SECONDARY);
        assertThat(row.facts().contact().phone().value()).isEqualTo("0730-5221234");
    }

    @Test
    void reportsEveryProblemOfARowAtOnceByColumnWithTheFix() {
        CheckedRow row = check(row(5, "214306269", "", "特殊教育", "国营", "岳阳镇", "", "", "12345"));

        assertThat(sentences(row))
                .containsExactly(
                        "第5行 学校标识码：应为10位数字，当前为9位，请核对后重新填写",
                        "第5行 学校名称：不能为空，请填写",
                        "第5行 学段：“特殊教育”无法识别，请填写：幼儿园、小学、初中、高中、中职、高等教育，多个学段用“、”分隔；也可填九年一贯制、完全中学、十二年一贯制",
                        "第5行 办学性质：“国营”无法识别，请填写“公办”或“民办”（也可填举办者，如“教育部门”“社会力量”）",
                        "第5行 所在乡镇：“岳阳镇”不是平江县的乡镇（街道），请核对后重新填写",
                        "第5行 联系电话：应为11位手机号码，或带区号的固定电话（如0730-5221234），请核对后重新填写");
        assertThat(row.outcome()).isEqualTo(Outcome.ERROR);
    }

    @Test
    void readsStageWordsOfCountySpreadsheetsIntoTheStageModel() {
        assertThat(StageWords.parse("九年一贯制")).containsExactlyInAnyOrder(Stage.PRIMARY, Stage.JUNIOR_SECONDARY);
        assertThat(StageWords.parse("完全中学")).containsExactlyInAnyOrder(Stage.JUNIOR_SECONDARY, Stage.SENIOR_HIGH);
        assertThat(StageWords.parse("十二年一贯制学校"))
                .containsExactlyInAnyOrder(Stage.PRIMARY, Stage.JUNIOR_SECONDARY, Stage.SENIOR_HIGH);
        assertThat(StageWords.parse("幼儿园")).containsExactly(Stage.PRESCHOOL);
        assertThat(StageWords.parse("小学、初中")).containsExactlyInAnyOrder(Stage.PRIMARY, Stage.JUNIOR_SECONDARY);
        assertThat(StageWords.parse("小学，初中 / 高中"))
                .containsExactlyInAnyOrder(Stage.PRIMARY, Stage.JUNIOR_SECONDARY, Stage.SENIOR_HIGH);
        assertThat(StageWords.parse("职业高中")).containsExactly(Stage.VOCATIONAL);
        assertThat(StageWords.parse("中职")).containsExactly(Stage.VOCATIONAL);
        assertThat(StageWords.parse("PRIMARY")).containsExactly(Stage.PRIMARY);
    }

    @Test
    void readsFoundersAsOwnership() {
        assertThat(OwnershipWords.parse("教育部门")).isEqualTo(Ownership.PUBLIC);
        assertThat(OwnershipWords.parse("公办")).isEqualTo(Ownership.PUBLIC);
        assertThat(OwnershipWords.parse("社会力量")).isEqualTo(Ownership.PRIVATE);
        assertThat(OwnershipWords.parse("民办")).isEqualTo(Ownership.PRIVATE);
    }

    @Test
    void aTownshipOfAnotherCountyIsRefusedByCodeAndAClosestNameSuggested() {
        CheckedRow byCode = check(row(3, "2143062698", "平江县三市镇小学", "小学", "公办", "430624101", "", "", ""));
        CheckedRow typo = check(row(4, "2143062697", "平江县三市镇小学", "小学", "公办", "三市", "", "", ""));
        CheckedRow nearly = check(row(6, "2143062696", "平江县南江镇小学", "小学", "公办", "南江乡镇", "", "", ""));
        CheckedRow shortCode = check(row(8, "2143062691", "平江县南江镇小学", "小学", "公办", "4306261", "", "", ""));

        assertThat(sentences(byCode)).containsExactly("第3行 所在乡镇：“430624101”不在您管辖的平江县范围内，只能导入本辖区的学校；请填写平江县的乡镇（街道）");
        assertThat(typo.problems()).isEmpty();
        assertThat(typo.facts().township().value()).isEqualTo("430626102");
        assertThat(sentences(nearly)).containsExactly("第6行 所在乡镇：“南江乡镇”不是平江县的乡镇（街道），您是不是要填：南江镇");
        assertThat(sentences(shortCode)).containsExactly("第8行 所在乡镇：乡镇代码应为9位数字，当前为7位，请核对后重新填写，或改填乡镇名称");
    }

    @Test
    void aCodeRepeatedInTheFileNamesItsFirstRow() {
        SchoolRowRules rules = rules();
        rules.check(row(2, "2143062695", "平江县示范小学", "小学", "公办", "三市镇", "", "", ""));

        CheckedRow again = rules.check(row(9, "2143062695", "平江县示范小学分校", "小学", "公办", "三市镇", "", "", ""));

        assertThat(sentences(again)).containsExactly("第9行 学校标识码：2143062695与第2行重复，同一所学校只能填写一行，请删除或合并重复的行");
    }

    @Test
    void cellsThatWouldRunAsFormulasAreRefused() {
        CheckedRow row = check(row(
                7,
                "2143062694",
                "=HYPERLINK(\"http://evil.example\",\"点我\")",
                "小学",
                "公办",
                "三市镇",
                "@SUM(A1)",
                "+张",
                ""));

        assertThat(row.problems())
                .extracting(RowProblem::column, RowProblem::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(SchoolColumn.NAME, "school.text.formula"),
                        org.assertj.core.groups.Tuple.tuple(SchoolColumn.ADDRESS, "school.text.formula"),
                        org.assertj.core.groups.Tuple.tuple(SchoolColumn.CONTACT_NAME, "school.text.formula"));
    }

    @Test
    void aCodeExcelTurnedIntoScientificNotationSaysToUseText() {
        assertThat(sentences(check(row(2, "2.14306E+09", "平江县示范小学", "小学", "公办", "三市镇", "", "", ""))))
                .containsExactly("第2行 学校标识码：变成了科学计数法，请将该列设为文本格式后重新填写10位学校标识码");
    }

    @Test
    void aRegisteredSchoolIsComparedAndBlankContactCellsKeepWhatIsRegistered() {
        existing.put(
                "2143062611",
                school(
                        11,
                        "2143062611",
                        "430626102",
                        new SchoolContact("三市镇正街1号", "王老师", new ContactPhone("13800138000"))));

        CheckedRow same = check(row(2, "2143062611", "平江县三市镇中心小学", "小学", "公办", "三市镇", "", "", ""));
        CheckedRow renamed = check(row(3, "2143062611", "平江县三市镇第一小学", "小学", "公办", "三市镇", "", "", "13900139000"));

        assertThat(same.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(same.facts().contact().contactName()).isEqualTo("王老师");
        assertThat(renamed.outcome()).isEqualTo(Outcome.UPDATE);
        assertThat(renamed.facts().contact().address()).isEqualTo("三市镇正街1号");
        assertThat(renamed.changes())
                .extracting(c -> c.field() + "：" + c.oldValue() + " → " + c.newValue())
                .containsExactly("学校名称：平江县三市镇中心小学 → 平江县三市镇第一小学", "联系电话：138****8000 → 139****9000");
    }

    @Test
    void aCodeRegisteredInAnotherCountyIsRefusedWithoutNamingTheSchool() {
        existing.put("2143062411", school(41, "2143062411", OTHER_COUNTY.code(), SchoolContact.NONE));

        assertThat(sentences(check(row(2, "2143062411", "湘阴县东塘镇中心小学", "小学", "公办", "三市镇", "", "", ""))))
                .containsExactly("第2行 学校标识码：2143062411已登记为其他地区的学校，不能在本辖区导入；" + "请核对学校标识码，如学校确已迁入本辖区，请联系原所在地区调整");
    }

    @Test
    void readsMobilesAndLandlinesAndExplainsALostLeadingZero() {
        assertThat(new ContactPhone("138 0013 8000").value()).isEqualTo("13800138000");
        assertThat(new ContactPhone("+86 13800138000").value()).isEqualTo("13800138000");
        assertThat(new ContactPhone("(0730)5221234").value()).isEqualTo("0730-5221234");
        assertThat(new ContactPhone("0730－5221234转801").value()).isEqualTo("0730-5221234-801");
        assertThat(new ContactPhone("010-62751234").value()).isEqualTo("010-62751234");
        assertThat(sentences(check(row(2, "2143062693", "平江县示范小学", "小学", "公办", "三市镇", "", "", "7305221234"))))
                .singleElement()
                .asString()
                .contains("丢失了区号前的“0”");
        assertThat(sentences(check(row(3, "2143062692", "平江县示范小学", "小学", "公办", "三市镇", "", "", "5221234"))))
                .containsExactly("第3行 联系电话：缺少区号，请按“区号-号码”填写，如0730-5221234");
    }

    private CheckedRow check(ImportedRow row) {
        return rules().check(row);
    }

    private SchoolRowRules rules() {
        TownshipResolver townships =
                new TownshipResolver("430626", "平江县", SchoolRowRulesTests::byName, SchoolRowRulesTests::byCode);
        return new SchoolRowRules(DataScope.region("430626"), townships, existing);
    }

    private static NameLookup byName(String typed) {
        Region exact = TOWNSHIPS.get(typed);
        if (exact != null) {
            return new NameLookup.Found(exact);
        }
        if (typed.equals("三市")) {
            return new NameLookup.Found(TOWNSHIPS.get("三市镇"));
        }
        return typed.startsWith("南江")
                ? new NameLookup.NotFound(List.of(TOWNSHIPS.get("南江镇")))
                : new NameLookup.NotFound(List.of());
    }

    private static Optional<Region> byCode(String code) {
        return code.equals(OTHER_COUNTY.code())
                ? Optional.of(OTHER_COUNTY)
                : TOWNSHIPS.values().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    private static School school(long id, String code, String township, SchoolContact contact) {
        return School.restore(
                id,
                0,
                new SchoolFacts(
                        new SchoolCode(code),
                        "平江县三市镇中心小学",
                        EnumSet.of(Stage.PRIMARY),
                        Ownership.PUBLIC,
                        new RegionCode(township),
                        contact));
    }

    static ImportedRow row(int number, String... cells) {
        return new ImportedRow(number, cells);
    }

    private static List<String> sentences(CheckedRow row) {
        return row.problems().stream()
                .map(ProblemText::of)
                .map(ImportProblem::sentence)
                .toList();
    }
}
