package com.aidloop.demo;

import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.Role;
import com.aidloop.platform.EmbeddedDatabaseInUse;
import com.aidloop.region.Region;
import com.aidloop.region.RegionManagement;
import com.aidloop.registry.RegistryManagement;
import com.aidloop.registry.StudentInput;
import com.aidloop.school.SchoolInput;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.Term;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo county once, on a trial installation (the embedded database) or in the
 * {@code demo} profile. A production database never gets demo data or demo accounts.
 */
@Component
class DemoDataLoader {

    /** The password of every demo account, listed in the README. */
    static final String DEMO_PASSWORD = "Pingjiang@2026";

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final DataScope COUNTY = DataScope.region(DemoCounty.CODE);
    private static final int CHUNK = 1_000;
    private static final String COUNTY_STAFF_NAME = "平江县资助中心 李芳";

    private final RegionManagement regions;
    private final SchoolManagement schools;
    private final RegistryManagement registry;
    private final AccountManagement accounts;
    private final DemoAwards awards;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final boolean wanted;
    private final int studentTarget;

    DemoDataLoader(RegionManagement regions, SchoolManagement schools, RegistryManagement registry,
            AccountManagement accounts, DemoAwards awards, JdbcClient jdbc, TransactionTemplate transactions, Environment environment,
            ObjectProvider<EmbeddedDatabaseInUse> embedded, @Value("${aidloop.demo.students:5000}") int studentTarget) {
        this.regions = regions;
        this.schools = schools;
        this.registry = registry;
        this.accounts = accounts;
        this.awards = awards;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.wanted = embedded.getIfAvailable() != null || environment.acceptsProfiles(Profiles.of("demo"));
        this.studentTarget = studentTarget;
    }

    /**
     * Registers the county's students in one transaction, then imports their awards of a past term
     * through the roster import, which needs the students committed first. Only the start that
     * registered the students imports the awards: a restart finds {@code demo_load} and does nothing.
     */
    @EventListener(ApplicationReadyEvent.class)
    void loadOnce() {
        if (!wanted) {
            return;
        }
        Loaded loaded = transactions.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('aidloop-demo'))").query().singleValue();
            if (jdbc.sql("SELECT count(*) FROM demo_load").query(Long.class).single() > 0) {
                return null;
            }
            long started = System.nanoTime();
            Loaded students = load();
            jdbc.sql("INSERT INTO demo_load (county_code, students) VALUES (:county, :students)")
                    .param("county", DemoCounty.CODE)
                    .param("students", students.count())
                    .update();
            log.info("Loaded the demo county {} with {} students in {} ms", DemoCounty.CODE, students.count(),
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            return students;
        });
        if (loaded != null) {
            awards.load(loaded.schools(), autumnYear(), loaded.county());
        }
    }

    /** The students just registered, school by school, and the county aid centre's account. */
    private record Loaded(List<DemoRoster.SchoolStudents> schools, CurrentAccount county) {
        int count() {
            return schools.stream().mapToInt(s -> s.students().size()).sum();
        }
    }

    private Loaded load() {
        regions.loadVillages(DemoCounty.CODE);
        List<String> townships = regions.children(DemoCounty.CODE).stream().map(Region::code).toList();
        Map<String, List<String>> villages = new HashMap<>();
        DemoStudents.VillagesOf villagesOf = township -> villages.computeIfAbsent(township,
                t -> regions.children(t).stream().map(Region::code).toList());
        DemoStudents generator = new DemoStudents(new DemoPeople(20261127L), autumnYear());
        Map<String, Long> schoolIds = new HashMap<>();
        List<DemoRoster.SchoolStudents> registered = new ArrayList<>();
        for (DemoCounty.PlannedSchool planned : DemoCounty.SCHOOLS) {
            SchoolView school = schools.open(new SchoolInput(planned.code(), planned.name(),
                    planned.stages().stream().map(Enum::name).toList(), planned.privateSchool() ? "PRIVATE" : "PUBLIC",
                    planned.townshipCode()), COUNTY);
            schoolIds.put(planned.code(), school.id());
            boolean countySeat = planned.townshipCode().startsWith(DemoCounty.CODE + "0");
            int count = Math.max(1, Math.round((float) planned.students() * studentTarget / DemoCounty.plannedStudents()));
            List<StudentInput> students = generator.forSchool(school.id(), planned.stages(), count,
                    countySeat ? townships : List.of(planned.townshipCode()), villagesOf);
            for (int from = 0; from < students.size(); from += CHUNK) {
                registry.registerAll(students.subList(from, Math.min(from + CHUNK, students.size())), COUNTY);
            }
            registered.add(new DemoRoster.SchoolStudents(planned, students));
        }
        long county = createAccounts(schoolIds, villagesOf.of(DemoCounty.SANSHI_TOWN).getFirst());
        return new Loaded(registered, new CurrentAccount(county, "county", COUNTY_STAFF_NAME, Set.of(Role.COUNTY_STAFF),
                DemoCounty.CODE, null));
    }

    /** Creates the demo accounts and answers the id of {@code county}. */
    private long createAccounts(Map<String, Long> schoolIds, String village) {
        account("sysadmin", "系统管理员", Role.SYSTEM_ADMIN, null, null);
        account("secadmin", "安全管理员", Role.SECURITY_ADMIN, null, null);
        account("auditor", "审计管理员", Role.AUDIT_ADMIN, null, null);
        long county = account("county", COUNTY_STAFF_NAME, Role.COUNTY_STAFF, DemoCounty.CODE, null);
        account("county2", "平江县资助中心 王强", Role.COUNTY_STAFF, DemoCounty.CODE, null);
        account("township", "三市镇审核员 陈静", Role.TOWNSHIP_REVIEWER, DemoCounty.SANSHI_TOWN, null);
        account("village", "村级审核员 刘明", Role.VILLAGE_REVIEWER, village, null);
        account("school", "三市镇中心小学资助专员 张敏", Role.SCHOOL_STAFF, null, schoolIds.get("2143062611"));
        account("school2", "安定镇中心小学资助专员 赵磊", Role.SCHOOL_STAFF, null, schoolIds.get("2143062612"));
        return county;
    }

    private long account(String username, String displayName, Role role, String regionCode, Long schoolId) {
        return accounts.ensureDemoAccount(username, displayName, EnumSet.of(role), regionCode, schoolId, DEMO_PASSWORD);
    }

    /** The autumn term now running or last run: students' grades fit today's school year. */
    private static int autumnYear() {
        return Term.of(LocalDate.now()).schoolYearTerms().getFirst().year();
    }
}
