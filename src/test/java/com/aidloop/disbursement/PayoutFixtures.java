package com.aidloop.disbursement;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.privacy.SensitiveKind;
import com.aidloop.shared.Masking;
import com.aidloop.shared.Term;
import com.aidloop.testing.AwardSeeds;
import com.aidloop.testing.AwardSeeds.Card;
import com.aidloop.testing.AwardSeeds.Facts;
import com.aidloop.testing.AwardSeeds.Household;
import com.aidloop.testing.AwardSeeds.Person;
import com.aidloop.testing.AwardSeeds.School;
import com.aidloop.testing.AwardSeeds.Sealed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Confirmed awards seeded through {@link AwardSeeds} (as the roster import and the
 * confirmation write them), with sealed test card numbers (621799 + 13 digits), for one township of the
 * demo county; and county staff accounts for the facades. Each test class uses a term of its own
 * and clears it first: the suite may share one database.
 */
public final class PayoutFixtures {

    public static final String SANSHI_TOWN = "430626102";
    public static final String PROGRAMME = "PRIMARY_LIVING_SUBSIDY";
    public static final String PROGRAMME_NAME = "义务教育家庭经济困难学生生活补助";
    private static final String[] SURNAMES = {
        "李", "王", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "胡", "朱", "高", "林"
    };
    private static final String[] GIVEN = {"子涵", "欣怡", "梓轩", "雨桐", "浩然", "思远", "嘉怡", "俊杰", "诗琪", "宇航", "佳琪", "一鸣"};
    private static final BigDecimal[] AMOUNTS = {
        new BigDecimal("250.00"),
        new BigDecimal("500.00"),
        new BigDecimal("312.50"),
        new BigDecimal("625.00"),
        new BigDecimal("1250.00")
    };

    private PayoutFixtures() {}

    public static CurrentAccount county(String username) {
        return new CurrentAccount(
                Math.abs(username.hashCode()), username, "测试县级资助中心", Set.of(Role.COUNTY_STAFF), "430626", null);
    }

    /** Removes the term's batches, payments, bank files and awards. */
    public static void clear(JdbcClient jdbc, Term term) {
        jdbc.sql(
                        "DELETE FROM disbursement_bank_file WHERE batch_id IN (SELECT id FROM disbursement_batch WHERE term = :term)")
                .param("term", term.code())
                .update();
        jdbc.sql("DELETE FROM disbursement_payment WHERE term = :term")
                .param("term", term.code())
                .update();
        jdbc.sql("DELETE FROM disbursement_batch WHERE term = :term")
                .param("term", term.code())
                .update();
        jdbc.sql("DELETE FROM disbursement_round WHERE term = :term")
                .param("term", term.code())
                .update();
        jdbc.sql("DELETE FROM award_award WHERE term = :term")
                .param("term", term.code())
                .update();
    }

    /** The card number of the {@code n}-th fixture award (from 1). */
    public static String card(int n) {
        return String.format("621799%013d", n);
    }

    public static String name(int n) {
        return SURNAMES[n % SURNAMES.length] + GIVEN[(n / SURNAMES.length) % GIVEN.length];
    }

    public static BigDecimal amount(int n) {
        return AMOUNTS[n % AMOUNTS.length];
    }

    /**
     * Writes {@code count} confirmed awards of the term, township and programme numbered
     * {@code first}.. (students the registry does not know, at 平江县三市镇中心小学); every award
     * whose number is in {@code withoutCard} has no card. Returns the count written. Villages are
     * numbered so that PayableAwards' order is by number.
     */
    public static int confirmedAwards(
            JdbcClient jdbc,
            SensitiveData sensitive,
            Term term,
            String township,
            String programme,
            int first,
            int count,
            Set<Integer> withoutCard) {
        return confirmedAwards(jdbc, sensitive, term, township, programme, first, count, withoutCard, n -> "平江县农村商业银行");
    }

    /** As above, the {@code n}-th award's card issued by {@code bank.apply(n)} (开户银行 as the registry spells it). */
    public static int confirmedAwards(
            JdbcClient jdbc,
            SensitiveData sensitive,
            Term term,
            String township,
            String programme,
            int first,
            int count,
            Set<Integer> withoutCard,
            java.util.function.IntFunction<String> bank) {
        School school = jdbc.sql(
                        "SELECT id, code, name, :township AS township FROM school_school WHERE code = '2143062611'")
                .param("township", township)
                .query((rs, n) -> new School(
                        rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("township")))
                .single();
        List<AwardSeeds> awards = new ArrayList<>();
        for (int n = first; n < first + count; n++) {
            awards.add(confirmedAward(sensitive, term, school, programme, n, !withoutCard.contains(n), bank.apply(n)));
        }
        return AwardSeeds.insertAll(jdbc, awards).size();
    }

    private static AwardSeeds confirmedAward(
            SensitiveData sensitive, Term term, School school, String programme, int n, boolean withCard, String bank) {
        String card = card(n);
        Facts facts = Facts.STUDENTS_OWN
                .person(new Person(name(n), "FEMALE", "payout-fixture-" + n, "430626********0000"))
                .school(school)
                .classOf("三年级", "1班")
                .household(new Household(
                        school.townshipCode(), school.townshipCode() + String.format("%03d", n / 1000 + 200)))
                .card(new Card(bank, withCard ? Masking.bankCard(card) : null, null));
        Sealed sealed = withCard
                ? new Sealed(null, sensitive.seal(card), sensitive.blindIndex(SensitiveKind.BANK_CARD, card))
                : Sealed.NONE;
        return AwardSeeds.student(term, 900_000_000L + n)
                .programme(programme, PROGRAMME_NAME)
                .stage("PRIMARY")
                .tier("寄宿生")
                .amount(amount(n).toPlainString())
                .facts(facts)
                .sealed(sealed)
                .confirmed();
    }
}
