package com.aidloop.school.importing;

import com.aidloop.iam.DataScope;
import com.aidloop.region.Region;
import com.aidloop.region.RegionManagement;
import com.aidloop.school.SchoolView;
import com.aidloop.school.internal.SchoolRepository;
import com.aidloop.spreadsheet.Column;
import com.aidloop.spreadsheet.ErrorWorkbook;
import com.aidloop.spreadsheet.TableWriter;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * The workbooks of the school import: the template (header, an example row, drop-downs, a
 * 填写说明 sheet), the schools of a region in the template's columns (to correct and upload
 * again), and the error workbook of an import.
 */
@Component
public class SchoolWorkbooks {

    static final String SHEET = "学校信息";
    static final String NOTES = "填写说明";
    /** The example row's code starts so; such a row is reported and never imported. */
    public static final String EXAMPLE_MARK = "例：";

    /** More schools than any county registers. */
    private static final int EXPORTED_MAX = 20_000;

    private final RegionManagement regions;
    private final SchoolRepository schools;
    private final SchoolImportRecords records;

    SchoolWorkbooks(RegionManagement regions, SchoolRepository schools, SchoolImportRecords records) {
        this.regions = regions;
        this.schools = schools;
        this.records = records;
    }

    public void template(DataScope scope, OutputStream out) {
        List<String> townships = townships(scope);
        String township = townships.isEmpty() ? "城关镇" : townships.getFirst();
        String county = scope.regionPrefix() == null || scope.regionPrefix().length() < 6
                ? ""
                : regions.find(scope.regionPrefix().substring(0, 6))
                        .map(Region::name)
                        .orElse("");
        List<?> example = List.of(
                EXAMPLE_MARK + "2143062699",
                county + township + "示例学校",
                "小学、初中",
                "公办",
                township,
                county + township + "学府路1号",
                "张老师",
                "0730-5221234");
        try (TableWriter writer = new TableWriter()) {
            writer.addSheet(SHEET, columns(townships), Stream.of(example));
            writer.addNotes(NOTES, notes(false));
            writer.writeTo(out);
        }
    }

    /** The registered schools of the scope in the template's columns; phones are left out (blank keeps them). */
    public void schoolsOf(DataScope scope, OutputStream out) {
        List<SchoolView> list = schools.within(scope, EXPORTED_MAX);
        Map<String, String> names =
                regions.namesOf(list.stream().map(SchoolView::townshipCode).toList());
        Stream<List<?>> rows = list.stream()
                .map(s -> List.of(
                        s.code(),
                        s.name(),
                        s.stageLabels(),
                        s.ownership().label(),
                        names.getOrDefault(s.townshipCode(), s.townshipCode()),
                        nullToEmpty(s.address()),
                        nullToEmpty(s.contactName()),
                        ""));
        try (TableWriter writer = new TableWriter()) {
            writer.addSheet(SHEET, columns(townships(scope)), rows);
            writer.addNotes(NOTES, notes(true));
            writer.writeTo(out);
        }
    }

    /** The kept rows that have problems, as uploaded, with 原行号 in front and 错误原因 at the end. */
    public void errors(long importId, OutputStream out) {
        ErrorWorkbook workbook = new ErrorWorkbook();
        records.allProblems(importId).forEach(workbook::add);
        List<Column> columns = new ArrayList<>();
        for (SchoolColumn c : SchoolColumn.values()) {
            columns.add(Column.text(c.header()).withWidth(width(c)));
        }
        workbook.write(
                columns,
                records.keptRows(importId).stream().map(r -> new ErrorWorkbook.Row(r.rowNumber(), List.of(r.cells()))),
                out);
    }

    private static List<Column> columns(List<String> townships) {
        List<Column> columns = new ArrayList<>();
        for (SchoolColumn c : SchoolColumn.values()) {
            Column column =
                    Column.text(c.required() ? "*" + c.header() : c.header()).withWidth(width(c));
            columns.add(
                    switch (c) {
                        case OWNERSHIP -> column.withChoices(List.of("公办", "民办"));
                        case TOWNSHIP -> townships.isEmpty() ? column : column.withChoices(townships);
                        default -> column;
                    });
        }
        return columns;
    }

    private static int width(SchoolColumn c) {
        return switch (c) {
            case CODE, CONTACT_PHONE -> 16;
            case NAME, ADDRESS -> 36;
            case STAGES, TOWNSHIP -> 18;
            default -> 12;
        };
    }

    /** The townships of the uploader's county, for the drop-down and the example. */
    private List<String> townships(DataScope scope) {
        String prefix = scope.regionPrefix();
        if (prefix == null || prefix.length() < 6) {
            return List.of();
        }
        return regions.children(prefix.substring(0, 6)).stream()
                .filter(t -> t.code().startsWith(prefix))
                .map(Region::name)
                .toList();
    }

    private static List<String> notes(boolean export) {
        List<String> lines = new ArrayList<>();
        lines.add("学校信息导入模板填写说明");
        lines.add(
                export
                        ? "1. 本表是您管辖范围内已登记的学校，可直接修改后上传导入；原样上传不会修改任何学校。"
                        : "1. 请在“学校信息”工作表中从第2行起每行填写一所学校；第2行是填写示例（学校标识码以“例：”开头），不会导入，可以删除。");
        lines.add("2. 带*的列必须填写；列的顺序可以调整，表头上方可以保留标题行；空行会被跳过。");
        lines.add("3. 已登记的学校（学校标识码相同）按表中内容更新，未登记的学校新增；地址、联系人、联系电话留空表示保留已登记的内容。");
        lines.add("4. 学校标识码、联系电话请保持文本格式，不要改成数字格式，否则区号前的0会丢失。");
        lines.add("5. 先点“校验”检查全部数据（不写入），按错误提示修改后再“导入”；导入时全部成功或全部不导入。");
        lines.add("6. 支持.xlsx、.xls和.csv（UTF-8或GBK编码）文件，单个文件不超过10MB、10000行。");
        if (export) {
            lines.add("7. 按个人信息保护要求，导出的文件不含联系电话；电话一栏留空，导入时保留已登记的电话。");
        }
        lines.add("");
        lines.add("各列说明：");
        for (SchoolColumn c : SchoolColumn.values()) {
            lines.add((c.required() ? "*" : "") + c.header() + "：" + c.guidance());
        }
        return lines;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
