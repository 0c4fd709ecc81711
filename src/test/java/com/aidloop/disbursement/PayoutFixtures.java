package com.aidloop.disbursement;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.privacy.SensitiveKind;
import com.aidloop.shared.Masking;
import com.aidloop.shared.Term;
import java.math.BigDecimal;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Confirmed awards written straight into the award table (as the roster import and the
 * confirmation will), with sealed test card numbers (621799 + 13 digits), for one township of the
 * demo county; and county staff accounts for the facades. Each test class uses a term of its own
 * and clears it first: the suite may share one database.
 */
public final class PayoutFixtures {

    public static final String SANSHI_TOWN = "430626102";
    public static final String PROGRAMME = "PRIMARY_LIVING_SUBSIDY";
    public static final String PROGRAMME_NAME = "义务教育家庭经济困难学生生活补助";
    private static final String[] SURNAMES = {"李", "王", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "胡", "朱", "高", "林"};
    private static final String[] GIVEN = {"子涵", "欣怡", "梓轩", "雨桐", "浩然", "思远", "嘉怡", "俊杰", "诗琪", "宇航", "佳琪", "一鸣"};
    private static final BigDecimal[] AMOUNTS = {new BigDecimal("250.00"), new BigDecimal("500.00"), new BigDecimal("312.50"),
        new BigDecimal("625.00"), new BigDecimal("1250.00")};

    private PayoutFixtures() {}

    public static CurrentAccount county(String username) {
        return new CurrentAccount(Math.abs(username.hashCode()), username, "测试县级资助中心", Set.of(Role.COUNTY_STAFF), "430626", null);
    }

    /** Removes the term's batches, payments, bank files and awards. */
    public static void clear(JdbcClient jdbc, Term term) {
        jdbc.sql("DELETE FROM disbursement_bank_file WHERE batch_id IN (SELECT id FROM disbursement_batch WHERE term = :term)")
                .param("term", term.code()).update();
        jdbc.sql("DELETE FROM disbursement_payment WHERE term = :term").param("term", term.code()).update();
        jdbc.sql("DELETE FROM disbursement_batch WHERE term = :term").param("term", term.code()).update();
        jdbc.sql("DELETE FROM award_award WHERE term = :term").param("term", term.code()).update();
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
     * {@code first}..; every award whose number is in {@code withoutCard} has no card. Returns the
     * count written. Villages are numbered so that PayableAwards' order is by number.
     */
    public static int confirmedAwards(JdbcClient jdbc, SensitiveData sensitive, Term term, String township, String programme, int first,
            int count, Set<Integer> withoutCard) {
        String[] sealed = new String[count];
        String[] index = new String[count];
        String[] masked = new String[count];
        String[] names = new String[count];
        BigDecimal[] amounts = new BigDecimal[count];
        for (int i = 0; i < count; i++) {
            int n = first + i;
            boolean noCard = withoutCard.contains(n);
            String card = card(n);
            sealed[i] = noCard ? null : sensitive.seal(card);
            index[i] = noCard ? null : sensitive.blindIndex(SensitiveKind.BANK_CARD, card);
            masked[i] = noCard ? null : Masking.bankCard(card);
            names[i] = name(n);
            amounts[i] = amount(n);
        }
        return jdbc.sql("""
                INSERT INTO award_award (term, programme_code, programme_name, stage, tier, amount, student_id, student_name, gender,
                       id_number_index, id_number_masked, school_id, school_code, school_name, school_township_code, grade, class_name,
                       household_township_code, household_village_code, card_bank, card_number_sealed, card_number_index,
                       card_number_masked, created_by, confirmed_at, confirmed_by)
                SELECT :term, :programme, :programmeName, 'PRIMARY', '寄宿生', a.amount, 900000000 + :first + a.n - 1, a.name, 'FEMALE',
                       'payout-fixture-' || (:first + a.n - 1), '430626********0000', sc.id, sc.code, sc.name, :township, '三年级', '1班',
                       :township, :township || lpad(((:first + a.n - 1) / 1000 + 200)::text, 3, '0'), '平江县农村商业银行',
                       c.sealed, c.index, c.masked, 'test-fixture', now(), 'test-fixture'
                  FROM unnest(CAST(:amounts AS NUMERIC[]), CAST(:names AS TEXT[])) WITH ORDINALITY AS a(amount, name, n)
                  JOIN unnest(CAST(:sealed AS TEXT[]), CAST(:index AS TEXT[]), CAST(:masked AS TEXT[])) WITH ORDINALITY AS c(sealed, index, masked, n)
                    ON c.n = a.n
                 CROSS JOIN (SELECT id, code, name FROM school_school WHERE code = '2143062611') sc
                """)
                .param("term", term.code())
                .param("programme", programme)
                .param("programmeName", PROGRAMME_NAME)
                .param("first", first)
                .param("township", township)
                .param("amounts", amounts)
                .param("names", names)
                .param("sealed", sealed)
                .param("index", index)
                .param("masked", masked)
                .update();
    }
}
