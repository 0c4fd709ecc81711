package com.aidloop.award.running;

import com.aidloop.award.domain.RosterColumn;
import com.aidloop.award.domain.RowProblem;
import com.aidloop.shared.ImportProblem;
import com.aidloop.shared.Masking;
import com.aidloop.shared.Messages;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Turns problems into the Chinese sentences the report shows under "第5行 证件号码：…". Messages
 * shared with forms start with the field's name ("证件号码校验位错误…"); beside the column's name
 * that name is left out ("校验位错误…").
 */
@Component
public class ProblemMessages {

    /** Words a message may start with that the column's name already says. */
    private static final Map<RosterColumn, List<String>> NAMED = Map.ofEntries(
            Map.entry(RosterColumn.ID_NUMBER, List.of("证件号码")),
            Map.entry(RosterColumn.GUARDIAN_ID_NUMBER, List.of("监护人证件号码", "证件号码")),
            Map.entry(RosterColumn.STUDENT_NAME, List.of("学生姓名")),
            Map.entry(RosterColumn.GUARDIAN_NAME, List.of("监护人姓名", "家庭成员姓名")),
            Map.entry(RosterColumn.PHONE, List.of("手机号码")),
            Map.entry(RosterColumn.CARD_NUMBER, List.of("资助卡号")),
            Map.entry(RosterColumn.STUDENT_NUMBER, List.of("学籍号")),
            Map.entry(RosterColumn.AMOUNT, List.of("资助金额", "金额")),
            Map.entry(RosterColumn.PROGRAMME, List.of("资助项目")),
            Map.entry(RosterColumn.TIER, List.of("资助档次")),
            Map.entry(RosterColumn.GENDER, List.of("性别")),
            Map.entry(RosterColumn.ID_TYPE, List.of("证件类型")),
            Map.entry(RosterColumn.GRADE, List.of("年级")),
            Map.entry(RosterColumn.CLASS_NAME, List.of("班级")),
            Map.entry(RosterColumn.TERM, List.of("学期")));

    public ImportProblem format(RowProblem problem) {
        // a value typed into the wrong column (an ID number under 资助金额) is echoed only masked
        String text = Masking.withinText(text(problem.code(), problem.args()));
        RosterColumn column = problem.column();
        if (column != null) {
            for (String name : NAMED.getOrDefault(column, List.of())) {
                if (text.startsWith(name) && text.length() > name.length()) {
                    text = text.substring(name.length());
                    break;
                }
            }
        }
        return new ImportProblem(
                problem.row(), column == null ? null : column.header(), problem.isError(), problem.code(), text);
    }

    public String text(String code, Object... args) {
        return Messages.format(code, plain(args));
    }

    /** Row numbers and amounts as written: MessageFormat would print 1250 as "1,250". */
    private static Object[] plain(Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Number) {
                out[i] = out[i].toString();
            }
        }
        return out;
    }
}
