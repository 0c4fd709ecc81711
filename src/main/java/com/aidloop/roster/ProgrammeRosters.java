package com.aidloop.roster;

import com.aidloop.award.AwardLine;
import com.aidloop.platform.ChinaTime;
import com.aidloop.roster.documents.Issuer;
import com.aidloop.roster.documents.RosterLayouts;
import com.aidloop.roster.documents.RowNames;
import com.aidloop.roster.verification.CatalogueLimits;
import com.aidloop.roster.verification.DocumentTotals;
import com.aidloop.roster.verification.Finding;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import com.aidloop.spreadsheet.OfficialRosterWriter;
import com.aidloop.spreadsheet.RosterSummary;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.springframework.stereotype.Component;

/**
 * Writes one programme's roster (分项目资助花名册) from that programme's awards and counts its
 * rows on their way into the workbook writer: per school, what the roster holds, and every row
 * whose amount the programme's limits do not allow, with its 序号. The writer's own 合计 must
 * equal the rows it was handed.
 */
@Component
class ProgrammeRosters {

    private final ChinaTime time;

    ProgrammeRosters(ChinaTime time) {
        this.time = time;
    }

    private static final int AMOUNT_COLUMN =
            RosterLayouts.PER_PROGRAMME.stream().map(c -> c.header()).toList().indexOf(RosterLayouts.AMOUNT);

    /** A written programme roster: its title, what the writer says it holds, what its rows held, and what they broke. */
    record Written(
            String programmeCode,
            String programmeName,
            String title,
            RosterSummary summary,
            DocumentTotals counted,
            List<Finding> findings) {}

    /** @param lines the awards of one programme, at least one, in roster order */
    Written write(Issuer issuer, Term term, Stream<AwardLine> lines, RowNames places, OutputStream out) {
        Iterator<AwardLine> it = lines.iterator();
        AwardLine first = it.next();
        String code = first.programmeCode();
        String name = places.programme(first);
        HandedRows handed = new HandedRows(name, places);
        Stream<List<Object>> rows = Stream.concat(
                        Stream.of(first), StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, 0), false))
                .map(handed::row);
        String title = issuer.title(DocumentKind.PER_PROGRAMME, term, name);
        RosterSummary summary = OfficialRosterWriter.write(
                RosterExports.heading(issuer, DocumentKind.PER_PROGRAMME, term, name, time.today()),
                RosterLayouts.PER_PROGRAMME,
                rows,
                out);
        handed.compareWith(summary, code);
        return new Written(code, name, title, summary, handed.counted, handed.findings);
    }

    /** The rows on their way into the writer: counted per school, numbered, and held against the programme's limits. */
    private static final class HandedRows {

        private final String programmeName;
        private final RowNames places;
        private final CatalogueLimits limits;
        private final DocumentTotals counted = new DocumentTotals(RosterVerification.ROSTER);
        private final List<Finding> findings = new ArrayList<>();
        private long rows;
        private BigDecimal yuan = BigDecimal.ZERO;

        HandedRows(String programmeName, RowNames places) {
            this.programmeName = programmeName;
            this.places = places;
            this.limits = new CatalogueLimits(places.programmes());
        }

        List<Object> row(AwardLine line) {
            List<Object> row = RosterLayouts.perProgramme(line, places);
            Money amount = (Money) row.get(AMOUNT_COLUMN);
            counted.add(line.schoolId(), line.schoolName(), line.programmeCode(), programmeName, amount);
            int rowNumber = (int) ++rows;
            yuan = yuan.add(amount.yuan());
            limits.check(line)
                    .ifPresent(breach -> findings.add(new Finding(
                            breach.rule(),
                            line.schoolId(),
                            line.schoolName(),
                            line.programmeCode(),
                            programmeName,
                            rowNumber,
                            List.of(line.studentName(), amount.toString(), breach.explanation()))));
            return row;
        }

        /** The writer's own 合计 must equal the rows it was handed. */
        void compareWith(RosterSummary summary, String programmeCode) {
            BigDecimal printed = summary.totals().getOrDefault(RosterLayouts.AMOUNT, BigDecimal.ZERO);
            if (summary.rows() != rows || printed.compareTo(yuan) != 0) {
                findings.add(new Finding(
                        Finding.Rule.ROSTER_TOTAL_DIFFERS,
                        null,
                        null,
                        programmeCode,
                        programmeName,
                        null,
                        List.of(
                                String.valueOf(summary.rows()),
                                new Money(printed).toString(),
                                String.valueOf(rows),
                                new Money(yuan).toString())));
            }
        }
    }
}
