package com.aidloop.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.audit.AuditLog;
import com.aidloop.iam.DataScope;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Paging;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class SchoolManagementTests {

    @Autowired
    SchoolManagement schools;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void countyStaffOpensASchoolInTheirCountyAndFindsIt() {
        SchoolView opened = schools.open(
                SchoolFixtures.primarySchool("南江镇中心小学", SchoolFixtures.TOWNSHIP_A), SchoolFixtures.county());

        assertThat(schools.find(opened.id(), SchoolFixtures.county())).contains(opened);
        assertThat(schools.find(opened.id(), DataScope.region(SchoolFixtures.TOWNSHIP_A)))
                .isPresent();
        assertThat(schools.find(opened.id(), DataScope.school(opened.id()))).isPresent();
    }

    @Test
    void aSchoolOutsideTheScopeDoesNotExistForTheCaller() {
        SchoolView opened = schools.open(
                SchoolFixtures.primarySchool("南江镇中心小学", SchoolFixtures.TOWNSHIP_A), SchoolFixtures.county());

        assertThat(schools.find(opened.id(), SchoolFixtures.otherCounty())).isEmpty();
        assertThat(schools.find(opened.id(), DataScope.region(SchoolFixtures.TOWNSHIP_B)))
                .isEmpty();
        assertThat(schools.find(opened.id(), DataScope.school(opened.id() + 1))).isEmpty();
        assertThat(schools.find(opened.id(), DataScope.nothing())).isEmpty();
    }

    @Test
    void refusesToOpenASchoolOutsideTheCreatorsRegion() {
        SchoolInput elsewhere = SchoolFixtures.primarySchool("湘阴县城西小学", SchoolFixtures.OTHER_COUNTY_TOWNSHIP);

        assertThatThrownBy(() -> schools.open(elsewhere, SchoolFixtures.county()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .singleElement()
                        .satisfies(p -> assertThat(p.code()).isEqualTo("school.township.outsideScope")));
        assertThatThrownBy(() -> schools.open(elsewhere, DataScope.nothing())).isInstanceOf(InvalidInput.class);
    }

    @Test
    void refusesASecondSchoolWithTheSameIdentifier() {
        SchoolInput first = SchoolFixtures.primarySchool("南江镇中心小学", SchoolFixtures.TOWNSHIP_A);
        schools.open(first, SchoolFixtures.county());
        SchoolInput copy = new SchoolInput(first.code(), "另一所小学", List.of("小学"), "民办", SchoolFixtures.TOWNSHIP_B);

        assertThatThrownBy(() -> schools.open(copy, SchoolFixtures.county()))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.concerns("code")).isTrue());
    }

    @Test
    void searchesByNameIdentifierTownshipAndStageWithTotalCount() {
        String marker = "检索" + SchoolFixtures.nextCode();
        SchoolView a = schools.open(
                SchoolFixtures.primarySchool(marker + "甲小学", SchoolFixtures.TOWNSHIP_A), SchoolFixtures.county());
        SchoolView b = schools.open(
                new SchoolInput(
                        SchoolFixtures.nextCode(),
                        marker + "乙中学",
                        List.of("初中", "普通高中"),
                        "公办",
                        SchoolFixtures.TOWNSHIP_B),
                SchoolFixtures.county());
        schools.open(
                SchoolFixtures.primarySchool(marker + "丙小学", SchoolFixtures.OTHER_COUNTY_TOWNSHIP),
                SchoolFixtures.otherCounty());

        var all = schools.search(new SchoolSearch(marker, null, null), SchoolFixtures.county(), new Paging(1, 10));
        assertThat(all.totalElements()).isEqualTo(2);
        assertThat(all.content())
                .as("ordered by township: 安定镇 101 before 南江镇 107")
                .extracting(SchoolView::id)
                .containsExactly(b.id(), a.id());

        assertThat(schools.search(
                                new SchoolSearch(marker, SchoolFixtures.TOWNSHIP_B, null),
                                SchoolFixtures.county(),
                                Paging.first())
                        .content())
                .extracting(SchoolView::id)
                .containsExactly(b.id());
        assertThat(schools.search(
                                new SchoolSearch(marker, null, Stage.SENIOR_HIGH),
                                SchoolFixtures.county(),
                                Paging.first())
                        .content())
                .extracting(SchoolView::id)
                .containsExactly(b.id());
        assertThat(schools.search(new SchoolSearch(a.code(), null, null), SchoolFixtures.county(), Paging.first())
                        .content())
                .extracting(SchoolView::id)
                .containsExactly(a.id());
        assertThat(schools.search(new SchoolSearch(marker, null, null), DataScope.nothing(), Paging.first())
                        .totalElements())
                .isZero();
    }

    @Test
    void pagesThroughResultsWithTheSameTotal() {
        String marker = "分页" + SchoolFixtures.nextCode();
        for (int i = 0; i < 12; i++) {
            schools.open(
                    SchoolFixtures.primarySchool(marker + i + "小学", SchoolFixtures.TOWNSHIP_A),
                    SchoolFixtures.county());
        }
        var second = schools.search(new SchoolSearch(marker, null, null), SchoolFixtures.county(), new Paging(2, 10));
        assertThat(second.totalElements()).isEqualTo(12);
        assertThat(second.content()).hasSize(2);
        assertThat(second.totalPages()).isEqualTo(2);
    }

    @Test
    void aSecondEditorWorkingFromTheOldVersionIsRefused() {
        SchoolView opened = schools.open(
                SchoolFixtures.primarySchool("南江镇中心小学", SchoolFixtures.TOWNSHIP_A), SchoolFixtures.county());
        SchoolInput renamedByFirst =
                new SchoolInput(opened.code(), "南江镇第一小学", List.of("小学"), "公办", SchoolFixtures.TOWNSHIP_A);
        SchoolInput renamedBySecond =
                new SchoolInput(opened.code(), "南江镇实验小学", List.of("小学"), "公办", SchoolFixtures.TOWNSHIP_A);

        SchoolView saved = schools.revise(opened.id(), opened.version(), renamedByFirst, SchoolFixtures.county());

        assertThat(saved.version()).isEqualTo(opened.version() + 1);
        assertThatThrownBy(
                        () -> schools.revise(opened.id(), opened.version(), renamedBySecond, SchoolFixtures.county()))
                .isInstanceOf(SchoolChangedMeanwhile.class);
        assertThat(schools.find(opened.id(), SchoolFixtures.county())
                        .orElseThrow()
                        .name())
                .isEqualTo("南江镇第一小学");
    }

    @Test
    void revisingASchoolOutsideTheScopeIsNotFound() {
        SchoolView opened = schools.open(
                SchoolFixtures.primarySchool("南江镇中心小学", SchoolFixtures.TOWNSHIP_A), SchoolFixtures.county());

        assertThatThrownBy(() -> schools.revise(
                        opened.id(), opened.version(), SchoolInput.of(opened), SchoolFixtures.otherCounty()))
                .isInstanceOf(SchoolNotFound.class);
    }

    @Test
    void auditsOpeningAndRevisingWithOldAndNewValues() {
        SchoolView opened = schools.open(
                SchoolFixtures.primarySchool("南江镇中心小学", SchoolFixtures.TOWNSHIP_A), SchoolFixtures.county());
        schools.revise(
                opened.id(),
                opened.version(),
                new SchoolInput(opened.code(), "南江镇第一小学", List.of("小学"), "民办", SchoolFixtures.TOWNSHIP_A),
                SchoolFixtures.county());

        var records = new AuditLog(jdbc).about("school", opened.id());
        assertThat(records).extracting(r -> r.action()).containsExactly("CREATE", "UPDATE");
        assertThat(records.get(1).changes())
                .extracting(c -> c.field() + ":" + c.oldValue() + "→" + c.newValue())
                .containsExactly("学校名称:南江镇中心小学→南江镇第一小学", "办学性质:公办→民办");
    }

    @Test
    void refusesATownshipThatIsNotInTheDivisionTree() {
        SchoolInput nowhere = SchoolFixtures.primarySchool("不存在镇小学", "430626999");

        assertThatThrownBy(() -> schools.open(nowhere, SchoolFixtures.county()))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.code())
                        .containsExactly("townshipCode:school.township.unknown"));
    }
}
