package com.aidloop.registry;

import com.aidloop.registry.persistence.StudentStore;
import com.aidloop.school.SchoolRelocated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps the school township stored beside each student in step when a school moves. */
@Component
class SchoolRelocations {

    private final StudentStore store;

    SchoolRelocations(StudentStore store) {
        this.store = store;
    }

    @ApplicationModuleListener
    void on(SchoolRelocated relocated) {
        store.relocateSchool(relocated.schoolId(), relocated.townshipCode());
    }
}
