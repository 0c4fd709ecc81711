package com.aidloop.disbursement.progress;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.CurrentAccounts;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.Permission;
import com.aidloop.region.Region;
import com.aidloop.region.RegionManagement;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.Term;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The scope in which the logged-in reader sees payouts (PAYOUT_VIEW, else 403), narrowed to a
 * division of it when asked (a division outside it is 404), and the names pages print for it.
 */
@Component
public class PayoutScopes {

    private static final int EARLIER_TERMS = 6;

    private final CurrentAccounts accounts;
    private final RegionManagement regions;
    private final SchoolManagement schools;

    PayoutScopes(CurrentAccounts accounts, RegionManagement regions, SchoolManagement schools) {
        this.accounts = accounts;
        this.regions = regions;
        this.schools = schools;
    }

    public DataScope of(String region) {
        CurrentAccount account = accounts.current();
        DataScope scope = account.scope();
        if (!account.may(Permission.PAYOUT_VIEW) || scope.isNothing()) {
            throw new AccessDeniedException("may not read payouts");
        }
        if (region == null || region.isBlank()) {
            return scope;
        }
        String code = region.strip();
        if (scope.regionPrefix() == null
                || !code.startsWith(scope.regionPrefix())
                || regions.find(code).isEmpty()) {
            throw new PayoutNotFound("region " + code);
        }
        return DataScope.region(code);
    }

    /** The division or school a document of the scope is about, e.g. 平江县 or 平江县三市镇中心小学. */
    public String unitName(DataScope scope) {
        if (scope.schoolId() != null) {
            return schools.byId(scope.schoolId()).map(SchoolView::name).orElse("");
        }
        return regions.find(scope.regionPrefix()).map(Region::name).orElse(scope.regionPrefix());
    }

    /** The divisions one level below the reader's own region, for the tree beside a list. */
    public List<Region> divisions() {
        DataScope own = accounts.current().scope();
        return own.regionPrefix() == null ? List.of() : regions.children(own.regionPrefix());
    }

    /** A township (乡镇) a school lies in, by code and name. */
    public record Township(String code, String name) {}

    /** The township of each school, in two queries (schools, then division names). */
    public Map<Long, Township> townships(Collection<Long> schoolIds) {
        Map<Long, SchoolView> found = schools.byIds(schoolIds);
        Map<String, String> names = regions.namesOf(found.values().stream()
                .map(SchoolView::townshipCode)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
        Map<Long, Township> townships = new HashMap<>();
        found.forEach((id, school) -> {
            String code = school.townshipCode() == null ? "" : school.townshipCode();
            townships.put(id, new Township(code, names.getOrDefault(code, code.isEmpty() ? "未知乡镇" : code)));
        });
        return townships;
    }

    /** The term asked for, else the one running today. */
    public static Term termOr(String raw, LocalDate today) {
        return raw == null || raw.isBlank() ? Term.of(today) : Term.parse(raw);
    }

    /** The term after today's, today's and a few before, plus the chosen one; latest first. */
    public static List<Term> choices(Term chosen, LocalDate today) {
        return Term.of(today).around(EARLIER_TERMS, 1, chosen);
    }
}
