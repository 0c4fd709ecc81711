package com.aidloop.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.iam.DataScope;
import com.aidloop.region.RegionManagement;
import com.aidloop.school.SchoolFixtures;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Paging;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class RegistryManagementTests {

    @Autowired
    RegistryManagement registry;

    @Autowired
    SchoolManagement schools;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegionManagement regions;

    SchoolView schoolA;
    SchoolView schoolB;
    DataScope county = SchoolFixtures.county();

    @BeforeEach
    void twoSchoolsInOneTownship() {
        schoolA = schools.open(SchoolFixtures.primarySchool("南江镇中心小学", People.TOWNSHIP), county);
        schoolB = schools.open(SchoolFixtures.primarySchool("南江镇第二小学", People.TOWNSHIP), county);
    }

    @Test
    void registersAPupilAndShowsItMasked() {
        StudentInput input = People.pupil("李明", schoolA.id());

        StudentView student = registry.register(input, DataScope.school(schoolA.id()));

        String id = input.idNumber();
        assertThat(student.idNumberMasked()).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
        assertThat(student.schoolName()).isEqualTo("南江镇中心小学");
        assertThat(student.household()).extracting(StudentView.MemberView::name).containsExactly("李建国", "王秀英");
        assertThat(student.household().get(0).phoneMasked()).matches("139\\*{4}\\d{4}");
        assertThat(student.household().get(0).incomeMasked()).isEqualTo("******");
        assertThat(student.aidCard().cardNumberMasked())
                .endsWith(input.aidCard().cardNumber().substring(15))
                .startsWith("*");
        assertThat(student.version()).isZero();
    }

    @Test
    void theDatabaseHoldsNoPlainIdNumberCardNumberOrPhone() {
        StudentInput input = People.pupil("李明", schoolA.id());
        long id = registry.register(input, county).id();

        String studentRow = jdbc.sql("SELECT s::text FROM registry_student s WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        String memberRows = String.join(
                "\n",
                jdbc.sql("SELECT m::text FROM registry_household_member m WHERE student_id = :id")
                        .param("id", id)
                        .query(String.class)
                        .list());
        var father = input.household().get(0);

        assertThat(studentRow)
                .doesNotContain(input.idNumber())
                .doesNotContain(input.aidCard().cardNumber())
                .contains("a1:");
        assertThat(memberRows)
                .doesNotContain(father.idNumber())
                .doesNotContain(father.phone())
                .doesNotContain(input.household().get(1).idNumber())
                .doesNotContain("36000")
                .doesNotContain("慢性病");
        Map<String, Object> raw = jdbc.sql(
                        "SELECT id_number_sealed, id_number_masked FROM registry_student WHERE id = :id")
                .param("id", id)
                .query()
                .singleRow();
        assertThat((String) raw.get("id_number_sealed")).startsWith("a1:");
        assertThat(raw.get("id_number_masked"))
                .isEqualTo(input.idNumber().substring(0, 6) + "********"
                        + input.idNumber().substring(14));
    }

    @Test
    void findsAStudentByTheFullIdNumberThroughTheBlindIndex() {
        StudentInput input = People.pupil("李明", schoolA.id());
        long id = registry.register(input, county).id();

        assertThat(registry.findByIdNumber(input.idNumber().toLowerCase(), county))
                .map(StudentView::id)
                .contains(id);
        assertThat(registry.findByIdNumber(input.idNumber(), DataScope.school(schoolB.id())))
                .isEmpty();
        assertThat(registry.search(
                                new StudentSearch(input.idNumber(), null, null, null, null, null),
                                county,
                                Paging.first())
                        .content())
                .extracting(StudentRow::id)
                .containsExactly(id);
    }

    @Test
    void refusesASecondStudentWithTheSameIdNumberPointingToItForThoseWhoMaySeeIt() {
        StudentInput first = People.pupil("李明", schoolA.id());
        long id = registry.register(first, county).id();
        StudentInput again = People.pupil("李小明", schoolB.id(), first.idNumber(), People.TOWNSHIP, null);

        assertThatThrownBy(() -> registry.register(again, county))
                .isInstanceOfSatisfying(IdNumberAlreadyRegistered.class, e -> {
                    assertThat(e.existingStudentId()).contains(id);
                    assertThat(e.problems().get(0).args()).containsExactly("李明");
                });
        assertThatThrownBy(() -> registry.register(again, DataScope.school(schoolB.id())))
                .isInstanceOfSatisfying(IdNumberAlreadyRegistered.class, e -> {
                    assertThat(e.existingStudentId()).isEmpty();
                    assertThat(e.problems().get(0).code()).isEqualTo("student.idNumber.registered");
                });
        assertThat(registry.search(StudentSearch.ofSchool(schoolB.id()), county, Paging.first())
                        .totalElements())
                .isZero();
    }

    @Test
    void schoolStaffSeeTheirOwnSchoolOnly() {
        long a = registry.register(People.pupil("李明", schoolA.id()), county).id();
        long b = registry.register(People.pupil("张伟", schoolB.id()), county).id();

        assertThat(registry.find(a, DataScope.school(schoolA.id()))).isPresent();
        assertThat(registry.find(b, DataScope.school(schoolA.id()))).isEmpty();
        assertThat(idsIn(DataScope.school(schoolA.id()), schoolB.id())).isEmpty();
        assertThat(idsIn(DataScope.school(schoolA.id()), schoolA.id())).containsExactly(a);
    }

    @Test
    void regionAccountsSeeStudentsWhoseSchoolOrHouseholdLiesInTheirRegion() {
        SchoolView elsewhere = schools.open(
                SchoolFixtures.primarySchool("湘阴县城西小学", SchoolFixtures.OTHER_COUNTY_TOWNSHIP),
                SchoolFixtures.otherCounty());
        long commuter = registry.register(
                        People.pupil("王芳", elsewhere.id(), People.childId(false), People.TOWNSHIP, People.VILLAGE),
                        SchoolFixtures.otherCounty())
                .id();
        long local = registry.register(
                        People.pupil(
                                "刘洋", schoolA.id(), People.childId(true), People.OTHER_TOWNSHIP, People.OTHER_VILLAGE),
                        county)
                .id();

        DataScope township = DataScope.region(People.TOWNSHIP);
        assertThat(registry.find(commuter, township))
                .as("household in the township")
                .isPresent();
        assertThat(registry.find(local, township)).as("school in the township").isPresent();
        assertThat(registry.find(commuter, county)).isPresent();
        assertThat(registry.find(local, SchoolFixtures.otherCounty())).isEmpty();
        assertThat(idsIn(SchoolFixtures.otherCounty(), schoolA.id())).isEmpty();
    }

    @Test
    void aVillageReviewerSeesTheStudentsOfTheirVillageOnly() {
        long ours = registry.register(People.pupil("李明", schoolA.id()), county).id();
        long theirs = registry.register(
                        People.pupil(
                                "刘洋", schoolA.id(), People.childId(true), People.OTHER_TOWNSHIP, People.OTHER_VILLAGE),
                        county)
                .id();
        long townshipOnly = registry.register(
                        People.pupil("陈静", schoolA.id(), People.childId(false), People.TOWNSHIP, null), county)
                .id();

        DataScope village = DataScope.region(People.VILLAGE);
        assertThat(idsIn(village, schoolA.id())).contains(ours).doesNotContain(theirs, townshipOnly);
        assertThat(registry.find(theirs, village)).isEmpty();
        assertThat(registry.find(ours, DataScope.nothing())).isEmpty();
        assertThat(registry.search(StudentSearch.any(), DataScope.nothing(), Paging.first())
                        .totalElements())
                .isZero();
    }

    @Test
    void searchesByNameMaskedFragmentSchoolTownshipAndVillage() {
        String id = People.childId(true);
        long liMing = registry.register(People.pupil("李明", schoolA.id(), id, People.TOWNSHIP, People.VILLAGE), county)
                .id();
        long zhang = registry.register(
                        People.pupil("张明亮", schoolA.id(), People.childId(true), People.OTHER_TOWNSHIP, null), county)
                .id();
        Long school = schoolA.id();

        assertThat(ids(new StudentSearch("明", null, school, null, null, null))).containsExactly(liMing, zhang);
        assertThat(ids(new StudentSearch("李", null, school, null, null, null))).containsExactly(liMing);
        assertThat(ids(new StudentSearch(null, id.substring(14), school, null, null, null)))
                .containsExactly(liMing);
        assertThat(ids(new StudentSearch(
                        id.substring(0, 6) + "********" + id.substring(14), null, school, null, null, null)))
                .containsExactly(liMing);
        assertThat(ids(new StudentSearch("430624", null, school, null, null, null)))
                .containsExactly(liMing, zhang);
        assertThat(ids(new StudentSearch(null, null, school, People.OTHER_TOWNSHIP, null, null)))
                .containsExactly(zhang);
        assertThat(ids(new StudentSearch(null, null, school, null, People.VILLAGE, null)))
                .containsExactly(liMing);
        assertThat(ids(new StudentSearch(null, null, school, null, null, People.OTHER_TOWNSHIP)))
                .containsExactly(zhang);
    }

    @Test
    void countsAllMatchesAndReturnsTheAskedPage() {
        for (int i = 0; i < 12; i++) {
            registry.register(People.pupil("李明", schoolB.id()), county);
        }

        var second = registry.search(StudentSearch.ofSchool(schoolB.id()), county, new Paging(2, 10));

        assertThat(second.totalElements()).isEqualTo(12);
        assertThat(second.content()).hasSize(2).allSatisfy(row -> assertThat(row.schoolName())
                .isEqualTo("南江镇第二小学"));
    }

    @Test
    void schoolStaffRegisterStudentsInTheirOwnSchoolOnly() {
        assertThatThrownBy(() -> registry.register(People.pupil("李明", schoolB.id()), DataScope.school(schoolA.id())))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.code())
                        .containsExactly("schoolId:student.school.outsideScope"));
        assertThatThrownBy(() -> registry.register(People.pupil("李明", schoolA.id()), SchoolFixtures.otherCounty()))
                .isInstanceOf(InvalidInput.class);
    }

    private List<Long> idsIn(DataScope scope, long schoolId) {
        return registry.search(StudentSearch.ofSchool(schoolId), scope, new Paging(1, 100)).content().stream()
                .map(StudentRow::id)
                .toList();
    }

    private List<Long> ids(StudentSearch search) {
        return registry.search(search, county, new Paging(1, 100)).content().stream()
                .map(StudentRow::id)
                .toList();
    }

    @Test
    void householdDivisionsMustExistAndAreShownByName() {
        regions.loadVillages(SchoolFixtures.COUNTY);
        StudentInput nowhere = People.pupil("李明", schoolA.id(), People.childId(true), "430626999", null);
        StudentInput noSuchVillage =
                People.pupil("李明", schoolA.id(), People.childId(true), People.TOWNSHIP, "430626107999");

        assertThatThrownBy(() -> registry.register(nowhere, county))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.code())
                        .containsExactly("householdTownship:student.householdTownship.unknown"));
        assertThatThrownBy(() -> registry.register(noSuchVillage, county))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.code())
                        .containsExactly("householdVillage:student.householdVillage.unknown"));

        StudentView student = registry.register(People.pupil("李明", schoolA.id()), county);
        assertThat(student.householdTownshipName()).isEqualTo("南江镇");
        assertThat(student.householdVillageName()).isEqualTo("大湾村民委员会");
        assertThat(registry.search(StudentSearch.ofSchool(schoolA.id()), county, Paging.first())
                        .content())
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.householdTownshipName()).isEqualTo("南江镇");
                    assertThat(row.householdVillageName()).isEqualTo("大湾村民委员会");
                });
    }
}
