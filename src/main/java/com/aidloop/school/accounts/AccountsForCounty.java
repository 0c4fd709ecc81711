package com.aidloop.school.accounts;

import com.aidloop.iam.BulkAccounts.Wanted;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.Role;
import com.aidloop.region.Region;
import com.aidloop.region.RegionManagement;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.InvalidValue;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Which accounts a county needs: one school account (学校资助专干, username the school code) per
 * school, one township reviewer (username xz + township code) per township, one village reviewer
 * (username cun + village code) per village of a township or of the whole county; and which
 * schools an account bulk disable of school accounts covers.
 */
@Component
public class AccountsForCounty {

    /** Whom the batch is for. */
    public enum Kind {
        SCHOOLS("各学校资助专干", Role.SCHOOL_STAFF),
        TOWNSHIPS("各乡镇审核员", Role.TOWNSHIP_REVIEWER),
        VILLAGES("各村级审核员", Role.VILLAGE_REVIEWER);

        private final String label;
        private final Role role;

        Kind(String label, Role role) {
            this.label = label;
            this.role = role;
        }

        public String label() {
            return label;
        }

        public Role role() {
            return role;
        }
    }

    private final SchoolManagement schools;
    private final RegionManagement regions;

    AccountsForCounty(SchoolManagement schools, RegionManagement regions) {
        this.schools = schools;
        this.regions = regions;
    }

    /**
     * @param region a 6-digit county, or for villages also a 9-digit township
     * @throws InvalidValue when the code is no county (or township) of the tree
     */
    public List<Wanted> wanted(Kind kind, String region) {
        String code = region == null ? "" : region.strip();
        Region found = regions.find(code)
                .filter(r ->
                        r.code().equals(code) && (code.length() == 6 || kind == Kind.VILLAGES && code.length() == 9))
                .orElseThrow(() -> new InvalidValue("accountBatch.region", code));
        List<Wanted> wanted = new ArrayList<>();
        switch (kind) {
            case SCHOOLS -> {
                for (SchoolView s : schoolsOf(found.code())) {
                    wanted.add(new Wanted(s.code(), s.name() + "资助专干", Role.SCHOOL_STAFF, null, s.id()));
                }
            }
            case TOWNSHIPS -> {
                for (Region t : regions.children(found.code())) {
                    wanted.add(new Wanted("xz" + t.code(), t.name() + "审核员", Role.TOWNSHIP_REVIEWER, t.code(), null));
                }
            }
            case VILLAGES -> {
                List<Region> townships = code.length() == 9 ? List.of(found) : regions.children(found.code());
                for (Region t : townships) {
                    for (Region v : regions.children(t.code())) {
                        wanted.add(new Wanted(
                                "cun" + v.code(), t.name() + v.name() + "审核员", Role.VILLAGE_REVIEWER, v.code(), null));
                    }
                }
            }
        }
        return wanted;
    }

    /** The schools standing in a region (county or township), for school accounts. */
    public List<SchoolView> schoolsOf(String region) {
        return schools.choices(DataScope.region(region));
    }

    public String nameOf(String region) {
        return regions.fullName(region);
    }
}
