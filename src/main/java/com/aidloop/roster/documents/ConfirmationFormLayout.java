package com.aidloop.roster.documents;

import com.aidloop.roster.DocumentKind;
import com.aidloop.shared.Signatures;
import com.aidloop.spreadsheet.Column;
import java.util.ArrayList;
import java.util.List;

/** How a fund confirmation form prints: per programme 人数 and 金额, then who signs and stamps. */
public final class ConfirmationFormLayout {

    public static final List<Column> COLUMNS = List.of(
            Column.text("资助项目").withWidth(30),
            Column.text("学段").withWidth(12),
            Column.integer("资助人数").withWidth(10),
            Column.money("资助金额（元）").withWidth(16),
            Column.text("备注").withWidth(16));

    /**
     * The school's signatures (by hand), its stamp, then the county aid centre's confirmation with
     * the names of who imported and confirmed the awards and of the centre's head.
     */
    public static List<String> footLines(String countyName, Signatures county) {
        return List.of(
                Signatures.blank().line("学校"),
                "学校（盖章）　　　　　　　　　　　　　　　　　　　　　年　　月　　日",
                "县级学生资助管理中心确认意见：　　　　　　　　　　　　　　" + countyName + "学生资助管理中心（盖章）",
                county.line("县级") + "　　年　　月　　日");
    }

    private ConfirmationFormLayout() {}

    public static FormWorkbook.Table table(ConfirmationForm form) {
        List<List<Object>> rows = new ArrayList<>();
        for (ConfirmationForm.Line line : form.lines()) {
            rows.add(java.util.Arrays.asList(
                    line.programmeName(),
                    line.stages(),
                    line.figures().awards(),
                    line.figures().amount(),
                    null));
        }
        String title = new Issuer(form.countyName(), null).title(DocumentKind.CONFIRMATION_FORM, form.term(), null);
        return new FormWorkbook.Table(
                form.schoolName(),
                title,
                "学校（盖章）：" + form.schoolName(),
                COLUMNS,
                rows,
                footLines(form.countyName(), form.countySigned()));
    }
}
