package com.aidloop.award.running;

import com.aidloop.award.RosterImportView;
import com.aidloop.award.domain.RosterColumn;
import com.aidloop.award.domain.RosterDictionaries;
import com.aidloop.iam.DataScope;
import com.aidloop.programme.ProgrammeInForce;
import com.aidloop.region.Region;
import com.aidloop.school.SchoolView;
import com.aidloop.shared.IdDocumentType;
import com.aidloop.shared.ImportProblem;
import com.aidloop.shared.Term;
import com.aidloop.spreadsheet.Column;
import com.aidloop.spreadsheet.Header;
import com.aidloop.spreadsheet.RowSource;
import com.aidloop.spreadsheet.SpreadsheetReader;
import com.aidloop.spreadsheet.TableWriter;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The workbooks of roster imports: the template to fill in (text columns for every number-like
 * value, drop-downs for dictionary columns, a 填写说明 sheet), and the error workbook, which
 * holds the uploaded rows that have problems, as uploaded, with their row number and an added
 * 错误原因 column, ready to be corrected and uploaded again.
 */
public final class RosterWorkbooks {

    public static final String ROW_HEADER = "原行号";
    public static final String REASON_HEADER = "错误原因";

    private final JobContext context;

    RosterWorkbooks(JobContext context) {
        this.context = context;
    }

    public void template(Term term, DataScope scope, OutputStream out) {
        List<Column> columns = new ArrayList<>();
        for (RosterColumn c : RosterColumn.values()) {
            columns.add(templateColumn(c, term, scope));
        }
        try (TableWriter writer = new TableWriter()) {
            writer.addSheet("资助名单", columns, Stream.empty());
            writer.addNotes("填写说明", notes(term));
            writer.writeTo(out);
        }
    }

    private Column templateColumn(RosterColumn c, Term term, DataScope scope) {
        String header = c.required() ? "*" + c.header() : c.header();
        Column column =
                switch (c) {
                    case SEQUENCE -> Column.integer(header).withWidth(6);
                    case AMOUNT -> Column.money(header);
                    case ID_NUMBER, GUARDIAN_ID_NUMBER -> Column.text(header).withWidth(22);
                    case STUDENT_NUMBER, CARD_NUMBER -> Column.text(header).withWidth(23);
                    case SCHOOL_NAME, PROGRAMME, BANK, REMARK ->
                        Column.text(header).withWidth(30);
                    default -> Column.text(header);
                };
        List<String> choices =
                switch (c) {
                    case SCHOOL_CODE ->
                        context.schools().choices(scope).stream()
                                .map(SchoolView::code)
                                .toList();
                    case GENDER -> List.of("男", "女");
                    case ID_TYPE ->
                        Arrays.stream(IdDocumentType.values())
                                .map(IdDocumentType::label)
                                .toList();
                    case HOUSEHOLD_TOWNSHIP -> townships(scope);
                    case PROGRAMME -> programmeNames(term, scope);
                    case TIER -> tierLabels(term, scope);
                    case TERM -> List.of(term.label());
                    case DIFFICULTY_TYPE -> RosterDictionaries.DIFFICULTY_TYPES;
                    case DIFFICULTY_LEVEL -> RosterDictionaries.DIFFICULTY_LEVELS;
                    case SPECIAL_CHANNEL -> RosterDictionaries.YES_NO;
                    default -> List.of();
                };
        return choices.isEmpty() ? column : column.withChoices(choices);
    }

    /** The programmes paying in the term, by the names that tell the stages apart, e.g. 国家助学金（普通高中）. */
    private List<String> programmeNames(Term term, DataScope scope) {
        return context.programmes().asOf(term, scope).programmes().stream()
                .filter(ProgrammeInForce::paysThisTerm)
                .map(p -> p.programme().displayName())
                .distinct()
                .toList();
    }

    private List<String> tierLabels(Term term, DataScope scope) {
        return context.programmes().asOf(term, scope).programmes().stream()
                .filter(ProgrammeInForce::paysThisTerm)
                .flatMap(p -> p.tiers().stream())
                .map(standard -> standard.tier().label())
                .distinct()
                .toList();
    }

    /** The townships of the uploader's county, for the drop-down. */
    private List<String> townships(DataScope scope) {
        String county = scope.regionPrefix();
        if (scope.schoolId() != null) {
            county = context.schools()
                    .byId(scope.schoolId())
                    .map(SchoolView::countyCode)
                    .orElse(null);
        }
        if (county == null || county.length() < 6) {
            return List.of();
        }
        return context.regions().children(county.substring(0, 6)).stream()
                .map(Region::name)
                .toList();
    }

    private List<String> notes(Term term) {
        List<String> lines = new ArrayList<>();
        lines.add("资助名单导入模板填写说明（" + term.label() + "）");
        lines.add("1. 请在“资助名单”工作表中从第2行起每行填写一名学生的一个资助项目；同一学生享受多个项目时分行填写。");
        lines.add("2. 带*的列必须填写；列的顺序可以调整，表头上方可以保留标题行；空行会被跳过。");
        lines.add("3. 证件号码、学籍号、资助卡号、联系电话等请保持文本格式，不要改成数字格式，否则Excel只保留15位有效数字，号码会被破坏。");
        lines.add("4. 先点“校验”检查全部数据（不写入），按错误提示修改后再“导入”；导入时全部成功或全部不导入。");
        lines.add("5. 同一学生同一项目同一学期只能有一条资助记录；如需修改已导入的记录，请勾选“更新已存在的数据”。");
        lines.add("6. 支持.xlsx、.xls和.csv（UTF-8或GBK编码）文件，单个文件不超过"
                + context.settings().maxFileSize().toMegabytes() + "MB、"
                + context.settings().maxRows() + "行。");
        lines.add("");
        lines.add("各列说明：");
        for (RosterColumn c : RosterColumn.values()) {
            lines.add((c.required() ? "*" : "") + c.header() + "：" + c.guidance());
        }
        return lines;
    }

    /** The rows of the import's kept file that have problems, with 原行号 and 错误原因. */
    public void errorWorkbook(RosterImportView view, OutputStream out) {
        Map<Integer, StringBuilder> reasons = new HashMap<>();
        context.problems().forEachProblem(view.id(), (ImportProblem p) -> {
            if (p.row() > 0) {
                StringBuilder reason = reasons.computeIfAbsent(p.row(), r -> new StringBuilder());
                if (!reason.isEmpty()) {
                    reason.append("；");
                }
                reason.append(p.column() == null ? "" : p.column() + "：")
                        .append(p.message())
                        .append(p.error() ? "" : "（提示）");
            }
        });
        var stored = context.records().storedFile(view.id()).orElseThrow();
        Path plain = context.workDirectory().resolve(view.id() + "." + System.nanoTime() + ".errors");
        try {
            context.vault().open(Path.of(stored.path()), stored.sealedKey(), plain);
            try (RowSource rows = SpreadsheetReader.open(
                            plain, view.fileName(), context.settings().readLimits(), context.workDirectory());
                    TableWriter writer = new TableWriter()) {
                Header header = rows.findHeader(RosterColumn.headers());
                List<Column> columns = new ArrayList<>();
                columns.add(Column.integer(ROW_HEADER).withWidth(8));
                for (RosterColumn c : RosterColumn.values()) {
                    columns.add(Column.text(c.header()));
                }
                columns.add(Column.text(REASON_HEADER).withWidth(60));
                Stream<List<?>> problemRows = rows.rows()
                        .filter(row -> reasons.containsKey(row.rowNumber()))
                        .map(row -> {
                            List<Object> values = new ArrayList<>();
                            values.add(row.rowNumber());
                            for (RosterColumn c : RosterColumn.values()) {
                                values.add(header.cell(row, c.header()));
                            }
                            values.add(reasons.get(row.rowNumber()).toString());
                            return values;
                        });
                writer.addSheet("错误数据", columns, problemRows);
                writer.writeTo(out);
            }
        } finally {
            ImportJob.deleteQuietly(plain);
        }
    }
}
