package com.aidloop.roster.verification;

import com.aidloop.shared.Messages;
import java.util.List;

/**
 * Something the automatic check found wrong, with the rule that found it, where it is and the
 * figures it compared, so that staff can see why and fix it. Rendered in Chinese from
 * {@code roster.finding.<rule>} with {@link #arguments()}.
 *
 * @param row the row of the programme's roster (花名册序号), or null when the finding is about totals
 * @param facts the figures the rule compared, in the order its message names them
 */
public record Finding(
        Rule rule,
        Long schoolId,
        String schoolName,
        String programmeCode,
        String programmeName,
        Integer row,
        List<String> facts) {

    public Finding {
        facts = List.copyOf(facts);
    }

    /** The rules of the check. */
    public enum Rule {
        /** A school's programme has different head counts or amounts in the roster, the confirmation form and the summary. */
        DOCUMENTS_DISAGREE,
        /** A written roster's 合计 differs from the sum of the rows handed to it. */
        ROSTER_TOTAL_DIFFERS,
        /** An award of zero or less. */
        AMOUNT_NOT_POSITIVE,
        /** An award of a programme the term's catalogue does not hold. */
        PROGRAMME_NOT_IN_CATALOGUE,
        /** An award the catalogue does not allow: not for the stage or term, no such tier, or another amount than the standard. */
        OFF_STANDARD;

        public String messageCode() {
            return "roster.finding." + name();
        }
    }

    /** school, programme, row, then the facts. */
    public Object[] arguments() {
        Object[] args = new Object[3 + facts.size()];
        args[0] = schoolName == null ? "" : schoolName;
        args[1] = programmeName == null ? "" : programmeName;
        args[2] = row == null ? "" : row.toString();
        for (int i = 0; i < facts.size(); i++) {
            args[3 + i] = facts.get(i);
        }
        return args;
    }

    /** The finding as one Chinese sentence that says where it is and what differs. */
    public String sentence() {
        return Messages.format(rule.messageCode(), arguments());
    }
}
