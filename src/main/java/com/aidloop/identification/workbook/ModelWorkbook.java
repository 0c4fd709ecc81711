package com.aidloop.identification.workbook;

import com.aidloop.identification.domain.CutOff;
import com.aidloop.identification.domain.DirectGroup;
import com.aidloop.identification.domain.GroupCap;
import com.aidloop.identification.domain.IndicatorModel;
import com.aidloop.identification.domain.IndicatorRow;
import com.aidloop.identification.domain.ModelRows;
import com.aidloop.identification.domain.ModelRules;
import com.aidloop.identification.domain.Points;
import com.aidloop.spreadsheet.Column;
import com.aidloop.spreadsheet.TableWriter;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a model version as a workbook whose first sheet, 指标体系, is one table: a row per choice,
 * band, yes/no or count (类型 选项 / 区间 / 是否 / 计数), then rows of 分组封顶, 分数线, 直接认定
 * and 设置. The same table is read back by {@link ModelWorkbookReader}: staff export a model,
 * change it in Excel or WPS and import it into a draft.
 */
public final class ModelWorkbook {

    static final String SHEET = "指标体系";
    static final String KIND = "类型";
    static final String CODE = "代码";
    static final String NAME = "名称";
    static final String GROUP = "分组";
    static final String BASIS = "计量";
    static final String ANSWER = "答案";
    static final String UP_TO = "区间上限";
    static final String POINTS = "分值";
    static final String CAP = "封顶";
    static final String RULE = "规则说明";
    static final List<String> HEADERS = List.of(KIND, CODE, NAME, GROUP, BASIS, ANSWER, UP_TO, POINTS, CAP, RULE);

    static final String GROUP_CAP = "分组封顶";
    static final String CUT_OFF = "分数线";
    static final String DIRECT = "直接认定";
    static final String SETTING = "设置";
    static final String DIBAO_LINE = "本地低保标准（元/人·年）";
    static final String DIRECT_LEVEL = "直接认定档次";

    private ModelWorkbook() {}

    public static void write(IndicatorModel model, OutputStream out) {
        List<Column> columns = List.of(
                Column.text(KIND).withWidth(10),
                Column.text(CODE).withWidth(24),
                Column.text(NAME).withWidth(34),
                Column.text(GROUP).withWidth(14),
                Column.text(BASIS).withWidth(14),
                Column.text(ANSWER).withWidth(40),
                Column.money(UP_TO),
                Column.money(POINTS),
                Column.money(CAP),
                Column.text(RULE).withWidth(60));
        try (TableWriter writer = new TableWriter()) {
            writer.addSheet(SHEET, columns, rows(model.rules()).stream())
                    .addNotes("填写说明", notes(model))
                    .writeTo(out);
        }
    }

    static List<List<Object>> rows(ModelRules rules) {
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorRow row : ModelRows.rowsOf(rules.indicators())) {
            rows.add(Arrays.asList(
                    row.kind().label(),
                    row.code(),
                    row.name(),
                    row.group(),
                    row.basis() == null ? "" : row.basis().label(),
                    row.answer(),
                    row.upTo(),
                    row.points(),
                    row.cap(),
                    row.rule()));
        }
        settingRows(rules, rows);
        return rows;
    }

    private static void settingRows(ModelRules rules, List<List<Object>> rows) {
        for (GroupCap cap : rules.groupCaps()) {
            rows.add(Arrays.asList(GROUP_CAP, "", "", cap.group(), "", "", null, null, cap.cap(), cap.rule()));
        }
        for (com.aidloop.identification.domain.DifficultyLevel level : List.of(
                com.aidloop.identification.domain.DifficultyLevel.SPECIAL,
                com.aidloop.identification.domain.DifficultyLevel.FAIRLY,
                com.aidloop.identification.domain.DifficultyLevel.GENERAL)) {
            CutOff cutOff = rules.cutOffs().stream()
                    .filter(c -> c.level() == level)
                    .findFirst()
                    .orElse(null);
            rows.add(Arrays.asList(
                    CUT_OFF,
                    "",
                    level.label(),
                    "",
                    "",
                    "",
                    null,
                    cutOff == null ? null : cutOff.minimumTotal(),
                    null,
                    cutOff == null ? "未设置（本地设置，须填写）" : cutOff.rule()));
        }
        for (DirectGroup group : rules.directGroups()) {
            rows.add(Arrays.asList(DIRECT, group.code(), group.name(), "", "", "", null, null, null, "直接认定，不计分"));
        }
        rows.add(Arrays.asList(
                SETTING,
                "",
                DIBAO_LINE,
                "",
                "",
                rules.dibaoLine() == null ? "" : Points.plain(rules.dibaoLine()),
                null,
                null,
                null,
                "区间指标按低保标准倍数计量时使用；留空为未设置"));
        rows.add(Arrays.asList(
                SETTING, "", DIRECT_LEVEL, "", "", rules.directLevel().label(), null, null, null, "直接认定群体的建议档次"));
    }

    private static List<String> notes(IndicatorModel model) {
        return List.of(
                model.title() + "（代码 " + model.key() + "，" + model.effectiveFrom() + "学年起适用）",
                "来源：" + model.source(),
                "「指标体系」表每行一项：类型为 选项、区间、是否、计数 的行是指标，同一指标代码的行须连续排列。",
                "选项：每个答案一行，填写答案和分值；区间：每个区间一行，填写区间上限（含）和分值，最后一行上限留空；" + "计量填 数值 或 低保标准倍数（答案为家庭人均年收入，除以本地低保标准）。",
                "是否：一行，分值为回答“是”的得分；计数：一行，分值为每项得分，封顶为最高得分。",
                "分值留空表示原表未载明：该项不计分，评分时注明总分不完整。分值可为负数（如 -2），最多两位小数。",
                "分组封顶：同一分组的指标合计最高得分。分数线：各档次的最低总分，留空为未设置，评分只给总分不给档次。",
                "直接认定：名单内的群体直接认定，不计分。设置：本地低保标准与直接认定档次。",
                "导入只能导入到草稿版本；已发布的版本不能修改，只能新建版本。");
    }
}
