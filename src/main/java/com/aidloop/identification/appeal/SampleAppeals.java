package com.aidloop.identification.appeal;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.FamilyActor;
import com.aidloop.identification.application.ApplicationReach;
import com.aidloop.identification.application.Applications;
import com.aidloop.identification.application.FamilyApplicant;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * A sample appeal for the demo county: the family of the county's first finally decided
 * application of the school year refused as 不困难 appeals it, and the appeal waits for the
 * county. Once: when the county has any appeal, nothing is done.
 */
@Service
public class SampleAppeals {

    static final String GROUNDS = "孩子父亲今年8月因病住院，家里的积蓄都用于治疗，母亲在家照顾，没有收入；申请时病历还没有拿到，现已补齐，请求重新认定。";

    private final AppealStore store;
    private final ApplicationReach reach;
    private final FamilyAppeals family;

    SampleAppeals(AppealStore store, ApplicationReach reach, FamilyAppeals family) {
        this.store = store;
        this.reach = reach;
        this.family = family;
    }

    /** Lodges one appeal in the county unless it has one; answers whether it did. */
    public boolean lodgeOnce(CurrentAccount countyStaff) {
        if (store.counts(reach.of(countyStaff)).values().stream().anyMatch(n -> n > 0)) {
            return false;
        }
        return store.refusedWithoutAppeal(reach.of(countyStaff), Applications.currentSchoolYear())
                .map(refused -> {
                    FamilyApplicant guardian = new FamilyApplicant(
                            Set.of(refused[1]), new FamilyActor(FamilyActor.Kind.GUARDIAN, "139****2046"));
                    family.lodge(refused[0], GROUNDS, guardian);
                    return true;
                })
                .orElse(false);
    }
}
