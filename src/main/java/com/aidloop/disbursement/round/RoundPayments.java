package com.aidloop.disbursement.round;

import com.aidloop.award.PayableAward;
import com.aidloop.disbursement.PayoutBatchExported;
import com.aidloop.disbursement.PayoutReference;
import com.aidloop.disbursement.batch.NewPayment;
import com.aidloop.disbursement.batch.PaymentRecords;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.privacy.SensitiveKind;
import com.aidloop.shared.Masking;
import com.aidloop.shared.Term;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The lines of a round's bank batch (one PENDING payment per award, numbered from 1, each with a new
 * payment reference, the card copied sealed from the award), and the bank's template remembered
 * when a round's batch is first exported.
 */
@Component
public class RoundPayments {

    private final PaymentRecords payments;
    private final SensitiveData sensitive;
    private final RoundRecords rounds;
    private final JdbcClient jdbc;

    RoundPayments(PaymentRecords payments, SensitiveData sensitive, RoundRecords rounds, JdbcClient jdbc) {
        this.payments = payments;
        this.sensitive = sensitive;
        this.rounds = rounds;
        this.jdbc = jdbc;
    }

    public List<NewPayment> rows(Term term, List<PayableAward> lines) {
        List<Long> numbers = payments.nextReferenceNumbers(lines.size());
        List<NewPayment> rows = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            PayableAward a = lines.get(i);
            rows.add(new NewPayment(
                    i + 1,
                    PayoutReference.payment(term, numbers.get(i)),
                    a.awardId(),
                    a.studentId(),
                    a.schoolId(),
                    term,
                    a.programmeCode(),
                    a.studentName(),
                    a.cardBank(),
                    a.cardNumberSealed(),
                    a.cardNumberIndex() != null
                            ? a.cardNumberIndex()
                            : sensitive.blindIndex(SensitiveKind.BANK_CARD, sensitive.open(a.cardNumberSealed())),
                    a.cardNumberMasked() != null
                            ? a.cardNumberMasked()
                            : Masking.bankCard(sensitive.open(a.cardNumberSealed())),
                    a.amount()));
        }
        return rows;
    }

    /** A round's batch exported with a template: its bank gets that template next time. */
    @EventListener
    void exported(PayoutBatchExported exported) {
        jdbc.sql("SELECT county_code, bank_name FROM disbursement_batch WHERE id = :id AND bank_name IS NOT NULL")
                .param("id", exported.batchId())
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .optional()
                .ifPresent(b -> rounds.rememberTemplate(b[0], b[1], exported.bankTemplate(), exported.exportedBy()));
    }
}
