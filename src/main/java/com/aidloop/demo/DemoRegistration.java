package com.aidloop.demo;

import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.AidCentres;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.Role;
import com.aidloop.region.Region;
import com.aidloop.region.RegionManagement;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.StudentInput;
import com.aidloop.school.SchoolInput;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The demo county's people: its villages, schools and generated students registered through
 * the modules that own them, and the demo accounts (one per role, all with {@link #DEMO_PASSWORD}).
 */
@Component
class DemoRegistration {

    /** The password of every demo account, listed in the README. */
    static final String DEMO_PASSWORD = "Pingjiang@2026";

    private static final DataScope COUNTY = DataScope.region(DemoCounty.CODE);
    private static final int CHUNK = 1_000;
    private static final String COUNTY_STAFF_NAME = "李芳";
    private static final String CENTRE_NAME = "平江县学生资助管理中心";
    private static final String CENTRE_HEAD = "周国平";

    private final RegionManagement regions;
    private final SchoolManagement schools;
    private final RegistryManagement registry;
    private final AccountManagement accounts;
    private final AidCentres centres;
    private final int studentTarget;

    DemoRegistration(
            RegionManagement regions,
            SchoolManagement schools,
            RegistryManagement registry,
            AccountManagement accounts,
            AidCentres centres,
            @Value("${aidloop.demo.students:5000}") int studentTarget) {
        this.regions = regions;
        this.schools = schools;
        this.registry = registry;
        this.accounts = accounts;
        this.centres = centres;
        this.studentTarget = studentTarget;
    }

    /**
     * The students just registered, school by school, the county aid centre's account, and the
     * accounts of the school aid staff by school code.
     */
    record Registered(
            List<DemoRoster.SchoolStudents> schools,
            CurrentAccount county,
            Map<String, CurrentAccount> schoolStaff,
            Map<String, Long> schoolIds) {
        int count() {
            return schools.stream().mapToInt(s -> s.students().size()).sum();
        }
    }

    /** Registers the county's schools and students, and opens the demo accounts. */
    Registered register(int autumnYear, LocalDate today) {
        regions.loadVillages(DemoCounty.CODE);
        List<String> townships =
                regions.children(DemoCounty.CODE).stream().map(Region::code).toList();
        Map<String, List<String>> villages = new HashMap<>();
        DemoStudents.VillagesOf villagesOf = township -> villages.computeIfAbsent(
                township, t -> regions.children(t).stream().map(Region::code).toList());
        DemoStudents generator = new DemoStudents(new DemoPeople(20261127L), autumnYear, today);
        Map<String, Long> schoolIds = new HashMap<>();
        List<DemoRoster.SchoolStudents> registered = new ArrayList<>();
        for (DemoCounty.PlannedSchool planned : DemoCounty.SCHOOLS) {
            SchoolView school = schools.open(
                    new SchoolInput(
                            planned.code(),
                            planned.name(),
                            planned.stages().stream().map(Enum::name).toList(),
                            planned.privateSchool() ? "PRIVATE" : "PUBLIC",
                            planned.townshipCode()),
                    COUNTY);
            schoolIds.put(planned.code(), school.id());
            boolean countySeat = planned.townshipCode().startsWith(DemoCounty.CODE + "0");
            int count =
                    Math.max(1, Math.round((float) planned.students() * studentTarget / DemoCounty.plannedStudents()));
            List<StudentInput> students = generator.forSchool(
                    school.id(),
                    planned.stages(),
                    count,
                    countySeat ? townships : List.of(planned.townshipCode()),
                    villagesOf);
            for (int from = 0; from < students.size(); from += CHUNK) {
                registry.registerAll(students.subList(from, Math.min(from + CHUNK, students.size())), COUNTY);
            }
            registered.add(new DemoRoster.SchoolStudents(planned, students));
        }
        Map<String, CurrentAccount> staff = new HashMap<>();
        long county =
                createAccounts(schoolIds, villagesOf.of(DemoCounty.SANSHI_TOWN).getFirst(), staff);
        CurrentAccount countyStaff = new CurrentAccount(
                county, "county", COUNTY_STAFF_NAME, Set.of(Role.COUNTY_STAFF), DemoCounty.CODE, null);
        if (centres.of(DemoCounty.CODE).isEmpty()) {
            centres.save(CENTRE_NAME, CENTRE_HEAD, countyStaff);
        }
        return new Registered(registered, countyStaff, Map.copyOf(staff), Map.copyOf(schoolIds));
    }

    /** Creates the demo accounts and answers the id of {@code county}; the school staff go into {@code staff}. */
    private long createAccounts(Map<String, Long> schoolIds, String village, Map<String, CurrentAccount> staff) {
        account("sysadmin", "周志强", Role.SYSTEM_ADMIN, null, null);
        account("secadmin", "孙丽", Role.SECURITY_ADMIN, null, null);
        account("auditor", "吴刚", Role.AUDIT_ADMIN, null, null);
        long county = account("county", COUNTY_STAFF_NAME, Role.COUNTY_STAFF, DemoCounty.CODE, null);
        account("county2", "王建国", Role.COUNTY_STAFF, DemoCounty.CODE, null);
        account("township", "陈静", Role.TOWNSHIP_REVIEWER, DemoCounty.SANSHI_TOWN, null);
        account("village", "刘明", Role.VILLAGE_REVIEWER, village, null);
        schoolStaff(staff, "school", "张敏", "2143062611", schoolIds);
        schoolStaff(staff, "school2", "赵磊", "2143062612", schoolIds);
        schoolStaff(staff, "school3", "李华", "2143062601", schoolIds);
        return county;
    }

    private void schoolStaff(
            Map<String, CurrentAccount> staff, String username, String name, String code, Map<String, Long> ids) {
        long id = account(username, name, Role.SCHOOL_STAFF, null, ids.get(code));
        staff.put(code, new CurrentAccount(id, username, name, Set.of(Role.SCHOOL_STAFF), null, ids.get(code)));
    }

    private long account(String username, String displayName, Role role, String regionCode, Long schoolId) {
        return accounts.ensureDemoAccount(username, displayName, EnumSet.of(role), regionCode, schoolId, DEMO_PASSWORD);
    }
}
