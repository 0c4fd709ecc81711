package com.aidloop.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.iam.DataScope;
import com.aidloop.registry.IdNumberAlreadyRegistered;
import com.aidloop.registry.domain.DuplicateRegistrationPolicy.ExistingRegistration;
import org.junit.jupiter.api.Test;

class DuplicateRegistrationPolicyTests {

    /** 李明 studies at school 5 in 南江镇 (430626107) and is registered in 安定镇河圳村 (430626101203). */
    private final ExistingRegistration liMing = new ExistingRegistration(42, "李明", 5, "430626107", "430626101203");

    @Test
    void pointsToTheExistingStudentWhenTheCallerMaySeeIt() {
        IdNumberAlreadyRegistered refusal = DuplicateRegistrationPolicy.refusal(liMing, DataScope.school(5));

        assertThat(refusal.existingStudentId()).contains(42L);
        assertThat(refusal.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("idNumber");
            assertThat(p.code()).isEqualTo("student.idNumber.registeredVisible");
            assertThat(p.args()).containsExactly("李明");
        });
    }

    @Test
    void aRegionAccountSeesStudentsOfItsSchoolsAndOfItsHouseholds() {
        assertThat(DuplicateRegistrationPolicy.refusal(liMing, DataScope.region("430626"))
                        .existingStudentId())
                .contains(42L);
        assertThat(DuplicateRegistrationPolicy.refusal(liMing, DataScope.region("430626107"))
                        .existingStudentId())
                .contains(42L);
        assertThat(DuplicateRegistrationPolicy.refusal(liMing, DataScope.region("430626101203"))
                        .existingStudentId())
                .contains(42L);
    }

    @Test
    void saysNothingAboutWhereWhenTheCallerMayNotSeeIt() {
        for (DataScope stranger : new DataScope[] {
            DataScope.school(6), DataScope.region("430624"), DataScope.region("430626102"), DataScope.nothing()
        }) {
            IdNumberAlreadyRegistered refusal = DuplicateRegistrationPolicy.refusal(liMing, stranger);

            assertThat(refusal.existingStudentId()).isEmpty();
            assertThat(refusal.problems()).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo("student.idNumber.registered");
                assertThat(p.args()).isEmpty();
            });
        }
    }
}
