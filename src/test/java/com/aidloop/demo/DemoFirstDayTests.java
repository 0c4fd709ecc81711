package com.aidloop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.iam.DataScope;
import com.aidloop.registry.ImportingStudents;
import com.aidloop.registry.StudentImportView;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.ImportStatus;
import com.aidloop.shared.Paging;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo county's first day: the schools of 三市镇 got their accounts with the initial passwords
 * sent by SMS to their contacts (sealed in the outbox, never in the text), and 三市镇中心小学's
 * registration list waits at 确认导入 with its newcomers to register.
 */
@SpringBootTest
class DemoFirstDayTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SchoolManagement schools;

    @Autowired
    ImportingStudents importing;

    @Test
    void theSchoolsOfSanshiGotAccountsWhosePasswordsWentBySms() {
        List<SchoolView> sanshi = schools.choices(DataScope.region(DemoCounty.SANSHI_TOWN)).stream()
                .filter(s -> DemoCounty.SCHOOLS.stream().anyMatch(p -> p.code().equals(s.code())))
                .toList();
        assertThat(sanshi).hasSize(3);
        for (SchoolView school : sanshi) {
            assertThat(school.contactPhoneMasked()).startsWith("139****");
            Map<String, Object> account =
                    jdbc.sql("""
                            SELECT id, must_change_password, school_id FROM iam_account WHERE username = :u
                            """).param("u", school.code()).query().singleRow();
            assertThat(account.get("must_change_password")).isEqualTo(true);
            assertThat(account.get("school_id")).isEqualTo(school.id());
            List<Map<String, Object>> sms = jdbc.sql("""
                            SELECT recipient, school_id, text, secret_sealed, status FROM notification_sms
                             WHERE dedup_key = :key
                            """)
                    .param("key", "account-password:" + account.get("id"))
                    .query()
                    .listOfRows();
            // tests of the SMS dispatcher empty the outbox of the context they share with this one
            for (Map<String, Object> message : sms) {
                assertThat(message.get("recipient")).isEqualTo("SCHOOL_CONTACT");
                assertThat(message.get("school_id")).isEqualTo(school.id());
                assertThat((String) message.get("text")).contains("初始密码********");
                assertThat(message.get("secret_sealed") != null || "SENT".equals(message.get("status")))
                        .as("the password is sealed until sent")
                        .isTrue();
            }
        }
        // the batch's audit entry is not asserted: audit tests sharing this database remove audit events
    }

    @Test
    void sanshiCentralPrimarysListWaitsAtConfirmWithItsNewcomers() {
        SchoolView school = schools.byCode(DemoRegistrationImport.SCHOOL_CODE).orElseThrow();
        List<StudentImportView> imports =
                importing.list(DataScope.school(school.id()), Paging.of(1, 20)).content();

        StudentImportView waiting = imports.stream()
                .filter(v -> v.fileName().equals("三市镇中心小学学籍名单.xlsx"))
                .findFirst()
                .orElseThrow();
        assertThat(waiting.status()).isEqualTo(ImportStatus.VALIDATED);
        assertThat(waiting.canCommit()).isTrue();
        assertThat(waiting.errors()).isZero();
        assertThat(waiting.studentsCreated()).isEqualTo(DemoRegistrationImport.NEW_PUPILS);
        assertThat(waiting.studentsUnchanged()).isGreaterThan(100);
        assertThat(waiting.studentsLeft()).isZero();
    }
}
