package com.aidloop.award.importing;

import com.aidloop.school.Stage;
import com.aidloop.shared.Money;
import com.aidloop.shared.Term;
import java.util.List;

/**
 * What the import asks of the programme catalogue (资助项目、标准): the programmes and standards in
 * force in a term, and whether a row's programme, tier and amount fit them for the student's
 * stage. A seam, so that the import does not depend on how the catalogue is kept.
 */
public interface ProgrammeRules {

    /** The catalogue as it stands for a term. */
    TermProgrammes forTerm(Term term);

    /** The programmes of one term. */
    interface TermProgrammes {

        /** Checks a row's programme, tier and amount for a student of the stage. */
        ProgrammeCheck check(String typedProgramme, String typedTier, Money amount, Stage stage);

        /** The names of the term's programmes, for the template's drop-down. */
        List<String> programmeNames();

        /** The tier names in use, for the template's drop-down. */
        List<String> tierNames();
    }

    /** The outcome of a check: the programme and tier found, or the rule the row breaks. */
    sealed interface ProgrammeCheck {

        /**
         * @param tier the tier as the catalogue names it; "" for a programme with one standard
         * @param notes warnings that do not block the row, e.g. a tier given for a programme without tiers
         */
        record Accepted(String programmeCode, String programmeName, String tier, List<RowProblem> notes) implements ProgrammeCheck {

            public Accepted {
                notes = List.copyOf(notes);
            }
        }

        /**
         * @param rule the named rule: PROGRAMME_UNKNOWN, NOT_FOR_STAGE, NOT_FOR_TERM, TIER_UNKNOWN,
         *     AMOUNT_MISMATCH, AMOUNT_OUT_OF_RANGE
         * @param column the column the person must correct
         */
        record Refused(String rule, RosterColumn column, String code, Object[] args) implements ProgrammeCheck {

            public Refused {
                args = args.clone();
            }

            @Override
            public Object[] args() {
                return args.clone();
            }
        }
    }
}
