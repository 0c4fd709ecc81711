package com.aidloop.school.importing;

import com.aidloop.shared.ImportProblem;
import com.aidloop.shared.Messages;

/**
 * Turns problems into the sentences the result page shows under "第5行 学校标识码：…". Messages the
 * school form shares start with the field's name ("学校标识码应为10位数字…"); beside the column's
 * name that name is left out ("应为10位数字…").
 */
public final class ProblemText {

    private ProblemText() {}

    public static ImportProblem of(RowProblem problem) {
        String text = Messages.format(problem.code(), problem.args());
        SchoolColumn column = problem.column();
        if (column != null
                && text.startsWith(column.header())
                && text.length() > column.header().length()) {
            text = text.substring(column.header().length());
        }
        return new ImportProblem(
                problem.row(), column == null ? null : column.header(), problem.error(), problem.code(), text);
    }
}
