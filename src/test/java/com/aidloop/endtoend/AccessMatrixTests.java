package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.aidloop.award.ImportMode;
import com.aidloop.award.persistence.ImportRecords;
import com.aidloop.notification.SmsOutbox;
import com.aidloop.notification.SmsStudent;
import com.aidloop.notification.TestNotices;
import com.aidloop.shared.Term;
import com.aidloop.testing.Login;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every demo role against every kind of object, inside and outside its data scope, on the pages
 * and on the API: 200 where allowed, 403 where the role may not, 404 where the object lies
 * outside the account's scope (its existence is not revealed).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTests {

    private static final String PASSWORD = "Pingjiang@2026";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ImportRecords imports;
    @Autowired SmsOutbox outbox;
    @Autowired TransactionTemplate transactions;

    private final Map<String, String> objects = new HashMap<>();
    private final Map<String, MockHttpSession> sessions = new HashMap<>();
    private final Map<String, String> tokens = new HashMap<>();

    @BeforeAll
    void findObjectsAndLogIn() throws Exception {
        long sanshiSchool = schoolId("2143062611");
        long andingSchool = schoolId("2143062612");
        String village = jdbc.sql("""
                SELECT region_code FROM iam_account WHERE username = 'village'""").query(String.class).single();
        objects.put("schoolA", "/schools/" + sanshiSchool);
        objects.put("schoolB", "/schools/" + andingSchool);
        objects.put("studentA", "/students/" + student(
                "school_id = :school AND school_id <> :other AND household_village_code <> :village",
                sanshiSchool, andingSchool, village));
        objects.put("studentB", "/students/" + student(
                "school_id = :school AND school_id <> :other AND household_village_code <> :village",
                andingSchool, sanshiSchool, village));
        // lives in the village reviewer's village and goes to neither of the two schools
        // payout batches (资金发放): a batch of 三市镇, reached by county staff of 平江县 only
        objects.put("batch", "/payout-batches/" + jdbc.sql("""
                INSERT INTO disbursement_batch (reference, term, county_code, township_code, programme_code, programme_name, status,
                                                control_count, control_amount, created_by)
                VALUES ('PB2070A' || lpad(nextval('disbursement_batch_seq')::text, 6, '0'), '2070-AUTUMN', '430626', '430626102',
                        'PRIMARY_LIVING_SUBSIDY', '义务教育家庭经济困难学生生活补助', 'DRAFT', 0, 0, 'county')
                RETURNING id""").query(Long.class).single());
        objects.put("studentV", "/students/" + student(
                "household_village_code = :village AND school_id NOT IN (:school, :other)",
                sanshiSchool, andingSchool, village));
        // payout reconciliation (reconcile): a batch of 三市镇 and one of another county
        com.aidloop.disbursement.reconciliation.ReconciliationFixtures payouts =
                new com.aidloop.disbursement.reconciliation.ReconciliationFixtures(jdbc, null);
        objects.put("payoutA", "/payout-batches/" + payouts.batchRow("430626102", "国家助学金", 0) + "/reconciliation");
        objects.put("payoutX", "/payout-batches/" + payouts.batchRow("430624100", "国家助学金", 0) + "/reconciliation");
        seedImportsAndTextMessages(sanshiSchool, andingSchool, village);
        // a decided card change (资助卡变更) of studentA, read through the API only
        objects.put("cardChangeA", "/aid-card-changes/" + jdbc.sql("""
                INSERT INTO registry_card_change (student_id, status, new_bank, new_card_sealed, new_card_masked, requested_by,
                                                  decided_by, decided_at, decision_note)
                VALUES (:student, 'REJECTED', '中国建设银行', 'not-opened', '***************4874', 'school', 'county', now(), '访问测试')
                RETURNING id""").param("student", Long.parseLong(objects.get("studentA").substring("/students/".length())))
                .query(Long.class).single());
        for (String user : List.of("sysadmin", "secadmin", "auditor", "county", "township", "village", "school", "school2")) {
            sessions.put(user, Login.session(mvc, user, PASSWORD));
            tokens.put(user, Login.token(mvc, user, PASSWORD));
        }
    }

    /**
     * Roster imports (award_import): one uploaded by the staff of 三市镇中心小学, one by a county
     * of elsewhere. Text messages (notification_sms) about students: of 三市镇中心小学 living in
     * its township; of 安定镇中心小学 living in another county; of 安定镇中心小学 living in the
     * village reviewer's village (visible by household, not by school).
     */
    private void seedImportsAndTextMessages(long sanshiSchool, long andingSchool, String village) {
        String sanshiTown = townshipOf(sanshiSchool);
        String andingTown = townshipOf(andingSchool);
        objects.put("importA", "/roster-imports/" + imports.create(new ImportRecords.NewImport(Term.parse("2070-AUTUMN"), ImportMode.VALIDATE,
                false, "三市镇中心小学.xlsx", 1, "school", null, sanshiTown, sanshiSchool, null, "access-matrix")));
        objects.put("importX", "/roster-imports/" + imports.create(new ImportRecords.NewImport(Term.parse("2070-AUTUMN"), ImportMode.VALIDATE,
                false, "浏阳市.xlsx", 1, "county-elsewhere", null, "430624", null, null, "access-matrix")));
        objects.put("smsA", "/notifications/sms/" + textMessage(new SmsStudent(900_101, "李明", sanshiSchool, sanshiTown, sanshiTown)));
        objects.put("smsB", "/notifications/sms/" + textMessage(new SmsStudent(900_102, "王芳", andingSchool, andingTown, "430624100200")));
        objects.put("smsV", "/notifications/sms/" + textMessage(new SmsStudent(900_103, "刘洋", andingSchool, andingTown, village)));
    }

    private long textMessage(SmsStudent student) {
        return transactions.execute(status -> outbox.enqueue(TestNotices.payout("B-ACCESS", "13800138000", student))).id();
    }

    private String townshipOf(long school) {
        return jdbc.sql("SELECT township_code FROM school_school WHERE id = :id").param("id", school).query(String.class).single();
    }

    private long schoolId(String code) {
        return jdbc.sql("SELECT id FROM school_school WHERE code = :code").param("code", code).query(Long.class).single();
    }

    private long student(String condition, long school, long other, String village) {
        return jdbc.sql("SELECT min(id) FROM registry_student WHERE " + condition)
                .param("school", school)
                .param("other", other)
                .param("village", village)
                .query(Long.class)
                .single();
    }

    static Stream<Arguments> matrix() {
        // user, object, expected status
        String[][] rows = {
            {"sysadmin", "studentA", "403"}, {"sysadmin", "schoolA", "403"}, {"sysadmin", "/admin/regions", "200"},
            {"sysadmin", "/admin/accounts", "403"}, {"sysadmin", "/audit", "403"},
            {"secadmin", "studentA", "403"}, {"secadmin", "schoolA", "403"}, {"secadmin", "/admin/regions", "403"},
            {"secadmin", "/admin/accounts", "200"}, {"secadmin", "/audit", "403"},
            {"auditor", "studentA", "403"}, {"auditor", "schoolA", "403"}, {"auditor", "/admin/regions", "403"},
            {"auditor", "/admin/accounts", "403"}, {"auditor", "/audit", "200"},
            {"county", "studentA", "200"}, {"county", "studentB", "200"}, {"county", "studentV", "200"},
            {"county", "schoolA", "200"}, {"county", "schoolB", "200"}, {"county", "/admin/accounts", "403"},
            {"county", "/audit", "403"}, {"county", "/admin/regions", "403"},
            {"township", "studentA", "200"}, {"township", "studentB", "404"}, {"township", "studentV", "200"},
            {"township", "schoolA", "200"}, {"township", "schoolB", "404"}, {"township", "/audit", "403"},
            {"village", "studentV", "200"}, {"village", "studentA", "404"}, {"village", "studentB", "404"},
            {"village", "schoolA", "403"}, {"village", "/admin/accounts", "403"},
            {"school", "studentA", "200"}, {"school", "studentB", "404"}, {"school", "studentV", "404"},
            {"school", "schoolA", "200"}, {"school", "schoolB", "404"}, {"school", "/audit", "403"},
            {"school2", "studentA", "404"}, {"school2", "studentB", "200"}, {"school2", "studentV", "404"},
            {"school2", "schoolA", "404"}, {"school2", "schoolB", "200"}, {"school2", "/admin/regions", "403"},
            // confirmation of awards (资助确认) and school quotas (名额和预算)
            {"county", "/award-confirmations", "200"}, {"township", "/award-confirmations", "403"},
            {"school", "/award-confirmations", "403"}, {"auditor", "/award-confirmations", "403"},
            {"county", "/programmes/quotas", "200"}, {"school", "/programmes/quotas", "403"},
            {"township", "/programmes/quotas", "403"},
            // the catalogue's exclusion groups and its changes waiting for a second person (per county: CatalogueAccessMatrixTests)
            {"school", "/programmes/exclusions", "200"}, {"village", "/programmes/exclusions", "200"},
            {"sysadmin", "/programmes/exclusions", "403"}, {"county", "/programmes/changes", "200"},
            {"school", "/programmes/changes", "403"}, {"township", "/programmes/changes", "403"},
            {"auditor", "/programmes/changes", "403"},
            // payout batches
            {"county", "batch", "200"}, {"county", "/payout-batches", "200"}, {"school", "batch", "404"},
            {"school", "/payout-batches", "200"}, {"township", "batch", "403"}, {"village", "/payout-batches", "403"},
            {"sysadmin", "batch", "403"}, {"auditor", "/payout-batches", "403"},
            // card changes (资助卡变更审核): whoever sees the students, within the same scope
            {"county", "/aid-card-changes", "200"}, {"school", "/aid-card-changes", "200"}, {"township", "/aid-card-changes", "200"},
            {"sysadmin", "/aid-card-changes", "403"}, {"auditor", "/aid-card-changes", "403"},
            // payout reconciliation (reconcile)
            {"county", "payoutA", "200"}, {"county", "payoutX", "404"}, {"county", "/payout-exceptions", "200"},
            {"township", "payoutA", "403"}, {"township", "/payout-exceptions", "403"},
            {"school", "payoutA", "404"}, {"school", "/payout-exceptions", "403"},
            {"sysadmin", "payoutA", "403"}, {"auditor", "payoutA", "403"}, {"village", "/payout-exceptions", "403"},
            // roster imports (资助名单导入): the uploading school's staff and the regions above the upload
            {"county", "importA", "200"}, {"county", "importX", "404"}, {"school", "importA", "200"},
            {"school", "importX", "404"}, {"school2", "importA", "404"}, {"township", "importA", "403"},
            {"village", "importA", "403"}, {"auditor", "importA", "403"}, {"sysadmin", "importX", "403"},
        };
        return Stream.of(rows).map(r -> Arguments.of(r[0], r[1], Integer.parseInt(r[2])));
    }

    @ParameterizedTest(name = "page: {0} opens {1} → {2}")
    @MethodSource("matrix")
    void pagesAnswerByRoleAndScope(String user, String object, int expected) throws Exception {
        int status = mvc.perform(get(path(object)).session(sessions.get(user))).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(expected);
    }

    @ParameterizedTest(name = "api: {0} reads {1} → {2}")
    @MethodSource("matrix")
    void apiAnswersByRoleAndScope(String user, String object, int expected) throws Exception {
        String api = switch (object) {
            case "/admin/regions" -> "/api/v1/regions/430626/children";
            case "/admin/accounts" -> null;
            case "/audit" -> "/api/v1/audit/events";
            case "/award-confirmations" -> "/api/v1/award-confirmations?term=2026-AUTUMN";
            case "/programmes/quotas" -> "/api/v1/school-quotas?term=2026-AUTUMN";
            case "/programmes/exclusions" -> "/api/v1/programme-exclusions";
            case "/programmes/changes" -> "/api/v1/programme-changes";
            default -> "/api/v1" + path(object);
        };
        if (api == null) {
            return;
        }
        int status = mvc.perform(get(api).header("Authorization", "Bearer " + tokens.get(user)))
                .andReturn().getResponse().getStatus();
        int expectedApi = object.equals("/admin/regions") ? 200 : expected;
        assertThat(status).isEqualTo(expectedApi);
    }

    // --- progress: payout progress, integrity and deadlines (PAYOUT_VIEW, scoped; deadlines also PROGRAMME_EDIT) ---
    static Stream<Arguments> payouts() {
        String progress = "/payout-progress?term=2002-AUTUMN";
        String integrity = "/payout-integrity?term=2002-AUTUMN";
        String outside = "/payout-progress?term=2002-AUTUMN&region=430624";
        String[][] rows = {
            {"county", progress, "200"}, {"county", integrity, "200"}, {"county", outside, "404"},
            {"county", "/payout-progress.xlsx?term=2002-AUTUMN", "200"}, {"county", "/payout-deadlines", "200"},
            {"school", progress, "200"}, {"school", integrity, "200"}, {"school", outside, "404"}, {"school", "/payout-deadlines", "200"},
            {"school2", integrity, "200"},
            {"township", progress, "403"}, {"township", integrity, "403"}, {"township", "/payout-deadlines", "403"},
            {"village", progress, "403"}, {"village", integrity, "403"},
            {"sysadmin", progress, "403"}, {"secadmin", integrity, "403"}, {"auditor", progress, "403"},
            {"auditor", "/payout-deadlines", "403"},
        };
        return Stream.of(rows).map(r -> Arguments.of(r[0], r[1], Integer.parseInt(r[2])));
    }

    @ParameterizedTest(name = "payout page: {0} opens {1} → {2}")
    @MethodSource("payouts")
    void payoutPagesAnswerByRoleAndScope(String user, String path, int expected) throws Exception {
        int status = mvc.perform(get(path).session(sessions.get(user))).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(expected);
    }

    @ParameterizedTest(name = "payout api: {0} reads {1} → {2}")
    @MethodSource("payouts")
    void payoutApiAnswersByRoleAndScope(String user, String path, int expected) throws Exception {
        if (path.startsWith("/payout-deadlines")) {
            return;
        }
        int status = mvc.perform(get("/api/v1" + path).header("Authorization", "Bearer " + tokens.get(user)))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(expected);
    }
    // --- end progress ---

    /** Objects read through the API only (the pages list them, with no page per object). */
    static Stream<Arguments> apiOnly() {
        String[][] rows = {
            // text messages (短信): the school's staff; regions holding the school or the household
            {"county", "smsA", "200"}, {"county", "smsB", "200"}, {"county", "smsV", "200"},
            {"township", "smsA", "200"}, {"township", "smsB", "404"}, {"township", "smsV", "200"},
            {"village", "smsA", "404"}, {"village", "smsB", "404"}, {"village", "smsV", "200"},
            {"school", "smsA", "200"}, {"school", "smsB", "404"}, {"school", "smsV", "404"},
            {"school2", "smsA", "404"}, {"school2", "smsB", "200"}, {"school2", "smsV", "200"},
            {"sysadmin", "smsA", "403"}, {"auditor", "smsA", "403"}, {"secadmin", "smsB", "403"},
            // card changes: as their student
            {"county", "cardChangeA", "200"}, {"school", "cardChangeA", "200"}, {"school2", "cardChangeA", "404"},
            {"township", "cardChangeA", "200"}, {"village", "cardChangeA", "404"}, {"sysadmin", "cardChangeA", "403"},
        };
        return Stream.of(rows).map(r -> Arguments.of(r[0], r[1], Integer.parseInt(r[2])));
    }

    @ParameterizedTest(name = "api only: {0} reads {1} → {2}")
    @MethodSource("apiOnly")
    void apiOnlyObjectsAnswerByRoleAndScope(String user, String object, int expected) throws Exception {
        int status = mvc.perform(get("/api/v1" + path(object)).header("Authorization", "Bearer " + tokens.get(user)))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(expected);
    }

    private String path(String object) {
        return objects.getOrDefault(object, object);
    }
}
