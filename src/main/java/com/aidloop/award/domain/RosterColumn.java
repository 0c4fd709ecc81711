package com.aidloop.award.domain;

import com.aidloop.spreadsheet.Header;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The columns of the roster import template, in template order, with the header people see and
 * whether a file must carry the column at all. Uploaded files may hold them in any order.
 */
public enum RosterColumn {
    SEQUENCE("序号", false, "可不填；导入时不使用。"),
    SCHOOL_CODE("学校标识码", true, "必填，10位学校标识码，如2143062611；学校须在您的管理范围内，学校账号只能导入本校学生。"),
    SCHOOL_NAME("学校名称", false, "选填，用于核对；与学校标识码对应的名称不一致时给出提示。"),
    GRADE("年级", true, "必填，如“三年级”“七年级”“高一”“中职一年级”“大班”；与学校的学段一起决定学生所在学段。"),
    CLASS_NAME("班级", false, "选填，如“2班”。"),
    STUDENT_NAME("学生姓名", true, "必填，与户口簿、学籍一致。"),
    GENDER("性别", false, "选填，“男”或“女”；不填时按证件号码判断，填写时须与证件号码一致。"),
    ID_TYPE("证件类型", false, "选填，不填视为居民身份证；可选：居民身份证、港澳台居民居住证、港澳居民来往内地通行证、台湾居民来往大陆通行证、外国护照、其他。"),
    ID_NUMBER("证件号码", true, "必填，18位居民身份证号码，最后一位可为X。请将该列设为文本格式：按数字保存会变成科学计数法或末三位变成000，导入时将被拒绝。"),
    STUDENT_NUMBER("学籍号", false, "选填，19位全国学籍号（G加身份证号码，或J、L开头的编码）。"),
    HOUSEHOLD_TOWNSHIP("户籍乡镇(街道)", true, "必填，学生户籍所在乡镇（街道）名称，如“三市镇”，须是学校所在县的乡镇；也可填9位乡镇代码。"),
    HOUSEHOLD_VILLAGE("户籍村(社区)", false, "选填，户籍所在村（社区）名称，如“月田村”，须属于所填乡镇；也可填12位村代码。"),
    PROGRAMME("资助项目", true, "必填，从下拉列表选择，如“义务教育家庭经济困难学生生活补助”；须适用于学生所在学段和所选学期。"),
    TIER("资助档次", false, "按项目填写，如“一档”“寄宿生”；只有一个标准的项目可不填。"),
    AMOUNT("资助金额(元)", true, "必填，本学期资助金额，以元为单位，最多两位小数，如1250.00；须与该项目该档次的标准一致。"),
    TERM("学期", false, "选填，如“2026年秋季学期”；不填视为导入时选择的学期，填写时须与之一致。"),
    DIFFICULTY_TYPE("困难类型", false, "选填，从下拉列表选择，如“脱贫家庭学生”“低保家庭学生”；公示名单中不显示。"),
    DIFFICULTY_LEVEL("困难等级", false, "选填，特别困难、比较困难、一般困难或困难。"),
    SPECIAL_CHANNEL("特别通道(是/否)", false, "选填，“是”表示经特别通道（绿色通道）资助，照常发放但不进入公示名单；不填时，备注中含“特别通道”或“绿色通道”也视为“是”。"),
    GUARDIAN_NAME("监护人姓名", false, "新登记学生建议填写；填写监护人时须同时填写联系电话。"),
    GUARDIAN_ID_NUMBER("监护人证件号码", false, "选填，18位居民身份证号码，设为文本格式。"),
    PHONE("联系电话", false, "监护人手机号码，11位，以1开头，用于资助告知短信。"),
    BANK("开户银行", false, "填写资助卡号时必填，如“湖南平江农村商业银行”。"),
    CARD_NUMBER("资助卡号", false, "16至19位数字，设为文本格式；未通过银行卡校验时给出提示但不阻止导入。"),
    REMARK("备注", false, "选填，最多200字。");

    private final String header;
    private final boolean required;
    private final String guidance;

    private static final Map<String, RosterColumn> BY_NORMALIZED_HEADER =
            Arrays.stream(values()).collect(Collectors.toMap(c -> Header.normalize(c.header), Function.identity()));

    RosterColumn(String header, boolean required, String guidance) {
        this.header = header;
        this.required = required;
        this.guidance = guidance;
    }

    /** The header as the template writes it. */
    public String header() {
        return header;
    }

    /** Whether a file without this column is refused as a whole. */
    public boolean required() {
        return required;
    }

    /** One sentence of the template's 填写说明 sheet. */
    public String guidance() {
        return guidance;
    }

    /** Every header, as the reader looks for them. */
    public static Set<String> headers() {
        return Arrays.stream(values()).map(RosterColumn::header).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public static List<RosterColumn> requiredColumns() {
        return Arrays.stream(values()).filter(RosterColumn::required).toList();
    }

    /** The column with this header as a file may write it (full-width brackets, spaces, asterisks). */
    public static RosterColumn byHeader(String header) {
        return BY_NORMALIZED_HEADER.get(Header.normalize(header));
    }
}
