package com.aidloop.registry.persistence;

import com.aidloop.privacy.SensitiveData;
import com.aidloop.privacy.SensitiveKind;
import com.aidloop.registry.domain.AidCard;
import com.aidloop.registry.domain.HouseholdMember;
import com.aidloop.registry.domain.Student;
import com.aidloop.registry.domain.StudentFacts;
import com.aidloop.shared.Masking;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Turns a student into column values: every sensitive value sealed, with a blind index for
 * those looked up exactly (ID numbers, card numbers, phones) and a masked copy for display.
 */
@Component
public class Sealing {

    private final SensitiveData sensitive;

    Sealing(SensitiveData sensitive) {
        this.sensitive = sensitive;
    }

    public String idIndex(String normalizedIdNumber) {
        return sensitive.blindIndex(SensitiveKind.ID_NUMBER, normalizedIdNumber);
    }

    /** The student number shares the ID-number domain with its own prefix: "学籍号:G…". */
    public String studentNumberIndex(String studentNumber) {
        return sensitive.blindIndex(SensitiveKind.ID_NUMBER, "学籍号:" + studentNumber);
    }

    /**
     * A keyed digest (HMAC under the blind-index key) of a row as the registration import read it,
     * so that it cannot be used to guess the ID numbers and phones it covers.
     */
    public String importDigest(String canonicalRow) {
        return sensitive.blindIndex(SensitiveKind.ID_NUMBER, "学籍导入:" + canonicalRow);
    }

    public String open(String sealed) {
        return sensitive.open(sealed);
    }

    /** A card's columns under {@code prefix} (…Bank, …Sealed, …Index, …Masked, …LuhnOk); all null for no card. */
    Map<String, Object> card(String prefix, AidCard card) {
        String number = card == null ? null : card.number().value();
        Map<String, Object> p = new HashMap<>();
        p.put(prefix + "Bank", card == null ? null : card.bank());
        p.put(prefix + "Sealed", sensitive.seal(number));
        p.put(prefix + "Index", sensitive.blindIndex(SensitiveKind.BANK_CARD, number));
        p.put(prefix + "Masked", number == null ? null : Masking.bankCard(number));
        p.put(prefix + "LuhnOk", card == null ? null : !card.luhnWarning());
        return p;
    }

    Map<String, Object> student(Student student, String schoolTownship) {
        StudentFacts f = student.facts();
        Map<String, Object> p = new HashMap<>();
        p.put("name", f.name());
        p.put("gender", f.gender().name());
        p.put("idType", f.document().type().name());
        p.put("idSealed", sensitive.seal(f.document().normalized()));
        p.put("idIndex", idIndex(f.document().normalized()));
        p.put("idMasked", f.document().masked());
        String number = f.studentNumber() == null ? null : f.studentNumber().value();
        p.put("snSealed", sensitive.seal(number));
        p.put("snIndex", number == null ? null : studentNumberIndex(number));
        p.put("snMasked", f.studentNumber() == null ? null : f.studentNumber().masked());
        p.put("schoolId", f.schoolId());
        p.put("schoolTownship", schoolTownship);
        p.put("grade", f.grade());
        p.put("className", f.className());
        p.put("township", f.householdTownship().value());
        p.put(
                "village",
                f.householdVillage() == null ? null : f.householdVillage().value());
        p.put("residence", f.residence().name());
        var card = student.aidCard();
        String cardNumber = card == null ? null : card.number().value();
        p.put("cardBank", card == null ? null : card.bank());
        p.put("cardSealed", sensitive.seal(cardNumber));
        p.put("cardIndex", sensitive.blindIndex(SensitiveKind.BANK_CARD, cardNumber));
        p.put("cardMasked", cardNumber == null ? null : Masking.bankCard(cardNumber));
        p.put("cardLuhnOk", card == null ? null : !card.luhnWarning());
        return p;
    }

    Map<String, Object> member(HouseholdMember m, long studentId, int position) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", m.id());
        p.put("studentId", studentId);
        p.put("position", position);
        p.put("name", m.name());
        p.put("relation", m.relation().name());
        p.put("guardian", m.guardian());
        String id = m.document() == null ? null : m.document().normalized();
        p.put("idType", m.document() == null ? null : m.document().type().name());
        p.put("idSealed", sensitive.seal(id));
        p.put("idIndex", sensitive.blindIndex(SensitiveKind.ID_NUMBER, id));
        p.put("idMasked", m.document() == null ? null : m.document().masked());
        String phone = m.phone() == null ? null : m.phone().value();
        p.put("phoneSealed", sensitive.seal(phone));
        p.put("phoneIndex", sensitive.blindIndex(SensitiveKind.PHONE, phone));
        p.put("phoneMasked", m.phone() == null ? null : m.phone().masked());
        p.put("employer", m.employer());
        p.put(
                "incomeSealed",
                sensitive.seal(
                        m.annualIncome() == null ? null : m.annualIncome().toString()));
        p.put(
                "healthSealed",
                sensitive.seal(m.health() == null ? null : m.health().value()));
        return p;
    }

    /** Null values with their SQL type, so that the driver is not asked to describe every statement. */
    static MapSqlParameterSource typed(Map<String, Object> row) {
        MapSqlParameterSource source = new MapSqlParameterSource(row);
        row.forEach((name, value) -> {
            if (value == null) {
                source.registerSqlType(
                        name,
                        switch (name) {
                            case "id", "studentId", "schoolId", "carrierBatchId", "carrierPaymentId" -> Types.BIGINT;
                            case "cardLuhnOk", "guardian", "newLuhnOk", "oldLuhnOk" -> Types.BOOLEAN;
                            default -> Types.VARCHAR;
                        });
            }
        });
        return source;
    }
}
