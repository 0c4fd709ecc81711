package com.aidloop.disbursement.integrity.web;

import com.aidloop.disbursement.IntegrityBreak;
import com.aidloop.disbursement.IntegrityReport;
import com.aidloop.disbursement.PayoutFigure;
import com.aidloop.shared.Money;
import java.time.Instant;
import java.util.List;

/** The integrity check as the API answers it (and the page's level table). */
record IntegrityJson(
        String term,
        String title,
        Instant checkedAt,
        boolean balanced,
        List<Level> levels,
        Gaps gaps,
        int breakCount,
        boolean breaksTruncated,
        List<Break> breaks,
        Recovered recovered) {

    /**
     * Money recovered from the term's awards (追回资金), its own line: never netted into the chain;
     * netPaid = paid − recovered. Only confirmed recoveries count; those awaiting their second review
     * (待复核) are apart.
     */
    record Recovered(
            Figure recovered,
            Money netPaid,
            List<com.aidloop.award.RecoveredAward> first,
            Figure awaitingReview,
            List<com.aidloop.award.RecoveredAward> firstAwaitingReview) {}

    /** How many and how much. */
    record Figure(long count, Money amount) {
        static Figure of(PayoutFigure figure) {
            return new Figure(figure.count(), figure.amount());
        }
    }

    /**
     * One level of the chain, its difference from the level above, the part a gap explains and
     * what is left unexplained (zero when the chain holds).
     */
    record Level(
            String key,
            String name,
            Figure figure,
            Figure differenceFromAbove,
            String gapName,
            Figure gap,
            Figure unexplained) {}

    record Gaps(
            Figure notInBatch,
            List<IntegrityReport.UnbatchedAward> notInBatchFirst,
            Figure notExported,
            List<IntegrityReport.UnexportedBatch> notExportedBatches,
            List<IntegrityReport.SettlementGap> schoolTransfers) {}

    record Break(
            String kind,
            String message,
            String batchReference,
            String paymentReference,
            String schoolName,
            String cardNumberMasked,
            Long awardId,
            Money expected,
            Money actual) {}

    static List<Level> levels(IntegrityReport r) {
        List<Level> levels = new java.util.ArrayList<>(cardLevels(r));
        levels.addAll(schoolLevels(r.settlement()));
        return List.copyOf(levels);
    }

    private static List<Level> cardLevels(IntegrityReport r) {
        PayoutFigure none = PayoutFigure.NONE;
        return List.of(
                new Level("confirmed", "已确认受助名单", Figure.of(r.confirmed()), null, null, null, null),
                new Level(
                        "installments",
                        "应发分期（按发放计划）",
                        Figure.of(r.installments()),
                        Figure.of(r.confirmed().minus(r.installments())),
                        "其中未到期",
                        Figure.of(r.notYetDue()),
                        Figure.of(r.unexplainedAwardsToInstallments())),
                new Level(
                        "inBatches",
                        "批次明细",
                        Figure.of(r.inBatches()),
                        Figure.of(r.installments().minus(r.inBatches())),
                        "未入批次",
                        Figure.of(r.notInBatch()),
                        Figure.of(r.unexplainedAwardsToBatches())),
                new Level(
                        "inBankFiles",
                        "银行文件明细",
                        Figure.of(r.inBankFiles()),
                        Figure.of(r.inBatches().minus(r.inBankFiles())),
                        "未导出",
                        Figure.of(r.notExported()),
                        Figure.of(r.unexplainedBatchesToFiles())),
                new Level(
                        "settled",
                        "已发放＋发放失败＋待回盘",
                        Figure.of(r.settled()),
                        Figure.of(r.inBankFiles().minus(r.settled())),
                        null,
                        Figure.of(none),
                        Figure.of(r.unexplainedFilesToSettled())));
    }

    private static List<Level> schoolLevels(IntegrityReport.Settlement s) {
        return List.of(
                new Level("schoolAwards", "拨付学校和实物项目的已确认受助名单", Figure.of(s.awards()), null, null, null, null),
                new Level(
                        "transferred",
                        "已登记转账（资金拨付单）",
                        Figure.of(s.transferred()),
                        Figure.of(s.awards().minus(s.transferred())),
                        "未登记转账",
                        Figure.of(s.notTransferred()),
                        Figure.of(s.unexplainedAwardsToTransfers())),
                new Level(
                        "schoolConfirmed",
                        "学校已确认到账",
                        Figure.of(s.confirmed()),
                        Figure.of(s.transferred().minus(s.confirmed())),
                        "待学校确认",
                        Figure.of(s.awaitingSchool()),
                        Figure.of(s.unexplainedTransfersToConfirmed())));
    }

    static IntegrityJson of(IntegrityReport r, String title, List<String> messages) {
        List<Break> breaks = new java.util.ArrayList<>();
        for (int i = 0; i < r.breaks().size(); i++) {
            IntegrityBreak b = r.breaks().get(i);
            breaks.add(new Break(
                    b.kind().name(),
                    messages.get(i),
                    b.batchReference(),
                    b.paymentReference(),
                    b.schoolName(),
                    b.cardNumberMasked(),
                    b.awardId(),
                    b.expected(),
                    b.actual()));
        }
        return new IntegrityJson(
                r.term().code(),
                title,
                r.checkedAt(),
                r.balanced(),
                levels(r),
                new Gaps(
                        Figure.of(r.notInBatch()),
                        r.notInBatchFirst(),
                        Figure.of(r.notExported()),
                        r.notExportedBatches(),
                        r.settlement().gaps()),
                breaks.size(),
                r.breaksTruncated(),
                breaks,
                new Recovered(
                        Figure.of(r.recovery().recovered()),
                        r.netPaid(),
                        r.recovery().first(),
                        Figure.of(r.recovery().awaitingReview()),
                        r.recovery().firstAwaitingReview()));
    }
}
