package com.aidloop.disbursement.round;

import com.aidloop.award.PayableAward;
import com.aidloop.disbursement.PayoutBatchExported;
import com.aidloop.disbursement.PayoutReference;
import com.aidloop.disbursement.batch.NewPayment;
import com.aidloop.disbursement.batch.PaymentRecords;
import com.aidloop.disbursement.installment.DueInstallment;
import com.aidloop.disbursement.installment.Installment;
import com.aidloop.disbursement.installment.InstallmentPlans;
import com.aidloop.platform.ChinaTime;
import com.aidloop.privacy.SensitiveData;
import com.aidloop.privacy.SensitiveKind;
import com.aidloop.shared.Masking;
import com.aidloop.shared.Term;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The lines of a round's bank batch (one PENDING payment per installment due, or per award paid at once, numbered from 1, each with a new
 * payment reference, the card copied sealed from the award), and the bank's template remembered
 * when a round's batch is first exported.
 */
@Component
public class RoundPayments {

    private final PaymentRecords payments;
    private final SensitiveData sensitive;
    private final RoundRecords rounds;
    private final JdbcClient jdbc;
    private final InstallmentPlans plans;
    private final ChinaTime time;

    RoundPayments(
            PaymentRecords payments,
            SensitiveData sensitive,
            RoundRecords rounds,
            JdbcClient jdbc,
            InstallmentPlans plans,
            ChinaTime time) {
        this.payments = payments;
        this.sensitive = sensitive;
        this.rounds = rounds;
        this.jdbc = jdbc;
        this.plans = plans;
        this.time = time;
    }

    /** Today in the display zone: the pay date of a round or batch when none is chosen. */
    public LocalDate today() {
        return time.today();
    }

    /**
     * An empty split of what a round or batch of the term and programmes pays up to the pay date:
     * the installments due then that have no payment yet, by the plan of each award.
     */
    public RoundSplit split(Term term, Collection<String> programmeCodes, LocalDate payDate) {
        return new RoundSplit(payments.installmentsWithPayment(term, programmeCodes), plans.book()::of, payDate);
    }

    /** One PENDING line per installment (第n/N期, with its due day), numbered from 1. */
    public List<NewPayment> installmentRows(Term term, List<DueInstallment> lines) {
        List<Long> numbers = payments.nextReferenceNumbers(lines.size());
        List<NewPayment> rows = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            PayableAward a = lines.get(i).award();
            Installment installment = lines.get(i).installment();
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
                    installment.amount(),
                    installment.number(),
                    installment.count(),
                    installment.dueOn()));
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
