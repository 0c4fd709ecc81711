package com.aidloop.registry.importing;

import com.aidloop.spreadsheet.Header;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The columns of the national student-registration system's student list (学籍系统学生信息) that
 * the registry reads, under the names the system and county spreadsheets give them. The export
 * carries many more columns (民族, 出生日期, 入学年月 …); they are read past without a warning
 * ({@link #READ_PAST}). Members 1 and 2 (家庭成员或监护人) follow the system's "成员1姓名" naming.
 */
public enum RegistrationColumn {
    NAME("姓名", List.of("学生姓名"), true),
    GENDER("性别", List.of(), false),
    ID_TYPE("身份证件类型", List.of("证件类型", "身份证类型"), false),
    ID_NUMBER("身份证件号", List.of("身份证件号码", "身份证号", "身份证号码", "证件号码"), true),
    STUDENT_NUMBER("全国学籍号", List.of("学籍号", "学籍主号", "个人标识码"), false),
    SCHOOL_CODE("学校标识码", List.of("学校代码", "学校识别码"), false),
    SCHOOL_NAME("学校名称", List.of("学校"), false),
    GRADE("年级", List.of("年级名称"), true),
    CLASS("班级", List.of("班级名称", "班号"), false),
    HOUSEHOLD("户口所在地", List.of("户籍所在地", "户口所在地区", "户口所在行政区划"), true),
    RESIDENCE("户口性质", List.of("户籍性质"), true),
    MEMBER1_NAME("成员1姓名", List.of("家庭成员或监护人1姓名", "监护人1姓名", "监护人姓名"), false),
    MEMBER1_RELATION("成员1关系", List.of("家庭成员或监护人1关系", "监护人1关系", "监护人关系", "与学生关系"), false),
    MEMBER1_GUARDIAN("成员1是否监护人", List.of("家庭成员或监护人1是否监护人", "监护人1是否监护人"), false),
    MEMBER1_ID_TYPE("成员1身份证件类型", List.of("家庭成员或监护人1身份证件类型", "监护人1身份证件类型", "监护人身份证件类型"), false),
    MEMBER1_ID_NUMBER("成员1身份证件号", List.of("家庭成员或监护人1身份证件号", "成员1身份证号", "监护人1身份证件号", "监护人身份证件号"), false),
    MEMBER1_PHONE("成员1联系电话", List.of("家庭成员或监护人1联系电话", "监护人1联系电话", "监护人联系电话"), false),
    MEMBER1_EMPLOYER("成员1工作单位", List.of("家庭成员或监护人1工作单位", "监护人1工作单位"), false),
    MEMBER2_NAME("成员2姓名", List.of("家庭成员或监护人2姓名", "监护人2姓名"), false),
    MEMBER2_RELATION("成员2关系", List.of("家庭成员或监护人2关系", "监护人2关系"), false),
    MEMBER2_GUARDIAN("成员2是否监护人", List.of("家庭成员或监护人2是否监护人", "监护人2是否监护人"), false),
    MEMBER2_ID_TYPE("成员2身份证件类型", List.of("家庭成员或监护人2身份证件类型", "监护人2身份证件类型"), false),
    MEMBER2_ID_NUMBER("成员2身份证件号", List.of("家庭成员或监护人2身份证件号", "成员2身份证号", "监护人2身份证件号"), false),
    MEMBER2_PHONE("成员2联系电话", List.of("家庭成员或监护人2联系电话", "监护人2联系电话"), false),
    MEMBER2_EMPLOYER("成员2工作单位", List.of("家庭成员或监护人2工作单位", "监护人2工作单位"), false);

    /** Columns of the registration system's export that the registry keeps nothing of. */
    public static final Set<String> READ_PAST = Set.of(
            "序号",
            "出生日期",
            "出生地",
            "籍贯",
            "民族",
            "国籍/地区",
            "国籍",
            "港澳台侨外",
            "政治面貌",
            "健康状况",
            "照片",
            "姓名拼音",
            "曾用名",
            "身份证件有效期",
            "特长",
            "学籍辅号",
            "班内学号",
            "入学年月",
            "入学方式",
            "就读方式",
            "学生来源",
            "现住址",
            "通信地址",
            "家庭地址",
            "联系电话",
            "邮政编码",
            "电子信箱",
            "主页地址",
            "是否独生子女",
            "是否受过学前教育",
            "是否留守儿童",
            "是否进城务工人员随迁子女",
            "是否孤儿",
            "是否烈士或优抚子女",
            "随班就读",
            "残疾人类型",
            "是否由政府购买学位",
            "是否需要申请资助",
            "是否享受一补",
            "上下学距离",
            "上下学方式",
            "是否需要乘坐校车",
            "学籍状态",
            "学段",
            "成员1关系说明",
            "成员1民族",
            "成员1现住址",
            "成员1户口所在地",
            "成员1职务",
            "成员2关系说明",
            "成员2民族",
            "成员2现住址",
            "成员2户口所在地",
            "成员2职务");

    private final String header;
    private final List<String> aliases;
    private final boolean required;

    RegistrationColumn(String header, List<String> aliases, boolean required) {
        this.header = header;
        this.aliases = aliases;
        this.required = required;
    }

    /** The header as the registration system writes it, and as the export writes it. */
    public String header() {
        return header;
    }

    public List<String> names() {
        return Stream.concat(Stream.of(header), aliases.stream()).toList();
    }

    public boolean required() {
        return required;
    }

    /** Every name of every column, and those read past, for finding the header row. */
    public static Set<String> expectedHeaders() {
        Set<String> headers = new LinkedHashSet<>();
        for (RegistrationColumn c : values()) {
            headers.addAll(c.names());
        }
        headers.addAll(READ_PAST);
        return headers;
    }

    /** Whether a header is one the import knows (read or read past). */
    static boolean known(String written) {
        String wanted = Header.normalize(written);
        return expectedHeaders().stream().anyMatch(h -> Header.normalize(h).equals(wanted));
    }
}
