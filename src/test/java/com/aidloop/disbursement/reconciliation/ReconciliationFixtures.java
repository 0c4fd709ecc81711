package com.aidloop.disbursement.reconciliation;

import com.aidloop.disbursement.PayoutReference;
import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.DataScope;
import com.aidloop.iam.Role;
import com.aidloop.iam.TestAccounts;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import com.aidloop.testing.AwardSeeds;
import com.aidloop.testing.AwardSeeds.Card;
import com.aidloop.testing.AwardSeeds.Facts;
import com.aidloop.testing.AwardSeeds.Guardian;
import com.aidloop.testing.AwardSeeds.Household;
import com.aidloop.testing.AwardSeeds.Person;
import com.aidloop.testing.AwardSeeds.School;
import com.aidloop.testing.AwardSeeds.Sealed;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Exported payout batches written by SQL (the batches engineer's code is not needed): confirmed
 * awards (seeded through {@link AwardSeeds}) of students of 湘阴县 (430624), one payment per award,
 * the batch EXPORTED. And return files for them, as CSV (UTF-8, BOM, GBK) or the bank's
 * fixed-width text.
 */
public final class ReconciliationFixtures {

    public static final String COUNTY = "430624";
    public static final String TOWNSHIP = "430624100";
    public static final String VILLAGE = "430624100201";
    public static final DataScope COUNTY_SCOPE = DataScope.region(COUNTY);
    public static final Term TERM = Term.parse("2031-AUTUMN");
    public static final String PHONE = "13912345678";
    public static final String CARD = "6222600000000001234";
    public static final Charset GBK = Charset.forName("GBK");

    private final JdbcClient jdbc;
    private final SensitiveData sensitive;

    /** A county staff account of the fixtures' county (湘阴县) with a username of its own; returns the username. */
    public static String countyStaff(AccountManagement accounts) {
        String staff = TestAccounts.uniqueName("xiangyin");
        accounts.ensureDemoAccount(staff, "湘阴县资助中心", Set.of(Role.COUNTY_STAFF), COUNTY, null, TestAccounts.PASSWORD);
        return staff;
    }

    public ReconciliationFixtures(JdbcClient jdbc, SensitiveData sensitive) {
        this.jdbc = jdbc;
        this.sensitive = sensitive;
    }

    /** A payment line of a fixture batch. */
    public record Payment(long id, int lineNo, String reference, String payeeName, Money amount, long awardId) {}

    /** An exported batch and its payments in line order. */
    public record Batch(long id, String reference, List<Payment> payments) {

        public Payment payment(int lineNo) {
            return payments.get(lineNo - 1);
        }
    }

    /** An exported batch of {@code count} payments of 1250.00 each, every guardian with a phone. */
    public Batch exported(int count) {
        return exported(count, "国家助学金", true);
    }

    public Batch exported(int count, String programmeName, boolean withPhones) {
        return exported(count, programmeName, withPhones, 800_000_000L);
    }

    /** Line {@code n} pays student {@code studentIdBase + n}: pass a registered student's id minus one for a batch of one. */
    public Batch exported(int count, String programmeName, boolean withPhones, long studentIdBase) {
        String salt = UUID.randomUUID().toString();
        long batchId = batchRow(TOWNSHIP, programmeName, count);
        String phone = withPhones ? sensitive.seal(PHONE) : null;
        String card = sensitive.seal(CARD);
        List<AwardSeeds> awards = new ArrayList<>();
        for (int g = 1; g <= count; g++) {
            awards.add(confirmedAward(programmeName, studentIdBase + g, g, salt)
                    .sealed(new Sealed(phone, card, "card-" + salt + "-" + g)));
        }
        List<Long> awardIds = AwardSeeds.insertAll(jdbc, awards);
        String prefix = PayoutReference.payment(TERM, 0).substring(0, 7);
        jdbc.sql("""
                        INSERT INTO disbursement_payment (batch_id, line_no, reference, award_id, student_id, school_id, term,
                               programme_code, payee_name, card_bank, card_number_sealed, card_number_index, card_number_masked,
                               amount, status)
                        SELECT :batch, row_number() OVER (ORDER BY id), :prefix || lpad(nextval('disbursement_payment_seq')::text, 10, '0'),
                               id, student_id, school_id, term, programme_code, student_name, card_bank, card_number_sealed,
                               card_number_index, card_number_masked, amount, 'PENDING'
                          FROM award_award WHERE id = ANY(CAST(:awards AS BIGINT[]))
                        """)
                .param("batch", batchId)
                .param("prefix", prefix)
                .param("awards", awardIds.toArray(Long[]::new))
                .update();
        return batch(batchId);
    }

    /** A confirmed grant of 1250.00 for the {@code g}-th student of the batch, at 湘阴县第一中学 (a school of no registry). */
    private static AwardSeeds confirmedAward(String programmeName, long studentId, int g, String salt) {
        Facts facts = Facts.STUDENTS_OWN
                .person(new Person(
                        "湘阴学生" + g,
                        null,
                        "fixture-" + salt + "-" + g,
                        "430624**********" + String.format("%02d", g % 100)))
                .school(new School(990_001L, "2143062499", "湘阴县第一中学", TOWNSHIP))
                .household(new Household(TOWNSHIP, VILLAGE))
                .guardian(new Guardian("监护人" + g, "139****5678"))
                .card(new Card("湖南农信", "***************1234", null));
        return AwardSeeds.student(TERM, studentId)
                .programme("FIXTURE_GRANT", programmeName)
                .stage("SENIOR_HIGH")
                .tier("TIER_1")
                .amount("1250.00")
                .facts(facts)
                .confirmed();
    }

    /** An exported batch row of the township, without payments (for access checks). */
    public long batchRow(String township, String programmeName, int controlCount) {
        long batchNumber = jdbc.sql("SELECT nextval('disbursement_batch_seq')")
                .query(Long.class)
                .single();
        return jdbc.sql("""
                        INSERT INTO disbursement_batch (reference, term, county_code, township_code, programme_code, programme_name,
                               status, control_count, control_amount, created_by, approved_by, approved_at, exported_by, exported_at)
                        VALUES (:reference, :term, :county, :township, 'FIXTURE_GRANT', :programmeName, 'EXPORTED', :count,
                                :count * 1250.00, 'maker', 'checker', now(), 'checker', now())
                        RETURNING id
                        """)
                .param("reference", PayoutReference.batch(TERM, batchNumber))
                .param("term", TERM.code())
                .param("county", township.substring(0, 6))
                .param("township", township)
                .param("programmeName", programmeName)
                .param("count", controlCount)
                .query(Long.class)
                .single();
    }

    public Batch batch(long id) {
        String reference = jdbc.sql("SELECT reference FROM disbursement_batch WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        List<Payment> payments = jdbc.sql("""
                        SELECT id, line_no, reference, payee_name, amount, award_id FROM disbursement_payment
                         WHERE batch_id = :id ORDER BY line_no
                        """)
                .param("id", id)
                .query((rs, n) -> new Payment(
                        rs.getLong("id"),
                        rs.getInt("line_no"),
                        rs.getString("reference"),
                        rs.getString("payee_name"),
                        new Money(rs.getBigDecimal("amount")),
                        rs.getLong("award_id")))
                .list();
        return new Batch(id, reference, payments);
    }

    public String status(long batchId) {
        return jdbc.sql("SELECT status FROM disbursement_batch WHERE id = :id")
                .param("id", batchId)
                .query(String.class)
                .single();
    }

    public String paymentStatus(long paymentId) {
        return jdbc.sql("SELECT status FROM disbursement_payment WHERE id = :id")
                .param("id", paymentId)
                .query(String.class)
                .single();
    }

    public long count(String sql, long batchId) {
        return jdbc.sql(sql).param("batch", batchId).query(Long.class).single();
    }

    // ---- return files ----

    /** A CSV line in the default template's column order: 序号,户名,卡号,金额,摘要,处理结果,失败原因. */
    public static String csvLine(Payment p, String result, String reason) {
        return csvLine(p.lineNo(), p.payeeName(), p.amount().toString(), p.reference(), result, reason);
    }

    public static String csvLine(
            int lineNo, String name, String amount, String reference, String result, String reason) {
        return String.join(",", String.valueOf(lineNo), name, CARD, amount, reference, result, reason);
    }

    public static String csv(List<String> lines) {
        return "序号,户名,卡号,金额,摘要,处理结果,失败原因\r\n" + String.join("\r\n", lines) + "\r\n";
    }

    /** One 141-byte line of the fixed-width layout (without its line end). */
    public static byte[] fixedLine(Payment p, char result, String reason) {
        return fixedLine(p.lineNo(), p.payeeName(), p.amount().toString(), p.reference(), result, reason);
    }

    public static byte[] fixedLine(
            int lineNo, String name, String amount, String reference, char result, String reason) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(String.format("%06d", lineNo).getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(pad(name, 40));
        out.writeBytes(pad(CARD, 19));
        out.writeBytes(String.format("%15s", amount).replace(' ', '0').getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(pad(reference, 20));
        out.write(result);
        out.writeBytes(pad(reason, 40));
        return out.toByteArray();
    }

    public static byte[] fixedFile(List<byte[]> lines, String lineEnd) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] line : lines) {
            out.writeBytes(line);
            out.writeBytes(lineEnd.getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }

    private static byte[] pad(String text, int bytes) {
        byte[] b = text.getBytes(GBK);
        byte[] padded = Arrays.copyOf(b, bytes);
        Arrays.fill(padded, Math.min(b.length, bytes), bytes, (byte) ' ');
        return padded;
    }

    public static Path file(Path folder, String name, byte[] content) {
        try {
            Path file = folder.resolve(name);
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
