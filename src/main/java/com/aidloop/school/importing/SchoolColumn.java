package com.aidloop.school.importing;

import com.aidloop.spreadsheet.ErrorWorkbook;
import com.aidloop.spreadsheet.Header;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The columns of the school import template, in template order: the header people see, other
 * headers the same column is known by in county spreadsheets, whether a file must carry it, and
 * the line of the 填写说明 sheet that explains it.
 */
public enum SchoolColumn {
    CODE("学校标识码", List.of("学校代码", "学校识别码"), true, "必填，10位数字的全国学校标识码，如2143062611；已登记的学校按学校标识码更新，未登记的新增。请将该列设为文本格式。"),
    NAME("学校名称", List.of("学校全称"), true, "必填，学校全称，最多60个字。"),
    STAGES(
            "学段",
            List.of("学校类型", "办学类型"),
            true,
            "必填，学校开设的学段：幼儿园（学前）、小学、初中、高中（普通高中）、中职、高等教育；多个学段用“、”分隔，" + "也可填九年一贯制（小学、初中）、完全中学（初中、高中）、十二年一贯制（小学、初中、高中）。"),
    OWNERSHIP(
            "办学性质",
            List.of("举办者", "举办者/办学性质", "举办者类型"),
            true,
            "必填，“公办”或“民办”；也可填举办者，如“教育部门”“其他部门”“地方企业”“事业单位”（视为公办）、“社会力量”“个人”（视为民办）。"),
    TOWNSHIP(
            "所在乡镇",
            List.of("所在乡镇(街道)", "乡镇(街道)", "乡镇", "乡镇街道"),
            true,
            "必填，学校所在乡镇（街道）名称，如“三市镇”，须是您所管辖县（区）的乡镇；也可填9位乡镇代码。"),
    ADDRESS("地址", List.of("学校地址", "详细地址"), false, "选填，学校地址，最多100个字；不填则保留已登记的地址。"),
    CONTACT_NAME("联系人", List.of("学校联系人"), false, "选填，学校联系人姓名，最多30个字；不填则保留已登记的联系人。"),
    CONTACT_PHONE(
            "联系电话",
            List.of("电话", "联系人电话", "电话号码", "办公电话"),
            false,
            "选填，11位手机号码或带区号的固定电话，如“0730-5221234”；不填则保留已登记的电话。请将该列设为文本格式，以免区号前的0丢失。");

    /** Headers a file may carry that the import reads past without a warning (the error workbook adds the last two). */
    public static final Set<String> IGNORED = Set.of("序号", ErrorWorkbook.ROW, ErrorWorkbook.REASON);

    private final String header;
    private final List<String> aliases;
    private final boolean required;
    private final String guidance;

    SchoolColumn(String header, List<String> aliases, boolean required, String guidance) {
        this.header = header;
        this.aliases = aliases;
        this.required = required;
        this.guidance = guidance;
    }

    /** The header as the template writes it. */
    public String header() {
        return header;
    }

    /** The header and its other names, as the reader looks for them. */
    public List<String> names() {
        return Stream.concat(Stream.of(header), aliases.stream()).toList();
    }

    public boolean required() {
        return required;
    }

    public String guidance() {
        return guidance;
    }

    /** Every header and alias of every column, and the ignored ones, for finding the header row. */
    public static Set<String> expectedHeaders() {
        Set<String> headers = new LinkedHashSet<>();
        Arrays.stream(values()).forEach(c -> headers.addAll(c.names()));
        headers.addAll(IGNORED);
        return headers;
    }

    /** Whether a header written in a file is one of this column's names. */
    public boolean isNamed(String written) {
        String wanted = Header.normalize(written);
        return names().stream().anyMatch(n -> Header.normalize(n).equals(wanted));
    }
}
