package com.aidloop.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.registry.People;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.StudentInput;
import com.aidloop.school.SchoolFixtures;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The run after an import looks only at the persons the import touched and writes only the
 * matches whose facts changed: an unchanged re-import writes no match row (their xmin, the
 * transaction that last wrote them, stays), the run's new / ended / stayed are right, and the
 * matches of another county's list are not even looked at. Each test imports for counties of its own.
 */
@SpringBootTest
class ScopedMatchingTests {

    static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);

    @Autowired
    ImportingDepartmentLists importing;

    @Autowired
    Matching matching;

    @Autowired
    RegistryManagement students;

    @Autowired
    SchoolManagement schools;

    @Autowired
    JdbcClient jdbc;

    SchoolView school;

    @BeforeEach
    void aSchool() {
        school = schools.open(SchoolFixtures.primarySchool("范围比对小学", People.TOWNSHIP), SchoolFixtures.county());
    }

    @Test
    void anUnchangedReimportWritesNoMatchAndCountsEverythingStayed() {
        StudentInput pupil = register("石小一");
        StudentInput child = register("石小二");
        List<List<String>> rows = List.of(row(pupil), guardian(child));
        CurrentAccount county = county();

        MatchingRun first = importAs(county, rows, AS_OF).run();
        Map<Long, String> written = versions(pupil, child);
        ListImportResult again = importAs(county, rows, AS_OF);

        assertThat(first.added()).isEqualTo(2);
        assertThat(written).hasSize(2);
        assertThat(again.run())
                .extracting(MatchingRun::added, MatchingRun::ended, MatchingRun::stayed, MatchingRun::rewritten)
                .containsExactly(0, 0, 2, 0);
        assertThat(versions(pupil, child)).as("no match row was written").isEqualTo(written);
        assertThat(recorded(again.run().id()))
                .isEqualTo(List.of(0, 0, 2, 0, again.list().id()));

        MatchingRun full = matching.run("MANUAL");
        assertThat(full.added()).isZero();
        assertThat(versions(pupil, child))
                .as("a full run leaves them untouched too")
                .isEqualTo(written);
    }

    @Test
    void aChangedListEndsTheGoneAddsTheNewAndRewritesOnlyWhatChanged() {
        StudentInput gone = register("龙小去");
        StudentInput stays = register("龙小留");
        StudentInput added = register("龙小来");
        StudentInput elsewhere = register("龙小外");
        CurrentAccount county = county();
        importAs(county(), List.of(row(elsewhere)), AS_OF);
        importAs(county, List.of(row(gone), row(stays)), AS_OF);
        Map<Long, String> before = versions(stays, elsewhere);
        Map<Long, String> otherCounty = versions(elsewhere);

        MatchingRun changed =
                importAs(county, List.of(row(stays), row(added)), AS_OF).run();

        assertThat(changed)
                .extracting(MatchingRun::added, MatchingRun::ended, MatchingRun::stayed, MatchingRun::rewritten)
                .containsExactly(1, 1, 1, 0);
        assertThat(versions(stays, elsewhere)).isEqualTo(before);
        assertThat(open(gone)).isZero();
        assertThat(open(added)).isEqualTo(1);

        MatchingRun later = importAs(county, List.of(row(stays), row(added)), AS_OF.plusDays(15))
                .run();

        assertThat(later)
                .extracting(MatchingRun::added, MatchingRun::ended, MatchingRun::stayed, MatchingRun::rewritten)
                .containsExactly(0, 0, 2, 2);
        assertThat(versions(elsewhere))
                .as("another county's match is not looked at")
                .isEqualTo(otherCounty);
        assertThat(jdbc.sql("SELECT as_of FROM comparison_match WHERE student_id = :id AND ended_on IS NULL")
                        .param("id", id(stays))
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(AS_OF.plusDays(15));
    }

    @Test
    void aPersonOnTwoListsStaysWhenOneOfThemDropsThemAndEndsWhenBothHave() {
        StudentInput both = register("贺双单");
        CurrentAccount county = county();
        // found on the later list (城乡低保), which names the same category and facts
        importAs(county, "EXTREME_POVERTY", List.of(row(both, "特困供养")), AS_OF);
        importAs(county, "SUBSISTENCE_ALLOWANCE", List.of(row(both, "特困供养")), AS_OF);
        StudentInput nobody = register("贺无关");

        MatchingRun dropped = importAs(county, "SUBSISTENCE_ALLOWANCE", List.of(row(nobody)), AS_OF)
                .run();
        assertThat(dropped.ended()).isZero();
        assertThat(open(both)).isEqualTo(1);

        MatchingRun droppedToo = importAs(county, "EXTREME_POVERTY", List.of(row(nobody, "特困供养")), AS_OF)
                .run();
        assertThat(droppedToo.ended()).isEqualTo(1);
        assertThat(open(both)).isZero();
    }

    private ListImportResult importAs(CurrentAccount county, List<List<String>> rows, LocalDate asOf) {
        return importAs(county, "SUBSISTENCE_ALLOWANCE", rows, asOf);
    }

    private ListImportResult importAs(CurrentAccount county, String type, List<List<String>> rows, LocalDate asOf) {
        return importing.submit(
                ListFiles.upload(ListFiles.csv(List.of("姓名", "身份证号码", "类别"), rows), "list.csv"),
                new ListUpload(type, "县民政局", asOf, ColumnMapping.none()),
                county);
    }

    /** Each open or ended match of the students, by id, with the transaction that last wrote it. */
    private Map<Long, String> versions(StudentInput... inputs) {
        List<Long> ids = new ArrayList<>();
        for (StudentInput input : inputs) {
            ids.add(id(input));
        }
        return jdbc
                .sql("SELECT id, CAST(xmin AS TEXT) AS x FROM comparison_match WHERE student_id IN (:ids)")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong("id"), rs.getString("x")))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private List<Object> recorded(long run) {
        return jdbc.sql("SELECT new_count, ended_count, stayed_count, rewritten_count, list_id FROM comparison_run"
                        + " WHERE id = :run")
                .param("run", run)
                .query((rs, n) ->
                        List.<Object>of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getLong(5)))
                .single();
    }

    private int open(StudentInput input) {
        return jdbc.sql("SELECT count(*) FROM comparison_match WHERE student_id = :id AND ended_on IS NULL")
                .param("id", id(input))
                .query(Integer.class)
                .single();
    }

    private static List<String> row(StudentInput pupil) {
        return row(pupil, "城乡低保");
    }

    private static List<String> row(StudentInput pupil, String category) {
        return List.of(pupil.name(), pupil.idNumber(), category);
    }

    private static List<String> guardian(StudentInput pupil) {
        var father = pupil.household().getFirst();
        return List.of(father.name(), father.idNumber(), "城乡低保");
    }

    private StudentInput register(String name) {
        StudentInput input = People.pupil(name, school.id());
        students.register(input, SchoolFixtures.county());
        return input;
    }

    private long id(StudentInput input) {
        return students.findByIdNumber(input.idNumber(), SchoolFixtures.county())
                .orElseThrow()
                .id();
    }

    private static CurrentAccount county() {
        return ListFiles.countyStaff(
                String.valueOf(500_000 + ThreadLocalRandom.current().nextInt(400_000)));
    }
}
