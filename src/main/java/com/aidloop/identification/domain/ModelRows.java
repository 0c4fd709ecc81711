package com.aidloop.identification.domain;

import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.InvalidInput;
import com.aidloop.shared.Messages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns indicators into table rows and back, for the workbook and the store alike. Reading rows
 * checks every row and refuses with every problem at once, each naming its row and column.
 */
public final class ModelRows {

    private ModelRows() {}

    public static List<IndicatorRow> rowsOf(List<Indicator> indicators) {
        List<IndicatorRow> rows = new ArrayList<>();
        for (Indicator indicator : indicators) {
            switch (indicator) {
                case ChoiceIndicator c ->
                    c.choices()
                            .forEach(choice -> rows.add(
                                    row(rows, c, null, choice.label(), null, choice.points(), null, choice.rule())));
                case BandIndicator b ->
                    b.bands()
                            .forEach(band -> rows.add(
                                    row(rows, b, b.basis(), "", band.upTo(), band.points(), null, band.rule())));
                case YesNoIndicator y -> rows.add(row(rows, y, null, "是", null, y.points(), null, y.rule()));
                case CountIndicator n -> rows.add(row(rows, n, null, "", null, n.pointsEach(), n.cap(), n.rule()));
            }
        }
        return rows;
    }

    private static IndicatorRow row(
            List<IndicatorRow> before,
            Indicator indicator,
            BandIndicator.Basis basis,
            String answer,
            java.math.BigDecimal upTo,
            java.math.BigDecimal points,
            java.math.BigDecimal cap,
            String rule) {
        return new IndicatorRow(
                before.size() + 1,
                indicator.code(),
                indicator.name(),
                indicator.kind(),
                indicator.group(),
                basis,
                answer,
                upTo,
                points,
                cap,
                rule);
    }

    /** The indicators of consecutive rows; refuses with every row's problem, naming row and column. */
    public static List<Indicator> indicatorsOf(List<IndicatorRow> rows) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        Set<String> finished = new HashSet<>();
        int start = 0;
        while (start < rows.size()) {
            IndicatorRow first = rows.get(start);
            int end = start + 1;
            while (end < rows.size() && rows.get(end).code().equals(first.code())) {
                end++;
            }
            List<IndicatorRow> block = rows.subList(start, end);
            if (!finished.add(first.code())) {
                problems.add(cell(first.rowNumber(), "指标代码", "identification.workbook.split", first.code()));
            } else {
                Indicator built = build(block, problems);
                if (built != null) {
                    indicators.add(built);
                }
            }
            start = end;
        }
        if (indicators.isEmpty() && problems.isEmpty()) {
            problems.add(new FieldProblem("指标", "identification.model.noIndicators", new Object[0]));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return indicators;
    }

    private static Indicator build(List<IndicatorRow> block, List<FieldProblem> problems) {
        IndicatorRow first = block.getFirst();
        int before = problems.size();
        for (IndicatorRow row : block.subList(1, block.size())) {
            if (!row.sameIndicatorAs(first)) {
                problems.add(cell(row.rowNumber(), "指标名称", "identification.workbook.sameIndicator", first.code()));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        try {
            return built(first, block, problems);
        } catch (IllegalArgumentException broken) {
            problems.add(cell(first.rowNumber(), "指标代码", "identification.workbook.rule", reason(first)));
            return null;
        }
    }

    private static Indicator built(IndicatorRow first, List<IndicatorRow> block, List<FieldProblem> problems) {
        return switch (first.kind()) {
            case CHOICE ->
                new ChoiceIndicator(
                        first.code(),
                        first.name(),
                        first.group(),
                        block.stream()
                                .map(r -> new ChoiceIndicator.Choice(r.answer(), r.points(), r.rule()))
                                .toList());
            case BAND ->
                new BandIndicator(
                        first.code(),
                        first.name(),
                        first.group(),
                        first.basis(),
                        block.stream()
                                .map(r -> new BandIndicator.Band(r.upTo(), r.points(), r.rule()))
                                .toList());
            case YES_NO ->
                single(block, problems)
                        ? new YesNoIndicator(first.code(), first.name(), first.group(), first.points(), first.rule())
                        : null;
            case COUNT ->
                single(block, problems)
                        ? new CountIndicator(
                                first.code(), first.name(), first.group(), first.points(), first.cap(), first.rule())
                        : null;
        };
    }

    /** Why the domain refused an indicator's rows, in Chinese: the kinds' rules as a person reads them. */
    private static String reason(IndicatorRow first) {
        return switch (first.kind()) {
            case CHOICE -> "选项指标每行一个答案，答案不能重复、不能为空";
            case BAND -> "区间指标须填写计量（数值或低保标准倍数）、每行的规则说明，区间上限逐行升高，最后一行的上限留空";
            case YES_NO, COUNT -> "指标代码、名称不能为空，分值最多两位小数";
        };
    }

    private static boolean single(List<IndicatorRow> block, List<FieldProblem> problems) {
        if (block.size() == 1) {
            return true;
        }
        problems.add(cell(block.get(1).rowNumber(), "指标代码", "identification.workbook.rule", "是否指标和计数指标只占一行"));
        return false;
    }

    /** A problem of one cell: "第3行「分值」列：…". */
    public static FieldProblem cell(int rowNumber, String column, String code, Object... args) {
        return new FieldProblem("第" + rowNumber + "行", "identification.workbook.cell", new Object[] {
            rowNumber, column, Messages.format(code, args)
        });
    }
}
