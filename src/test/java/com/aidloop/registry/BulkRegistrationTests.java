package com.aidloop.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aidloop.iam.DataScope;
import com.aidloop.school.SchoolFixtures;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Paging;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class BulkRegistrationTests {

    @Autowired
    RegistryManagement registry;

    @Autowired
    SchoolManagement schools;

    @Test
    void loadsFiveThousandStudentsWithHouseholdsAndCardsInSeconds() {
        DataScope county = SchoolFixtures.county();
        SchoolView school = schools.open(SchoolFixtures.primarySchool("南江镇中心小学", People.TOWNSHIP), county);
        List<StudentInput> inputs = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            inputs.add(People.pupil("李明", school.id()));
        }

        long start = System.nanoTime();
        List<Long> ids = registry.registerAll(inputs, county);
        long millis = (System.nanoTime() - start) / 1_000_000;

        System.out.printf("registerAll: 5000 students, 10000 members in %d ms%n", millis);
        assertThat(ids).hasSize(5_000).doesNotHaveDuplicates();
        assertThat(millis).isLessThan(20_000);
        assertThat(registry.search(StudentSearch.ofSchool(school.id()), county, Paging.first())
                        .totalElements())
                .isEqualTo(5_000);
        StudentView last = registry.find(ids.get(4_999), county).orElseThrow();
        assertThat(last.household()).hasSize(2);
        assertThat(registry.findByIdNumber(inputs.get(4_999).idNumber(), county))
                .map(StudentView::id)
                .contains(ids.get(4_999));
    }

    @Test
    void refusesTheWholeListNamingTheRowsThatAreWrong() {
        DataScope county = SchoolFixtures.county();
        SchoolView school = schools.open(SchoolFixtures.primarySchool("南江镇中心小学", People.TOWNSHIP), county);
        StudentInput first = People.pupil("李明", school.id());
        StudentInput twin = People.pupil("李亮", school.id(), first.idNumber(), People.TOWNSHIP, null);
        StudentInput nameless = People.pupil("", school.id());

        assertThatThrownBy(() -> registry.registerAll(List.of(first, twin, nameless), county))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.code())
                        .containsExactly(
                                "rows[1].idNumber:student.bulk.duplicateRow", "rows[2].name:student.name.required"));
        assertThat(registry.search(StudentSearch.ofSchool(school.id()), county, Paging.first())
                        .totalElements())
                .isZero();
        assertThatThrownBy(() -> registry.registerAll(
                        List.of(People.pupil("李明", school.id())), DataScope.school(school.id() + 1)))
                .isInstanceOf(InvalidInput.class);
    }
}
