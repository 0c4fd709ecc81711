package com.aidloop.workbench;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Permission;
import com.aidloop.registry.AidCardChanges;
import com.aidloop.registry.CardChangeStatus;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.StudentSearch;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolSearch;
import com.aidloop.shared.Paging;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The headline figures of the home page, counted inside the account's data scope. */
@Component
class ScopeFigures {

    /** One figure with its label and where to read more. */
    record Figure(String label, String value, String link) {}

    private static final Paging COUNT_ONLY = Paging.of(1, 10);

    private final SchoolManagement schools;
    private final RegistryManagement registry;
    private final AidCardChanges cardChanges;

    ScopeFigures(SchoolManagement schools, RegistryManagement registry, AidCardChanges cardChanges) {
        this.schools = schools;
        this.registry = registry;
        this.cardChanges = cardChanges;
    }

    List<Figure> of(CurrentAccount account) {
        List<Figure> figures = new ArrayList<>();
        if (account.may(Permission.STUDENT_VIEW)) {
            long students = registry.search(StudentSearch.any(), account.scope(), COUNT_ONLY)
                    .totalElements();
            figures.add(new Figure("学生人数", "%,d".formatted(students), "/students"));
        }
        if (account.may(Permission.SCHOOL_VIEW)) {
            long count = schools.search(SchoolSearch.any(), account.scope(), COUNT_ONLY)
                    .totalElements();
            figures.add(new Figure("学校数", "%,d".formatted(count), "/schools"));
        }
        if (account.may(Permission.AID_CARD_APPROVE)) {
            long waiting = cardChanges
                    .list(CardChangeStatus.PENDING, null, account.scope(), COUNT_ONLY)
                    .totalElements();
            figures.add(new Figure("待审核资助卡变更", "%,d".formatted(waiting), "/aid-card-changes"));
        }
        return figures;
    }
}
