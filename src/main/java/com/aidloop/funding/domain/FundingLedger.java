package com.aidloop.funding.domain;

import com.aidloop.funding.FundingSource;
import com.aidloop.funding.SourceAmounts;
import com.aidloop.funding.domain.IdleFunds.Idle;
import com.aidloop.funding.domain.IdleFunds.Receipt;
import com.aidloop.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The funding report's lines: per unit (county, township or school), programme and source, the
 * money allocated, the confirmed awards' share, the paid share and what remains unpaid. Money is
 * allocated to a county, so allocations and idle money (闲置沉淀) appear on county lines only; a
 * township's or school's lines show their own confirmed and paid money. Every amount comes split
 * already (one payment, one school's confirmed awards of a programme), so lines and totals add up
 * to the fen.
 */
public final class FundingLedger {

    /** How finely the report groups places. */
    public enum Level {
        COUNTY,
        TOWNSHIP,
        SCHOOL
    }

    /** Where confirmed or paid money belongs: the school and its township (whose first six digits are the county). */
    public record Place(long schoolId, String townshipCode) {

        String unit(Level level) {
            return switch (level) {
                case COUNTY -> townshipCode.substring(0, 6);
                case TOWNSHIP -> townshipCode;
                case SCHOOL -> Long.toString(schoolId);
            };
        }
    }

    /** A standing allocation entry of a county. */
    public record Received(
            String countyCode, String programmeCode, FundingSource source, LocalDate receivedOn, Money amount) {}

    /** Confirmed or paid money of a programme at a place, split by source. */
    public record Share(Place place, String programmeCode, SourceAmounts parts) {}

    /**
     * @param unit the county or township code, or the school id
     * @param allocated null below the county, where no money is allocated
     * @param idle the idle money of a county line, if any
     */
    public record Line(
            String unit,
            String programmeCode,
            FundingSource source,
            Money allocated,
            Money confirmed,
            Money paid,
            Optional<Idle> idle) {

        /** Confirmed but not paid yet (negative when more was paid than is confirmed now). */
        public Money unpaid() {
            return confirmed.minus(paid);
        }
    }

    private record Key(String unit, String programmeCode, FundingSource source) {}

    private static final Comparator<Key> ORDER =
            Comparator.comparing(Key::unit).thenComparing(Key::programmeCode).thenComparing(Key::source);

    private FundingLedger() {}

    public static List<Line> lines(
            Level level,
            List<Received> received,
            List<Share> confirmed,
            List<Share> paid,
            LocalDate today,
            int idleDays) {
        Map<Key, Money[]> sums = new TreeMap<>(ORDER);
        if (level == Level.COUNTY) {
            for (Received r : received) {
                Money[] cell = cell(sums, new Key(r.countyCode(), r.programmeCode(), r.source()));
                cell[0] = cell[0].plus(r.amount());
            }
        }
        add(sums, level, confirmed, 1);
        add(sums, level, paid, 2);
        List<Line> lines = new ArrayList<>();
        sums.forEach((key, money) -> {
            Optional<Idle> idle = Optional.empty();
            if (level == Level.COUNTY) {
                List<Receipt> receipts = received.stream()
                        .filter(r -> r.countyCode().equals(key.unit())
                                && r.programmeCode().equals(key.programmeCode())
                                && r.source() == key.source())
                        .map(r -> new Receipt(r.receivedOn(), r.amount()))
                        .toList();
                idle = receipts.isEmpty() ? idle : IdleFunds.find(receipts, money[2], today, idleDays);
            }
            lines.add(new Line(
                    key.unit(),
                    key.programmeCode(),
                    key.source(),
                    level == Level.COUNTY ? money[0] : null,
                    money[1],
                    money[2],
                    idle));
        });
        return lines;
    }

    private static void add(Map<Key, Money[]> sums, Level level, List<Share> shares, int column) {
        for (Share share : shares) {
            share.parts().parts().forEach((source, amount) -> {
                Money[] cell = cell(sums, new Key(share.place().unit(level), share.programmeCode(), source));
                cell[column] = cell[column].plus(amount);
            });
        }
    }

    private static Money[] cell(Map<Key, Money[]> sums, Key key) {
        return sums.computeIfAbsent(key, k -> new Money[] {Money.ZERO, Money.ZERO, Money.ZERO});
    }
}
