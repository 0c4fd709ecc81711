package com.aidloop.roster.summary;

import static com.aidloop.roster.Awards.award;
import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.roster.Figures;
import com.aidloop.shared.Money;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryCubeTests {

    private static final String SANSHI_A = "430626102201";
    private static final String SANSHI_B = "430626102202";
    private static final String ANDING_A = "430626101201";

    private SummaryCube county() {
        SummaryCube cube = new SummaryCube("430626");
        cube.add(award(SANSHI_A, 11, "LIVING", "PRIMARY", "500.00"));
        cube.add(award(SANSHI_A, 11, "LIVING", "PRIMARY", "250.00"));
        cube.add(award(SANSHI_B, 5, "LIVING", "JUNIOR_SECONDARY", "625.00"));
        cube.add(award(ANDING_A, 12, "LIVING", "PRIMARY", "312.50"));
        cube.add(award(ANDING_A, 1, "HIGH_GRANT", "SENIOR_HIGH", "1750.00"));
        cube.add(award("430626102", 11, "LIVING", "小学", "500.00"));
        cube.nameRegions(Map.of("430626102", "三市镇", "430626101", "安定镇", SANSHI_A, "石牛寨村", "430626", "平江县"));
        return cube;
    }

    @Test
    void breaksTheCountyDownByTownshipWithTheirSums() {
        List<SummaryRow> rows = county().breakdown(SummaryFilter.NONE, Dimension.REGION);

        assertThat(rows).extracting(SummaryRow::key).containsExactly("430626101", "430626102");
        assertThat(rows).extracting(SummaryRow::label).containsExactly("安定镇", "三市镇");
        assertThat(rows.get(1).figures()).isEqualTo(new Figures(4, Money.yuan("1875.00")));
        assertThat(rows).allMatch(r -> r.drillBy() == Dimension.REGION);
    }

    @Test
    void drillsFromATownshipToItsVillagesThenSchoolsProgrammesAndStages() {
        SummaryCube cube = county();
        SummaryRow sanshi = cube.breakdown(SummaryFilter.NONE, Dimension.REGION).get(1);

        List<SummaryRow> villages = cube.breakdown(sanshi.drill(), sanshi.drillBy());
        assertThat(villages).extracting(SummaryRow::key).containsExactly(SANSHI_A, SANSHI_B, SummaryCube.NO_VILLAGE);
        assertThat(villages.getFirst().label()).isEqualTo("石牛寨村");
        assertThat(villages.getLast().label()).isEqualTo("未填写村（社区）");
        assertThat(villages.getLast().drillable()).isFalse();
        assertThat(villages.getFirst().drillBy()).isEqualTo(Dimension.SCHOOL);

        SummaryRow school =
                cube.breakdown(villages.getFirst().drill(), Dimension.SCHOOL).getFirst();
        assertThat(school.figures()).isEqualTo(new Figures(2, Money.yuan("750.00")));
        assertThat(school.drillBy()).isEqualTo(Dimension.PROGRAMME);
        SummaryRow programme =
                cube.breakdown(school.drill(), Dimension.PROGRAMME).getFirst();
        assertThat(programme.drillBy()).isEqualTo(Dimension.STAGE);
        SummaryRow stage = cube.breakdown(programme.drill(), Dimension.STAGE).getFirst();
        assertThat(stage.label()).isEqualTo("小学");
        assertThat(stage.drillable()).isFalse();
    }

    @Test
    void countsStagesByTheirNameWhateverTheAwardWrote() {
        List<SummaryRow> stages = county().breakdown(SummaryFilter.NONE, Dimension.STAGE);

        assertThat(stages).extracting(SummaryRow::label).containsExactly("小学", "初中", "普通高中");
        assertThat(stages.getFirst().figures().awards()).isEqualTo(4);
    }

    @Test
    void programmesDrillToSchoolsAndEveryBreakdownAddsUpToTheTotal() {
        SummaryCube cube = county();
        for (Dimension by : Dimension.values()) {
            assertThat(cube.breakdown(SummaryFilter.NONE, by).stream()
                            .map(SummaryRow::figures)
                            .reduce(Figures.NONE, Figures::plus))
                    .as(by.name())
                    .isEqualTo(cube.total());
        }
        assertThat(cube.breakdown(SummaryFilter.NONE, Dimension.PROGRAMME)
                        .getFirst()
                        .drillBy())
                .isEqualTo(Dimension.SCHOOL);
    }

    @Test
    void householdsOutsideTheScopesCountyShowAsOneRowSoTheTotalStillAddsUp() {
        SummaryCube cube = county();
        cube.add(award("430602001001", 11, "LIVING", "PRIMARY", "100.00"));

        List<SummaryRow> rows = cube.breakdown(SummaryFilter.NONE, Dimension.REGION);
        assertThat(rows.getLast().key()).isEqualTo(SummaryCube.OUTSIDE);
        assertThat(rows.getLast().label()).isEqualTo("辖区外户籍");
        assertThat(rows.stream().map(SummaryRow::figures).reduce(Figures.NONE, Figures::plus))
                .isEqualTo(cube.total());
    }

    @Test
    void aSchoolsSummaryStartsFromTheDivisionItsStudentsShare() {
        SummaryCube school = new SummaryCube(null);
        school.add(award(SANSHI_A, 11, "LIVING", "PRIMARY", "500.00"));
        school.add(award(SANSHI_B, 11, "LIVING", "PRIMARY", "500.00"));
        assertThat(school.rootRegion()).isEqualTo("430626102");

        school.add(award(ANDING_A, 11, "LIVING", "PRIMARY", "500.00"));
        assertThat(school.rootRegion()).isEqualTo("430626");
    }
}
