package com.aidloop.roster.documents;

import com.aidloop.award.AwardLine;
import com.aidloop.roster.Figures;
import com.aidloop.roster.summary.SummaryCube;
import com.aidloop.roster.summary.Tally;
import com.aidloop.shared.Signatures;
import com.aidloop.shared.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A school's fund confirmation form (学校学生资助资金确认表) for a term: per programme how many
 * students and how much money, signed by the school's 经办人, 审核人 and 负责人, stamped, and
 * confirmed by the county aid centre.
 *
 * @param countyName the county whose aid centre confirms it, e.g. 平江县
 * @param countySigned the county's signature line: who imported and confirmed the school's awards
 *     and the centre's head; blank until {@link #signed}
 */
public record ConfirmationForm(
        Term term,
        long schoolId,
        String schoolCode,
        String schoolName,
        String countyName,
        List<Line> lines,
        Signatures countySigned) {

    public ConfirmationForm {
        lines = List.copyOf(lines);
        countySigned = countySigned == null ? Signatures.blank() : countySigned;
    }

    /** The same form with the names on the county's signature line. */
    public ConfirmationForm signed(Signatures names) {
        return new ConfirmationForm(term, schoolId, schoolCode, schoolName, countyName, lines, names);
    }

    /** One programme of the school: its stages, students and amount. */
    public record Line(String programmeCode, String programmeName, String stages, Figures figures) {}

    public Figures total() {
        return lines.stream().map(Line::figures).reduce(Figures.NONE, Figures::plus);
    }

    /** Adds up one school's awards, programme by programme, as the form prints them. */
    public static final class Builder {

        private final long schoolId;
        private final String schoolCode;
        private final String schoolName;
        private final Map<String, Tally> byProgramme = new LinkedHashMap<>();
        private final Map<String, String> programmeNames = new LinkedHashMap<>();
        private final Map<String, TreeSet<String>> stages = new LinkedHashMap<>();

        public Builder(long schoolId, String schoolCode, String schoolName) {
            this.schoolId = schoolId;
            this.schoolCode = schoolCode;
            this.schoolName = schoolName;
        }

        /** @param programmeName the programme as documents name it (see {@link ProgrammeWords}) */
        public void add(AwardLine line, String programmeName) {
            if (line.schoolId() != schoolId) {
                throw new IllegalArgumentException("award " + line.id() + " is not of school " + schoolId);
            }
            byProgramme.computeIfAbsent(line.programmeCode(), k -> new Tally()).add(line.amount());
            programmeNames.putIfAbsent(line.programmeCode(), programmeName);
            stages.computeIfAbsent(line.programmeCode(), k -> new TreeSet<>())
                    .add(line.stage() == null ? "" : line.stage());
        }

        public ConfirmationForm build(Term term, String countyName) {
            List<Line> lines = new ArrayList<>();
            byProgramme.forEach((code, tally) -> lines.add(new Line(
                    code,
                    programmeNames.get(code),
                    stages.get(code).stream()
                            .filter(s -> !s.isBlank())
                            .map(SummaryCube::stageLabelOf)
                            .distinct()
                            .collect(Collectors.joining("、")),
                    tally.figures())));
            lines.sort(Comparator.comparing(Line::programmeCode));
            return new ConfirmationForm(term, schoolId, schoolCode, schoolName, countyName, lines, Signatures.blank());
        }
    }
}
