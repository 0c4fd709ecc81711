package com.aidloop.disbursement.installment;

import com.aidloop.award.PayableAward;
import com.aidloop.award.PayableAwards;
import com.aidloop.iam.DataScope;
import com.aidloop.platform.ChinaTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A student's confirmed awards with their installments and the state of each (分期发放情况): paid,
 * awaiting the bank's result, failed, due but not yet in a batch, or not yet due. An award paid once
 * per term shows as its one installment.
 */
@Service
public class StudentInstallments {

    /** Where an installment stands today. */
    public enum State {
        PAID,
        PENDING,
        FAILED,
        DUE,
        NOT_YET_DUE
    }

    /** An installment, its state and the payment that pays it (null when none). */
    public record InstallmentState(Installment installment, State state, String paymentReference) {}

    /** A confirmed award and the state of each of its installments. */
    public record AwardInstallments(PayableAward award, List<InstallmentState> installments) {}

    private record Paid(long awardId, int number, String status, String reference) {}

    private final PayableAwards awards;
    private final InstallmentPlans plans;
    private final JdbcClient jdbc;
    private final ChinaTime time;

    StudentInstallments(PayableAwards awards, InstallmentPlans plans, JdbcClient jdbc, ChinaTime time) {
        this.awards = awards;
        this.plans = plans;
        this.jdbc = jdbc;
        this.time = time;
    }

    /** The student's awards the scope may pay, with their installments as of today. */
    @Transactional(readOnly = true)
    public List<AwardInstallments> of(long studentId, DataScope scope) {
        List<PayableAward> held = awards.ofStudent(studentId, scope);
        if (held.isEmpty()) {
            return List.of();
        }
        Map<String, Paid> latest = new HashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT ON (award_id, installment_no) award_id, installment_no, status, reference
                          FROM disbursement_payment
                         WHERE student_id = :student AND award_id = ANY(CAST(:awards AS BIGINT[]))
                         ORDER BY award_id, installment_no, id DESC
                        """)
                .param("student", studentId)
                .param("awards", held.stream().map(PayableAward::awardId).toArray(Long[]::new))
                .query((rs, n) -> new Paid(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                .list()
                .forEach(p -> latest.put(p.awardId() + "/" + p.number(), p));
        LocalDate today = time.today();
        InstallmentPlans.Book book = plans.book();
        List<AwardInstallments> result = new ArrayList<>();
        for (PayableAward award : held) {
            List<InstallmentState> states = new ArrayList<>();
            for (Installment i : book.of(award).installments()) {
                Paid paid = latest.get(award.awardId() + "/" + i.number());
                State state =
                        paid != null ? State.valueOf(paid.status()) : i.dueBy(today) ? State.DUE : State.NOT_YET_DUE;
                states.add(new InstallmentState(i, state, paid == null ? null : paid.reference()));
            }
            result.add(new AwardInstallments(award, states));
        }
        return result;
    }
}
