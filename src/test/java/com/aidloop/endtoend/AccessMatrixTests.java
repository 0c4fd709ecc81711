package com.aidloop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.aidloop.award.persistence.ImportRecords;
import com.aidloop.notification.SmsOutbox;
import com.aidloop.notification.SmsStudent;
import com.aidloop.notification.TestNotices;
import com.aidloop.shared.ImportMode;
import com.aidloop.shared.Term;
import com.aidloop.testing.Login;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
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

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportRecords imports;

    @Autowired
    SmsOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

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
        objects.put(
                "studentA",
                "/students/"
                        + student(
                                "school_id = :school AND school_id <> :other AND household_village_code <> :village",
                                sanshiSchool,
                                andingSchool,
                                village));
        objects.put(
                "studentB",
                "/students/"
                        + student(
                                "school_id = :school AND school_id <> :other AND household_village_code <> :village",
                                andingSchool,
                                sanshiSchool,
                                village));
        // lives in the village reviewer's village and goes to neither of the two schools
        // payout batches (资金发放): a batch of 三市镇, reached by county staff of 平江县 only
        objects.put(
                "batch", "/payout-batches/" + jdbc.sql("""
                INSERT INTO disbursement_batch (reference, term, county_code, township_code, programme_code, programme_name, status,
                                                control_count, control_amount, created_by)
                VALUES ('PB2070A' || lpad(nextval('disbursement_batch_seq')::text, 6, '0'), '2070-AUTUMN', '430626', '430626102',
                        'PRIMARY_LIVING_SUBSIDY', '义务教育家庭经济困难学生生活补助', 'DRAFT', 0, 0, 'county')
                RETURNING id""").query(Long.class).single());
        // payout rounds (发放轮次): one of the whole county, one of 安定镇 only
        objects.put("roundCounty", "/payout-rounds/" + round(null));
        objects.put("roundAnding", "/payout-rounds/" + round("430626101"));
        objects.put(
                "studentV",
                "/students/"
                        + student(
                                "household_village_code = :village AND school_id NOT IN (:school, :other)",
                                sanshiSchool,
                                andingSchool,
                                village));
        // payout reconciliation (reconcile): a batch of 三市镇 and one of another county
        com.aidloop.disbursement.reconciliation.ReconciliationFixtures payouts =
                new com.aidloop.disbursement.reconciliation.ReconciliationFixtures(jdbc, null);
        objects.put("payoutA", "/payout-batches/" + payouts.batchRow("430626102", "国家助学金", 0) + "/reconciliation");
        objects.put("payoutX", "/payout-batches/" + payouts.batchRow("430624100", "国家助学金", 0) + "/reconciliation");
        seedImportsAndTextMessages(sanshiSchool, andingSchool, village);
        // a decided card change (资助卡变更) of studentA, read through the API only
        objects.put(
                "cardChangeA",
                "/aid-card-changes/"
                        + jdbc.sql("""
                INSERT INTO registry_card_change (student_id, status, new_bank, new_card_sealed, new_card_masked, requested_by,
                                                  decided_by, decided_at, decision_note)
                VALUES (:student, 'REJECTED', '中国建设银行', 'not-opened', '***************4874', 'school', 'county', now(), '访问测试')
                RETURNING id""")
                                .param(
                                        "student",
                                        Long.parseLong(objects.get("studentA").substring("/students/".length())))
                                .query(Long.class)
                                .single());
        for (String user :
                List.of("sysadmin", "secadmin", "auditor", "county", "township", "village", "school", "school2")) {
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
        objects.put(
                "importA",
                "/roster-imports/"
                        + imports.create(new ImportRecords.NewImport(
                                Term.parse("2070-AUTUMN"),
                                ImportMode.VALIDATE,
                                false,
                                "三市镇中心小学.xlsx",
                                1,
                                "school",
                                null,
                                sanshiTown,
                                sanshiSchool,
                                null,
                                "access-matrix")));
        objects.put(
                "importX",
                "/roster-imports/"
                        + imports.create(new ImportRecords.NewImport(
                                Term.parse("2070-AUTUMN"),
                                ImportMode.VALIDATE,
                                false,
                                "浏阳市.xlsx",
                                1,
                                "county-elsewhere",
                                null,
                                "430624",
                                null,
                                null,
                                "access-matrix")));
        objects.put(
                "smsA",
                "/notifications/sms/"
                        + textMessage(new SmsStudent(900_101, "李明", sanshiSchool, sanshiTown, sanshiTown)));
        objects.put(
                "smsB",
                "/notifications/sms/"
                        + textMessage(new SmsStudent(900_102, "王芳", andingSchool, andingTown, "430624100200")));
        objects.put(
                "smsV",
                "/notifications/sms/" + textMessage(new SmsStudent(900_103, "刘洋", andingSchool, andingTown, village)));
    }

    private long textMessage(SmsStudent student) {
        return transactions
                .execute(status -> outbox.enqueue(TestNotices.payout("B-ACCESS", "13800138000", student)))
                .id();
    }

    private String townshipOf(long school) {
        return jdbc.sql("SELECT township_code FROM school_school WHERE id = :id")
                .param("id", school)
                .query(String.class)
                .single();
    }

    private long schoolId(String code) {
        return jdbc.sql("SELECT id FROM school_school WHERE code = :code")
                .param("code", code)
                .query(Long.class)
                .single();
    }

    private long student(String condition, long school, long other, String village) {
        return jdbc.sql("SELECT min(id) FROM registry_student WHERE " + condition)
                .param("school", school)
                .param("other", other)
                .param("village", village)
                .query(Long.class)
                .single();
    }

    private long round(String township) {
        return jdbc.sql("""
                        INSERT INTO disbursement_round (reference, term, county_code, township_codes, programme_codes,
                                                        programme_names, created_by, pay_date)
                        VALUES ('PR2070A' || lpad(nextval('disbursement_round_seq')::text, 6, '0'), '2070-AUTUMN', '430626',
                                CASE WHEN CAST(:township AS text) IS NULL THEN NULL ELSE ARRAY[CAST(:township AS text)] END,
                                ARRAY['PRIMARY_LIVING_SUBSIDY'], '义务教育家庭经济困难学生生活补助', 'county', DATE '2070-10-15')
                        RETURNING id""").param("township", township).query(Long.class).single();
    }

    @ParameterizedTest(name = "page: {0} opens {1} → {2}")
    @MethodSource("com.aidloop.endtoend.AccessMatrixRows#matrix")
    void pagesAnswerByRoleAndScope(String user, String object, int expected) throws Exception {
        int status = mvc.perform(get(path(object)).session(sessions.get(user)))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(expected);
    }

    @ParameterizedTest(name = "api: {0} reads {1} → {2}")
    @MethodSource("com.aidloop.endtoend.AccessMatrixRows#matrix")
    void apiAnswersByRoleAndScope(String user, String object, int expected) throws Exception {
        String api =
                switch (object) {
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
                .andReturn()
                .getResponse()
                .getStatus();
        int expectedApi = object.equals("/admin/regions") ? 200 : expected;
        assertThat(status).isEqualTo(expectedApi);
    }

    @ParameterizedTest(name = "payout page: {0} opens {1} → {2}")
    @MethodSource("com.aidloop.endtoend.AccessMatrixRows#payouts")
    void payoutPagesAnswerByRoleAndScope(String user, String path, int expected) throws Exception {
        int status = mvc.perform(get(path).session(sessions.get(user)))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(expected);
    }

    @ParameterizedTest(name = "payout api: {0} reads {1} → {2}")
    @MethodSource("com.aidloop.endtoend.AccessMatrixRows#payouts")
    void payoutApiAnswersByRoleAndScope(String user, String path, int expected) throws Exception {
        if (path.startsWith("/payout-deadlines")) {
            return;
        }
        int status = mvc.perform(get("/api/v1" + path).header("Authorization", "Bearer " + tokens.get(user)))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(expected);
    }

    @ParameterizedTest(name = "api only: {0} reads {1} → {2}")
    @MethodSource("com.aidloop.endtoend.AccessMatrixRows#apiOnly")
    void apiOnlyObjectsAnswerByRoleAndScope(String user, String object, int expected) throws Exception {
        int status = mvc.perform(get("/api/v1" + path(object)).header("Authorization", "Bearer " + tokens.get(user)))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(expected);
    }

    private String path(String object) {
        return objects.getOrDefault(object, object);
    }
}
