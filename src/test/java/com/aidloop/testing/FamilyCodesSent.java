package com.aidloop.testing;

import com.aidloop.iam.DataScope;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.privacy.SensitiveKind;
import com.aidloop.registry.FamilyStudents;
import com.aidloop.registry.FamilyStudents.GuardianPhone;
import com.aidloop.school.SchoolManagement;
import com.aidloop.shared.PhoneNumber;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a family's phone would receive: the newest login code the outbox holds for the number (a
 * test installation sends no SMS), and the family's rows of family login cleared before a test.
 */
public final class FamilyCodesSent {

    private FamilyCodesSent() {}

    /**
     * The registered guardians of 三市镇中心小学 in the demo county, one per number, the demo guardian
     * {@code parent} first.
     */
    public static List<GuardianPhone> sanshiPrimaryGuardians(FamilyStudents students, SchoolManagement schools) {
        long sanshi = schools.byCode("2143062611").orElseThrow().id();
        Map<String, GuardianPhone> byPhone = new LinkedHashMap<>();
        students.guardiansOf(DataScope.school(sanshi))
                .forEach(g -> byPhone.putIfAbsent(g.phone().value(), g));
        return List.copyOf(byPhone.values());
    }

    /** The code of the newest login code message to the number: the message's secret, opened. */
    public static Optional<String> lastCode(JdbcClient jdbc, SensitiveData sensitive, PhoneNumber phone) {
        return jdbc.sql("""
                        SELECT secret_sealed FROM notification_sms
                         WHERE phone_index = :idx AND template = 'LOGIN_CODE' ORDER BY id DESC LIMIT 1
                        """)
                .param("idx", sensitive.blindIndex(SensitiveKind.PHONE, phone.value()))
                .query(String.class)
                .optional()
                .map(sensitive::open);
    }

    public static int loginCodesQueued(JdbcClient jdbc, SensitiveData sensitive, PhoneNumber phone) {
        return jdbc.sql("SELECT count(*) FROM notification_sms WHERE phone_index = :idx AND template = 'LOGIN_CODE'")
                .param("idx", sensitive.blindIndex(SensitiveKind.PHONE, phone.value()))
                .query(Integer.class)
                .single();
    }

    /** Forgets the number's codes and bindings, so that its rate limits start afresh. */
    public static void forget(JdbcClient jdbc, SensitiveData sensitive, PhoneNumber phone) {
        String idx = sensitive.blindIndex(SensitiveKind.PHONE, phone.value());
        jdbc.sql("DELETE FROM iam_family_code WHERE phone_index = :idx")
                .param("idx", idx)
                .update();
        jdbc.sql("DELETE FROM iam_family_binding WHERE phone_index = :idx")
                .param("idx", idx)
                .update();
    }

    public static void forgetAddress(JdbcClient jdbc, String address) {
        jdbc.sql("DELETE FROM iam_family_code WHERE client_address = :a")
                .param("a", address)
                .update();
    }
}
