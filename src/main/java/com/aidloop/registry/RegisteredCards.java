package com.aidloop.registry;

import com.aidloop.iam.DataScope;
import com.aidloop.registry.persistence.StudentStore;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The aid cards on students' records, for a roster row that leaves 资助卡号 blank: the award then
 * carries the card the registry holds. Only a student the caller's scope covers lends a card.
 */
@Service
public class RegisteredCards {

    private final StudentStore store;

    RegisteredCards(StudentStore store) {
        this.store = store;
    }

    /** The card of the student registered under this normalised ID number (compact, upper case). */
    @Transactional(readOnly = true)
    public Optional<RegisteredCard> of(String normalizedIdNumber, DataScope scope) {
        return store.cardOf(normalizedIdNumber)
                .filter(c -> scope.coversStudent(c.schoolId(), c.schoolTownshipCode(), c.householdRegionCode()))
                .map(c -> new RegisteredCard(c.bank(), c.number()));
    }
}
