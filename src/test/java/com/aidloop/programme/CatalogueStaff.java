package com.aidloop.programme;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.shared.Term;
import java.util.Set;

/**
 * The accounts that keep the catalogue in tests: two county staff of 平江县 (430626), so that one
 * proposes and the other approves; county staff of 岳阳县 (430621), another county of the same
 * province; and two province staff of 湖南省 (43).
 */
public final class CatalogueStaff {

    public static final CurrentAccount COUNTY = account(-1, "county", Role.COUNTY_STAFF, "430626");
    public static final CurrentAccount COUNTY2 = account(-2, "county2", Role.COUNTY_STAFF, "430626");
    public static final CurrentAccount YUEYANG = account(-3, "yueyang", Role.COUNTY_STAFF, "430621");
    public static final CurrentAccount YUEYANG2 = account(-4, "yueyang2", Role.COUNTY_STAFF, "430621");
    public static final CurrentAccount PROVINCE = account(-5, "province", Role.PROVINCE_STAFF, "43");
    public static final CurrentAccount PROVINCE2 = account(-6, "province2", Role.PROVINCE_STAFF, "43");

    private CatalogueStaff() {}

    private static CurrentAccount account(long id, String username, Role role, String region) {
        return new CurrentAccount(id, username, "测试" + role.label(), Set.of(role), region, null);
    }

    /** Records standards the way staff do: one account proposes, a second approves. */
    public record TwoPeople(CatalogueChanges changes, CatalogueApprovals approvals, ProgrammeCatalogue catalogue) {

        /** A standard of a 平江县 programme, proposed by {@link #COUNTY} and approved by {@link #COUNTY2}. */
        public Standard record(String code, int version, StandardInput input) {
            return record(code, version, input, COUNTY, COUNTY2);
        }

        /** A standard proposed by one account and approved by another, as it stands recorded then. */
        public Standard record(
                String code, int version, StandardInput input, CurrentAccount proposer, CurrentAccount approver) {
            CatalogueChangeView proposed = changes.proposeStandard(code, version, input, proposer);
            approvals.approve(proposed.id(), approver);
            Term from = proposed.validFrom();
            return catalogue.detail(code, proposer.scope()).orElseThrow().history().stream()
                    .filter(s -> !s.isSuperseded()
                            && s.tier().code().equals(proposed.tier().code())
                            && s.validFrom().equals(from))
                    .findFirst()
                    .orElseThrow();
        }

        /** The programme's version now, to propose the next standard from. */
        public int version(String code) {
            return catalogue
                    .detail(code, COUNTY.scope())
                    .orElseThrow()
                    .programme()
                    .version();
        }
    }
}
