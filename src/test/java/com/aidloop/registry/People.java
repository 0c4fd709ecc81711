package com.aidloop.registry;

import com.aidloop.registry.StudentInput.CardInput;
import com.aidloop.registry.StudentInput.MemberInput;
import com.aidloop.shared.BankCardNumber;
import com.aidloop.shared.IdNumber;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Realistic people for registry tests: valid GB 11643 ID numbers first registered in 湘阴县
 * (430624), so that they never meet the demo county's own people (430626), unique within a test
 * run; Luhn-valid aid cards and mobile numbers.
 */
public final class People {

    public static final String TOWNSHIP = "430626107";
    public static final String VILLAGE = "430626107201";
    public static final String OTHER_TOWNSHIP = "430626101";
    public static final String OTHER_VILLAGE = "430626101203";

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000L);
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.BASIC_ISO_DATE;

    private People() {}

    /** A fresh valid ID number of someone born in the given year. */
    public static String idNumber(int birthYear, boolean male) {
        long n = SEQUENCE.incrementAndGet();
        LocalDate birth = LocalDate.of(birthYear, 1, 1).plusDays(n / 500 % 365);
        int sequence = (int) (n % 500) * 2 + (male ? 1 : 0);
        String first17 = "430624" + birth.format(BIRTH) + String.format("%03d", sequence);
        return first17 + IdNumber.checkCharacter(first17);
    }

    public static String childId(boolean male) {
        return idNumber(2014, male);
    }

    /** A 19-digit Luhn-valid card number. */
    public static String cardNumber() {
        String body = String.format("621799%012d", SEQUENCE.incrementAndGet() * 7919 % 1_000_000_000_000L);
        for (int check = 0; check < 10; check++) {
            if (BankCardNumber.luhn(body + check)) {
                return body + check;
            }
        }
        throw new IllegalStateException();
    }

    public static String mobile() {
        return String.format("139%08d", SEQUENCE.incrementAndGet() % 100_000_000L);
    }

    public static MemberInput father(String name) {
        return new MemberInput(
                null, name, "父亲", true, "居民身份证", idNumber(1985, true), mobile(), "平江县建筑公司", "36000", "健康");
    }

    public static MemberInput mother(String name) {
        return new MemberInput(null, name, "母亲", false, "居民身份证", idNumber(1987, false), null, null, "12000.50", "慢性病");
    }

    /** A rural primary pupil of the school, with father (guardian), mother and an aid card. */
    public static StudentInput pupil(String name, long schoolId) {
        return pupil(name, schoolId, childId(true), TOWNSHIP, VILLAGE);
    }

    public static StudentInput pupil(String name, long schoolId, String idNumber, String township, String village) {
        return new StudentInput(
                name,
                null,
                "居民身份证",
                idNumber,
                null,
                schoolId,
                "三年级",
                "2班",
                township,
                village,
                "农村",
                List.of(father("李建国"), mother("王秀英")),
                new CardInput("中国农业银行平江县支行", cardNumber()));
    }

    /**
     * The student's form as its page shows it, sensitive fields left blank (kept), with a new aid
     * card typed in: saved, it asks for a card change (资助卡变更).
     */
    public static StudentInput withNewCard(StudentView now, String bank, String card) {
        List<MemberInput> members = now.household().stream()
                .map(m -> new MemberInput(
                        m.id(), m.name(), m.relation().label(), m.guardian(), null, "", "", m.employer(), "", ""))
                .toList();
        return new StudentInput(
                now.name(),
                now.gender().label(),
                now.idType().label(),
                "",
                "",
                now.schoolId(),
                now.grade(),
                now.className(),
                now.householdTownship(),
                now.householdVillage(),
                now.residence().label(),
                members,
                new CardInput(bank, card));
    }

    public static StudentInput withoutHousehold(StudentInput s) {
        return new StudentInput(
                s.name(),
                s.gender(),
                s.idType(),
                s.idNumber(),
                s.studentNumber(),
                s.schoolId(),
                s.grade(),
                s.className(),
                s.householdTownship(),
                s.householdVillage(),
                s.residence(),
                List.of(),
                s.aidCard());
    }
}
