package com.aidloop.comparison.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.comparison.ColumnMapping;
import com.aidloop.comparison.domain.ListRowReader.Kept;
import com.aidloop.comparison.domain.ListRowReader.Skipped;
import com.aidloop.shared.IdNumber;
import com.aidloop.shared.InvalidValue;
import com.aidloop.spreadsheet.SheetRow;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListRowReaderTests {

    static final ListType ALLEVIATED = new ListType(
            "POVERTY_ALLEVIATED",
            "脱贫户",
            ListKind.SUPPORT,
            "乡村振兴",
            60,
            List.of(
                    new ListAttribute("yearOut", "脱贫年份", AttributeKind.YEAR, false),
                    new ListAttribute("policiesApply", "是否继续享受政策", AttributeKind.YES_NO, false)));
    static final ListType ALLOWANCE =
            new ListType("SUBSISTENCE_ALLOWANCE", "城乡低保", ListKind.SUPPORT, "民政", 6, List.of());
    static final ListType OWNERS = new ListType(
            "BUSINESS_OWNERS",
            "企业法定代表人及股东",
            ListKind.CHECK,
            "市场监管",
            0,
            List.of(
                    new ListAttribute("creditCode", "统一社会信用代码", AttributeKind.CREDIT_CODE, false),
                    new ListAttribute("capital", "注册资本", AttributeKind.MONEY, false)));
    static final Map<String, ListType> TYPES =
            Map.of(ALLEVIATED.code(), ALLEVIATED, ALLOWANCE.code(), ALLOWANCE, OWNERS.code(), OWNERS);
    static final Map<String, CategoryChoice> CATEGORIES = Map.of(
            ListRowReader.categoryKey("脱贫户(继续享受政策)"),
            new CategoryChoice("POVERTY_ALLEVIATED", "policiesApply", "是"),
            ListRowReader.categoryKey("城乡低保"),
            new CategoryChoice("SUBSISTENCE_ALLOWANCE", null, null),
            ListRowReader.categoryKey("城乡特困"),
            new CategoryChoice("EXTREME_POVERTY", null, null));

    static String id(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }

    static final String HEAD = id("43062619800101001");
    static final String CHILD = id("43062620140101002");

    @Test
    void readsAFullWidthCategoryNameAsTheListTypeWithTheAttributeItImplies() {
        ListRowReader reader = reader(ALLEVIATED, List.of("姓名", "身份证号码", "类别", "脱贫年份"), List.of(), List.of());

        var outcome = reader.read(new SheetRow(4, List.of("张三", HEAD, "脱贫户（继续享受政策）", "2019年")));

        ListRow row = ((Kept) outcome).row();
        assertThat(row.category()).isEqualTo("POVERTY_ALLEVIATED");
        assertThat(row.attributes()).containsEntry("policiesApply", "是").containsEntry("yearOut", "2019");
        assertThat(row.persons()).containsExactly(new ListPerson(0, HEAD, "张三"));
    }

    @Test
    void readsAStudentNumberWrittenAsGAndTheId() {
        ListRowReader reader = reader(ALLOWANCE, List.of("姓名", "身份证号码"), List.of(), List.of());

        var outcome = reader.read(new SheetRow(2, List.of("李四", "G" + CHILD)));

        assertThat(((Kept) outcome).row().persons().getFirst().idNumber()).isEqualTo(CHILD);
    }

    @Test
    void readsEveryMemberOfAHouseholdWideRow() {
        ListRowReader reader =
                reader(ALLOWANCE, List.of("户主姓名", "身份证号码", "成员1", "成员2"), List.of("成员1", "成员2"), List.of());

        var outcome = reader.read(new SheetRow(3, List.of("王五", HEAD, CHILD, "")));

        assertThat(((Kept) outcome).row().persons())
                .extracting(ListPerson::personNo, ListPerson::idNumber)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, HEAD), org.assertj.core.groups.Tuple.tuple(1, CHILD));
    }

    @Test
    void skipsARowWithAFifteenDigitIdAndSaysWhereAndWhy() {
        ListRowReader reader = reader(ALLOWANCE, List.of("姓名", "身份证号码"), List.of(), List.of());

        var outcome = reader.read(new SheetRow(7, List.of("赵六", "430626800101001")));

        var problem = ((Skipped) outcome).problems().getFirst();
        assertThat(problem.row()).isEqualTo(7);
        assertThat(problem.column()).isEqualTo("身份证号码");
        assertThat(problem.message()).contains("15位");
    }

    @Test
    void skipsAnIdDestroyedByScientificNotationAndABadMember() {
        ListRowReader reader = reader(ALLOWANCE, List.of("姓名", "身份证号码", "成员1"), List.of("成员1"), List.of());

        var destroyed = reader.read(new SheetRow(5, List.of("赵六", "4.30626E+17", "")));
        var badMember = reader.read(new SheetRow(6, List.of("赵六", HEAD, CHILD.substring(0, 17) + "0")));

        assertThat(((Skipped) destroyed).problems().getFirst().message()).contains("科学计数法");
        assertThat(((Skipped) badMember).problems().getFirst().column()).isEqualTo("成员1");
    }

    @Test
    void refusesACategoryOfAnotherKindOrUnknown() {
        ListRowReader reader = reader(OWNERS, List.of("姓名", "身份证号码", "类别"), List.of(), List.of());

        var outcome = reader.read(new SheetRow(3, List.of("钱七", HEAD, "城乡低保")));

        assertThat(((Skipped) outcome).problems().getFirst().message()).contains("城乡低保", "企业法定代表人及股东");
    }

    @Test
    void checksTheCreditCodeAndReadsCapitalInTenThousands() {
        ListRowReader reader = reader(OWNERS, List.of("姓名", "身份证号码", "统一社会信用代码", "注册资本"), List.of(), List.of());

        var good = reader.read(new SheetRow(2, List.of("孙八", HEAD, "91350100M000100Y43", "50万")));
        var bad = reader.read(new SheetRow(3, List.of("孙八", HEAD, "91350100M000100Y44", "50")));

        assertThat(((Kept) good).row().attributes())
                .containsEntry("creditCode", "91350100M000100Y43")
                .containsEntry("capital", "500000.00");
        assertThat(((Skipped) bad).problems().getFirst().message()).contains("GB 32100");
    }

    @Test
    void refusesAFileWithoutTheChosenColumnNamingTheColumnsItHas() {
        ColumnMapping mapping = new ColumnMapping("公民身份号码", null, null, null, List.of(), List.of(), Map.of());

        assertThatThrownBy(() -> ListColumns.resolve(mapping, ALLOWANCE, h -> Optional.empty(), "姓名、证件号"))
                .isInstanceOf(InvalidValue.class)
                .hasMessage("comparison.columns.missing")
                .extracting(Throwable::getLocalizedMessage)
                .asString()
                .contains("公民身份号码", "姓名、证件号");
    }

    @Test
    void remembersAMappingAsText() {
        ColumnMapping mapping =
                new ColumnMapping("证件号", "姓名", null, "类别", List.of("成员1", "成员2"), List.of(), Map.of("yearOut", "脱贫时间"));

        assertThat(ColumnMapping.decode(mapping.encode())).isEqualTo(mapping);
    }

    private static ListRowReader reader(
            ListType type, List<String> headers, List<String> memberIds, List<String> memberNames) {
        ColumnMapping mapping = new ColumnMapping(null, null, null, null, memberIds, memberNames, Map.of());
        ListColumns columns = ListColumns.resolve(
                mapping,
                type,
                h -> headers.contains(h) ? Optional.of(headers.indexOf(h)) : Optional.empty(),
                String.join("、", headers));
        return new ListRowReader(type, columns, CATEGORIES, TYPES);
    }
}
