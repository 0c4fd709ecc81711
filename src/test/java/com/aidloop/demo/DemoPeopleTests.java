package com.aidloop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.shared.BankCardNumber;
import com.aidloop.shared.Gender;
import com.aidloop.shared.IdNumber;
import com.aidloop.shared.PhoneNumber;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoPeopleTests {

    @Test
    void idNumbersAreValidAndAgreeWithBirthGenderAndCounty() {
        DemoPeople people = new DemoPeople(7);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2_000; i++) {
            Gender gender = people.gender();
            LocalDate birth = people.birthDate(2008, 2020);
            IdNumber id = people.idNumber("430626", birth, gender);

            assertThat(IdNumber.parse(id.value())).isEqualTo(id);
            assertThat(id.addressCode()).isEqualTo("430626");
            assertThat(id.birthDate()).isEqualTo(birth);
            assertThat(id.gender()).isEqualTo(gender);
            assertThat(seen.add(id.value())).as("unique").isTrue();
        }
    }

    @Test
    void cardsPassLuhnAndPhonesAreMobiles() {
        DemoPeople people = new DemoPeople(7);
        for (int i = 0; i < 500; i++) {
            assertThat(new BankCardNumber(people.aidCard()).passesLuhn()).isTrue();
            assertThat(new PhoneNumber(people.mobile()).value()).hasSize(11);
        }
    }

    @Test
    void sameSeedGivesSamePeople() {
        DemoPeople a = new DemoPeople(42);
        DemoPeople b = new DemoPeople(42);
        assertThat(a.surname() + a.givenName(Gender.FEMALE) + a.aidCard())
                .isEqualTo(b.surname() + b.givenName(Gender.FEMALE) + b.aidCard());
    }
}
