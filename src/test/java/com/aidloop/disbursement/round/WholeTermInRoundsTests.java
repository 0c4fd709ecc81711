package com.aidloop.disbursement.round;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.award.PayableAwards;
import com.aidloop.disbursement.BankFiles;
import com.aidloop.disbursement.BatchView;
import com.aidloop.disbursement.PayoutRounds;
import com.aidloop.disbursement.RoundPreview;
import com.aidloop.disbursement.RoundView;
import com.aidloop.disbursement.reconciliation.ReconciliationFixtures;
import com.aidloop.disbursement.reconciliation.ReturnFileImport;
import com.aidloop.disbursement.reconciliation.ReturnFileResult;
import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Role;
import com.aidloop.shared.Term;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo county's whole spring term paid in one round with one batch per issuing bank: round →
 * approval by a second person → one bank file per bank → the banks' return files → reconciled,
 * and no confirmed card award of the term left unpaid but those of the students the demo leaves
 * without a card anywhere, whom the round's preview names. The demo's 2026 spring awards are copied
 * into a term of this test's own, so that the demo term stays as other tests expect it.
 */
@SpringBootTest
class WholeTermInRoundsTests {

    private static final Term DEMO_TERM = new Term(2026, Term.Semester.SPRING);
    /** A term of this run's own, without awards yet (reruns against one shared database each copy afresh). */
    private Term term;

    private static final CurrentAccount COUNTY = staff(9_721L, "county");
    private static final CurrentAccount COUNTY2 = staff(9_722L, "county2");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PayoutRounds rounds;

    @Autowired
    PayableAwards awards;

    @Autowired
    BankFiles bankFiles;

    @Autowired
    ReturnFileImport returns;

    @TempDir
    Path folder;

    private static CurrentAccount staff(long id, String username) {
        return new CurrentAccount(id, username, "平江县资助中心", Set.of(Role.COUNTY_STAFF), "430626", null);
    }

    @Test
    void theWholeSpringTermIsPaidInOneRoundWithOneBatchPerBank() {
        copyTheDemoSpringTerm();
        List<String> cardProgrammes = cardProgrammes();
        long toPay = count(CONFIRMED + WITH_CARD, cardProgrammes);
        Set<String> banks = banks(cardProgrammes);
        assertThat(toPay).as("the demo's spring term has card awards to pay").isGreaterThan(500);

        // paid when the term is over: every installment of a programme paid monthly is due
        LocalDate payDate = term.semester() == Term.Semester.SPRING
                ? LocalDate.of(term.year(), 7, 31)
                : LocalDate.of(term.year() + 1, 1, 31);
        RoundPreview preview = rounds.preview(term, cardProgrammes, List.of(), payDate, COUNTY);
        assertThat((long) preview.missingCards().size())
                .as("the demo's students without a card anywhere are named, to fix their card")
                .isEqualTo(count(CONFIRMED, cardProgrammes) - toPay);
        RoundView round = rounds.create(term, cardProgrammes, List.of(), payDate, COUNTY);
        assertThat(round.batches()).extracting(BatchView::bankName).containsExactlyInAnyOrderElementsOf(banks);
        assertThat(round.count())
                .as("awards, or their installments")
                .isEqualTo(preview.count())
                .isGreaterThanOrEqualTo(toPay);

        rounds.approve(round.id(), COUNTY2);
        for (BatchView batch : round.batches()) {
            bankFiles.download(batch.id(), "csv", COUNTY);
            ReturnFileResult result =
                    returns.upload(batch.id(), "回盘-" + batch.reference() + ".csv", allPaid(batch.id()), COUNTY.scope());
            assertThat(result.reconciled()).as(batch.bankName()).isTrue();
        }

        assertThat(jdbc.sql("SELECT count(*) FROM disbursement_round WHERE term = :term")
                        .param("term", term.code())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(rounds.get(round.id(), COUNTY.scope()).batches())
                .hasSize(banks.size())
                .allSatisfy(b -> assertThat(b.status().name()).isEqualTo("RECONCILED"));
        assertThat(count(CONFIRMED + WITH_CARD + UNPAID, cardProgrammes))
                .as("confirmed card awards of the term with a card left unpaid")
                .isZero();
    }

    private static final String CONFIRMED = """
            SELECT count(*) FROM award_award a
             WHERE a.term = :term AND a.confirmed_at IS NOT NULL AND a.programme_code = ANY(CAST(:programmes AS text[]))
            """;
    private static final String WITH_CARD = " AND a.card_number_sealed IS NOT NULL AND a.card_bank IS NOT NULL";
    private static final String UNPAID =
            " AND NOT EXISTS (SELECT 1 FROM disbursement_payment p WHERE p.award_id = a.id AND p.status = 'PAID')";

    private long count(String sql, List<String> programmes) {
        return jdbc.sql(sql)
                .param("term", term.code())
                .param("programmes", programmes.toArray(String[]::new))
                .query(Long.class)
                .single();
    }

    private List<String> cardProgrammes() {
        return jdbc
                .sql("SELECT DISTINCT programme_code FROM award_award WHERE term = :term")
                .param("term", term.code())
                .query(String.class)
                .list()
                .stream()
                .filter(code -> awards.paidByCard(code, term))
                .sorted()
                .toList();
    }

    /** The issuing banks of the cards to pay: a round's batches, one each. */
    private Set<String> banks(List<String> programmes) {
        return new TreeSet<>(jdbc
                .sql("""
                        SELECT DISTINCT card_bank FROM award_award
                         WHERE term = :term AND confirmed_at IS NOT NULL AND card_bank IS NOT NULL
                           AND programme_code = ANY(CAST(:programmes AS text[]))""")
                .param("term", term.code())
                .param("programmes", programmes.toArray(String[]::new))
                .query(String.class)
                .list()
                .stream()
                .map(IssuingBank::of)
                .toList());
    }

    /** The bank's answer: every line paid (成功), matched by the payment's reference. */
    private Path allPaid(long batchId) {
        ReconciliationFixtures.Batch batch = new ReconciliationFixtures(jdbc, null).batch(batchId);
        String file = ReconciliationFixtures.csv(batch.payments().stream()
                .map(p -> ReconciliationFixtures.csvLine(p, "成功", ""))
                .toList());
        return ReconciliationFixtures.file(folder, "r" + batchId, file.getBytes(StandardCharsets.UTF_8));
    }

    /** The demo county's confirmed and unconfirmed awards of 2026 spring, once, under this test's term. */
    private void copyTheDemoSpringTerm() {
        for (int year = 2099; term == null; year--) {
            for (Term.Semester semester : Term.Semester.values()) {
                Term free = new Term(year, semester);
                if (term == null
                        && !jdbc.sql("SELECT EXISTS (SELECT 1 FROM award_award WHERE term = :term)")
                                .param("term", free.code())
                                .query(Boolean.class)
                                .single()) {
                    term = free;
                }
            }
        }
        String columns = jdbc.sql("""
                        SELECT string_agg(column_name, ', ' ORDER BY ordinal_position) FROM information_schema.columns
                         WHERE table_schema = current_schema() AND table_name = 'award_award'
                           AND column_name NOT IN ('id', 'term') AND is_generated = 'NEVER'
                        """).query(String.class).single();
        jdbc.sql("""
                        INSERT INTO award_award (term, %1$s)
                        SELECT :to, %1$s FROM award_award
                         WHERE term = :from AND school_township_code LIKE '430626%%'
                        """.formatted(columns))
                .param("to", term.code())
                .param("from", DEMO_TERM.code())
                .update();
    }
}
