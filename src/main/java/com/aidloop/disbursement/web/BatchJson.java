package com.aidloop.disbursement.web;

import com.aidloop.disbursement.BankFileSummary;
import com.aidloop.disbursement.BatchContributor;
import com.aidloop.disbursement.BatchPreview;
import com.aidloop.disbursement.BatchView;
import com.aidloop.disbursement.PaymentLine;
import com.aidloop.shared.Money;
import java.time.Instant;
import java.util.List;

/** The API's shapes of batches, lines, previews and bank file summaries: terms as codes, amounts as yuan. */
final class BatchJson {

    private BatchJson() {}

    record Batch(
            long id,
            int version,
            String reference,
            String term,
            String townshipCode,
            String townshipName,
            String programmeCode,
            String programmeName,
            String status,
            long controlCount,
            Money controlAmount,
            long lineCount,
            Money lineAmount,
            Long reissueOfBatchId,
            String bankTemplate,
            String createdBy,
            Instant createdAt,
            String approvedBy,
            Instant approvedAt,
            String exportedBy,
            Instant exportedAt,
            List<Contributor> contributors,
            boolean reissue,
            String label,
            String statusLabel,
            Long roundId,
            String bankName,
            Review review) {

        static Batch of(BatchView b) {
            return new Batch(
                    b.id(),
                    b.version(),
                    b.reference(),
                    b.term().code(),
                    b.townshipCode(),
                    b.townshipName(),
                    b.programmeCode(),
                    b.programmeName(),
                    b.status().name(),
                    b.controlCount(),
                    b.controlAmount(),
                    b.lineCount(),
                    b.lineAmount(),
                    b.reissueOfBatchId(),
                    b.bankTemplate(),
                    b.createdBy(),
                    b.createdAt(),
                    b.approvedBy(),
                    b.approvedAt(),
                    b.exportedBy(),
                    b.exportedAt(),
                    b.contributors().stream().map(Contributor::of).toList(),
                    b.isReissue(),
                    b.label(),
                    b.statusLabel(),
                    b.roundId(),
                    b.bankName(),
                    b.review() == null
                            ? null
                            : new Review(
                                    b.review().opinion(),
                                    b.review().by(),
                                    b.review().at()));
        }
    }

    /** 驳回: the checker's opinion (审核意见) while the batch waits for its makers to resubmit it. */
    record Review(String opinion, String returnedBy, Instant returnedAt) {}

    /** Someone who put lines, cards or amounts into the batch (CREATED, REISSUED): none of them may approve it. */
    record Contributor(String username, String contribution, String contributionLabel, Instant since) {

        static Contributor of(BatchContributor c) {
            return new Contributor(
                    c.username(), c.contribution().name(), c.contribution().label(), c.since());
        }
    }

    record Created(Batch batch, long missingCardCount, String warning) {}

    record Line(
            long id,
            int lineNo,
            String reference,
            long awardId,
            long studentId,
            String schoolName,
            String payeeName,
            String cardBank,
            String cardNumberMasked,
            Money amount,
            String status,
            String failureReason,
            Long reissueOfPaymentId,
            int installmentNo,
            int installmentCount,
            java.time.LocalDate dueOn) {

        static Line of(PaymentLine l) {
            return new Line(
                    l.id(),
                    l.lineNo(),
                    l.reference(),
                    l.awardId(),
                    l.studentId(),
                    l.schoolName(),
                    l.payeeName(),
                    l.cardBank(),
                    l.cardNumberMasked(),
                    l.amount(),
                    l.status(),
                    l.failureReason(),
                    l.reissueOfPaymentId(),
                    l.installmentNo(),
                    l.installmentCount(),
                    l.dueOn());
        }
    }

    record Preview(long payableCount, Money payableAmount, long missingCardCount, long alreadyInBatchCount) {

        static Preview of(BatchPreview p) {
            return new Preview(p.payableCount(), p.payableAmount(), p.missingCardCount(), p.alreadyInBatchCount());
        }
    }

    record BankFileInfo(
            long batchId,
            String batchReference,
            String template,
            String templateLabel,
            long lineCount,
            Money totalAmount,
            boolean firstDownload) {

        static BankFileInfo of(BankFileSummary s) {
            return new BankFileInfo(
                    s.batch().id(),
                    s.batch().reference(),
                    s.template().name(),
                    s.template().label(),
                    s.lineCount(),
                    s.totalAmount(),
                    s.firstDownload());
        }
    }

    /** The body of a new batch. */
    record NewBatch(String term, String townshipCode, String programmeCode) {}

    /** The body of a line removal. */
    record Removal(String reason) {}
}
