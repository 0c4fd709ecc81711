package com.aidloop.funding;

import com.aidloop.funding.domain.FundingLedger.Level;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.time.LocalDate;
import java.util.List;

/**
 * The funding-source report (资金来源统计) of a term: per unit, programme and source, the money
 * allocated (county lines only), confirmed, paid and unpaid, and idle money flagged.
 *
 * @param level COUNTY, TOWNSHIP or SCHOOL
 * @param idleDays money unpaid more than this many days after it arrived is idle (闲置沉淀)
 */
public record FundingReport(Term term, String level, String unitName, LocalDate today, int idleDays, List<Row> rows) {

    public static final List<String> LEVELS = List.of(Level.COUNTY.name(), Level.TOWNSHIP.name(), Level.SCHOOL.name());

    /**
     * One line.
     *
     * @param allocated null below the county
     * @param idle the idle amount, null when none
     * @param idleSince when the oldest idle money arrived, null when none
     */
    public record Row(
            String unitCode,
            String unitName,
            String programmeCode,
            String programmeName,
            FundingSource source,
            Money allocated,
            Money confirmed,
            Money paid,
            Money unpaid,
            Money idle,
            LocalDate idleSince,
            long idleDays,
            String idleReason) {

        public boolean flagged() {
            return idle != null;
        }

        public String sourceLabel() {
            return source.label();
        }
    }

    public boolean byCounty() {
        return Level.COUNTY.name().equals(level);
    }

    public Money allocated() {
        return rows.stream().map(Row::allocated).filter(m -> m != null).reduce(Money.ZERO, Money::plus);
    }

    public Money confirmed() {
        return rows.stream().map(Row::confirmed).reduce(Money.ZERO, Money::plus);
    }

    public Money paid() {
        return rows.stream().map(Row::paid).reduce(Money.ZERO, Money::plus);
    }

    public Money unpaid() {
        return rows.stream().map(Row::unpaid).reduce(Money.ZERO, Money::plus);
    }

    public Money idle() {
        return rows.stream().map(Row::idle).filter(m -> m != null).reduce(Money.ZERO, Money::plus);
    }

    public long flaggedCount() {
        return rows.stream().filter(Row::flagged).count();
    }

    /** "县", "乡镇" or "学校": what a unit is at this level. */
    public String levelLabel() {
        return switch (level) {
            case "TOWNSHIP" -> "乡镇";
            case "SCHOOL" -> "学校";
            default -> "县（区）";
        };
    }
}
