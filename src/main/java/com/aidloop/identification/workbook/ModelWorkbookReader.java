package com.aidloop.identification.workbook;

import static com.aidloop.identification.workbook.ModelWorkbook.ANSWER;
import static com.aidloop.identification.workbook.ModelWorkbook.BASIS;
import static com.aidloop.identification.workbook.ModelWorkbook.CAP;
import static com.aidloop.identification.workbook.ModelWorkbook.CODE;
import static com.aidloop.identification.workbook.ModelWorkbook.CUT_OFF;
import static com.aidloop.identification.workbook.ModelWorkbook.DIBAO_LINE;
import static com.aidloop.identification.workbook.ModelWorkbook.DIRECT;
import static com.aidloop.identification.workbook.ModelWorkbook.DIRECT_LEVEL;
import static com.aidloop.identification.workbook.ModelWorkbook.GROUP;
import static com.aidloop.identification.workbook.ModelWorkbook.GROUP_CAP;
import static com.aidloop.identification.workbook.ModelWorkbook.HEADERS;
import static com.aidloop.identification.workbook.ModelWorkbook.KIND;
import static com.aidloop.identification.workbook.ModelWorkbook.NAME;
import static com.aidloop.identification.workbook.ModelWorkbook.POINTS;
import static com.aidloop.identification.workbook.ModelWorkbook.RULE;
import static com.aidloop.identification.workbook.ModelWorkbook.SETTING;
import static com.aidloop.identification.workbook.ModelWorkbook.UP_TO;

import com.aidloop.identification.domain.BandIndicator;
import com.aidloop.identification.domain.CutOff;
import com.aidloop.identification.domain.DifficultyLevel;
import com.aidloop.identification.domain.DirectGroup;
import com.aidloop.identification.domain.GroupCap;
import com.aidloop.identification.domain.Indicator;
import com.aidloop.identification.domain.IndicatorKind;
import com.aidloop.identification.domain.IndicatorRow;
import com.aidloop.identification.domain.ModelRows;
import com.aidloop.identification.domain.ModelRules;
import com.aidloop.shared.FieldProblem;
import com.aidloop.shared.InvalidInput;
import com.aidloop.spreadsheet.Header;
import com.aidloop.spreadsheet.ReadLimits;
import com.aidloop.spreadsheet.RowSource;
import com.aidloop.spreadsheet.SheetRow;
import com.aidloop.spreadsheet.SpreadsheetReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Reads a model's workbook back into rules, through the platform's safe reader (hostile,
 * broken and oversized files are refused like every import). Every problem is reported at once,
 * naming its row, its column and the fix; nothing is kept from a file with any problem.
 */
public final class ModelWorkbookReader {

    /** A model has tens of rows: 1 MB and 2,000 rows are far more than any real one. */
    static final ReadLimits LIMITS =
            ReadLimits.DEFAULT.withMaxFileBytes(1024L * 1024).withMaxRows(2_000).withMaxColumns(30);

    private final List<FieldProblem> problems = new ArrayList<>();
    private final List<IndicatorRow> indicatorRows = new ArrayList<>();
    private final List<GroupCap> caps = new ArrayList<>();
    private final List<CutOff> cutOffs = new ArrayList<>();
    private final List<DirectGroup> groups = new ArrayList<>();
    private BigDecimal dibaoLine;
    private DifficultyLevel directLevel;

    private ModelWorkbookReader(DifficultyLevel currentDirectLevel) {
        this.directLevel = currentDirectLevel;
    }

    /** The rules the file describes; refuses with every problem by row and column. */
    public static ModelRules read(Path file, String fileName, ModelRules current) {
        ModelWorkbookReader reader = new ModelWorkbookReader(current.directLevel());
        try (RowSource source = SpreadsheetReader.open(file, fileName, LIMITS)) {
            Header header = source.findHeader(new LinkedHashSet<>(HEADERS));
            if (!header.missing().isEmpty()) {
                throw InvalidInput.of(
                        "file", "identification.workbook.missingColumns", String.join("、", header.missing()));
            }
            source.rows().forEach(row -> reader.safelyTake(header, row));
        }
        return reader.rules();
    }

    private void safelyTake(Header header, SheetRow row) {
        try {
            take(header, row);
        } catch (IllegalArgumentException broken) {
            problems.add(ModelRows.cell(row.rowNumber(), KIND, "identification.workbook.rule", "名称最多100字，代码最多40位"));
        }
    }

    private void take(Header header, SheetRow row) {
        int n = row.rowNumber();
        String kind = header.cell(row, KIND).strip();
        IndicatorKind indicatorKind = IndicatorKind.ofLabel(kind);
        if (indicatorKind != null) {
            indicator(header, row, indicatorKind);
            return;
        }
        switch (kind) {
            case GROUP_CAP ->
                number(header, row, CAP)
                        .ifPresentOrElse(
                                cap -> caps.add(
                                        new GroupCap(required(header, row, GROUP), cap, header.cell(row, RULE))),
                                () -> problems.add(ModelRows.cell(n, CAP, "identification.workbook.required")));
            case CUT_OFF ->
                level(header, row, NAME).ifPresent(level -> number(header, row, POINTS)
                        .ifPresent(min -> cutOffs.add(new CutOff(level, min))));
            case DIRECT -> directGroup(header, row);
            case SETTING -> setting(header, row);
            default -> problems.add(ModelRows.cell(n, KIND, "identification.workbook.kind", kind));
        }
    }

    private void indicator(Header header, SheetRow row, IndicatorKind kind) {
        int n = row.rowNumber();
        String code = required(header, row, CODE);
        if (!code.isEmpty() && !code.matches("[A-Za-z0-9_\\-]{1,40}")) {
            problems.add(ModelRows.cell(n, CODE, "identification.workbook.code", code));
        }
        BandIndicator.Basis basis = null;
        if (kind == IndicatorKind.BAND) {
            basis = BandIndicator.Basis.ofLabel(header.cell(row, BASIS));
            if (basis == null) {
                problems.add(ModelRows.cell(n, BASIS, "identification.workbook.basis", header.cell(row, BASIS)));
            }
        }
        String answer =
                kind == IndicatorKind.CHOICE ? required(header, row, ANSWER) : kind == IndicatorKind.YES_NO ? "是" : "";
        indicatorRows.add(new IndicatorRow(
                n,
                code,
                required(header, row, NAME),
                kind,
                required(header, row, GROUP),
                basis,
                answer,
                number(header, row, UP_TO).orElse(null),
                number(header, row, POINTS).orElse(null),
                number(header, row, CAP).orElse(null),
                header.cell(row, RULE).strip()));
    }

    private void directGroup(Header header, SheetRow row) {
        String code = required(header, row, CODE);
        String name = required(header, row, NAME);
        if (!code.matches("[A-Za-z0-9_\\-]{1,40}")) {
            problems.add(ModelRows.cell(row.rowNumber(), CODE, "identification.workbook.code", code));
        } else if (!name.isEmpty()) {
            groups.add(new DirectGroup(code, name));
        }
    }

    private void setting(Header header, SheetRow row) {
        String name = header.cell(row, NAME).strip();
        if (name.equals(DIBAO_LINE)) {
            dibaoLine = number(header, row, ANSWER).orElse(null);
        } else if (name.equals(DIRECT_LEVEL)) {
            level(header, row, ANSWER).ifPresent(level -> directLevel = level);
        } else {
            problems.add(ModelRows.cell(row.rowNumber(), NAME, "identification.workbook.setting", name));
        }
    }

    private ModelRules rules() {
        List<Indicator> indicators = List.of();
        try {
            indicators = ModelRows.indicatorsOf(indicatorRows);
        } catch (InvalidInput invalid) {
            problems.addAll(invalid.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        try {
            return new ModelRules(indicators, caps, cutOffs, groups, directLevel, dibaoLine);
        } catch (IllegalArgumentException broken) {
            throw InvalidInput.of(
                    "file",
                    "identification.workbook.whole",
                    broken.getMessage().contains("cut-off")
                            ? "分数线应随档次降低而降低（特别困难 > 比较困难 > 一般困难）"
                            : "指标代码、分组封顶的分组、直接认定代码都不能重复；本地低保标准应大于0；直接认定档次不能是不困难");
        }
    }

    private String required(Header header, SheetRow row, String column) {
        String text = header.cell(row, column).strip();
        if (text.isEmpty()) {
            problems.add(ModelRows.cell(row.rowNumber(), column, "identification.workbook.required"));
        }
        return text;
    }

    private Optional<BigDecimal> number(Header header, SheetRow row, String column) {
        String text = header.cell(row, column).strip().replace('－', '-').replaceFirst("^'", "");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.stripTrailingZeros().scale() <= 2 && value.abs().compareTo(new BigDecimal("99999999")) < 0) {
                return Optional.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(ModelRows.cell(row.rowNumber(), column, "identification.workbook.number", text));
        return Optional.empty();
    }

    private Optional<DifficultyLevel> level(Header header, SheetRow row, String column) {
        String text = header.cell(row, column).strip();
        try {
            DifficultyLevel level = DifficultyLevel.parse(text);
            if (level != DifficultyLevel.NOT_DIFFICULT) {
                return Optional.of(level);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problems.add(ModelRows.cell(row.rowNumber(), column, "identification.workbook.level", text));
        return Optional.empty();
    }
}
