package com.aidloop.spreadsheet.bench;

import com.aidloop.shared.IdNumber;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a realistic 24-column aided-student roster as Excel saves it: a shared-strings table
 * (unique names, ID numbers, cards, addresses), cell references on every cell, a date column and
 * an amount column with their number formats. Writes the OOXML parts directly so that a million
 * rows need no workbook in memory.
 */
final class RosterWorkbookGenerator {

    static final String[] HEADERS = {
        "序号", "县（市、区）", "乡镇（街道）", "学校", "年级", "班级", "姓名", "性别", "民族", "身份证号", "出生日期", "学籍号", "家庭住址", "监护人姓名", "监护人身份证号",
        "联系电话", "资助项目", "资助标准", "资助金额（元）", "开户银行", "资助卡号", "持卡人", "是否脱贫户", "备注"
    };
    private static final String[] SURNAMES =
            "李王张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
                    .split("");
    private static final String[] GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红娥玲建国梅鹏辉鑫宇浩然子轩欣怡梓涵一诺雨桐思源博文嘉豪佳琪".split("");
    private static final String[] TOWNS = {
        "城关镇", "安定镇", "三市镇", "加义镇", "长寿镇", "龙门镇", "童市镇", "岑川镇", "木金乡", "虹桥镇", "南江镇", "梅仙镇", "余坪镇", "三阳乡", "石牛寨镇", "上塔市镇"
    };
    private static final String[] PROGRAMMES = {"国家助学金", "普通高中国家助学金", "中职国家助学金", "学前教育幼儿资助", "义务教育家庭经济困难学生生活补助"};
    private static final String[] NATIONS = {"汉族", "汉族", "汉族", "汉族", "土家族", "苗族", "瑶族", "侗族"};
    private static final String[] BANKS = {"中国农业银行", "中国邮政储蓄银行", "湖南农村信用社", "中国建设银行"};

    private RosterWorkbookGenerator() {}

    static void write(Path file, int rows) throws IOException {
        Path strings = Files.createTempFile("roster-sst-", ".xml");
        try {
            SharedStringWriter sst = new SharedStringWriter(strings);
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                staticParts(zip);
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
                Writer sheet = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
                sheetData(sheet, sst, rows);
                sheet.flush();
                zip.closeEntry();
                sst.close();
                zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
                zip.write(
                        ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\""
                                        + sst.count + "\" uniqueCount=\"" + sst.count + "\">")
                                .getBytes(StandardCharsets.UTF_8));
                Files.copy(strings, zip);
                zip.write("</sst>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } finally {
            Files.deleteIfExists(strings);
        }
    }

    private static void sheetData(Writer out, SharedStringWriter sst, int rows) throws IOException {
        out.write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                        + "<dimension ref=\"A1:X" + (rows + 1) + "\"/><sheetData>");
        out.write("<row r=\"1\" spans=\"1:24\">");
        for (int c = 0; c < HEADERS.length; c++) {
            stringCell(out, c, 1, sst.repeated(HEADERS[c]));
        }
        out.write("</row>");
        SplittableRandom random = new SplittableRandom(20261127);
        for (int r = 2; r <= rows + 1; r++) {
            out.write("<row r=\"" + r + "\" spans=\"1:24\">");
            Pupil pupil = drawPupil(random);
            pupilCells(out, sst, random, r, pupil);
            awardCells(out, sst, random, r, pupil);
            out.write("</row>");
        }
        out.write(
                "</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>");
    }

    /** A pupil of a row: township, name, guardian's name, year of birth and ID number. */
    private record Pupil(String town, String name, String guardian, int year, String id) {}

    /** Draws a row's pupil, in the order the rows have always drawn them. */
    private static Pupil drawPupil(SplittableRandom random) {
        String town = TOWNS[random.nextInt(TOWNS.length)];
        String name = name(random);
        String guardian = name(random);
        int year = 2005 + random.nextInt(14);
        return new Pupil(town, name, guardian, year, id(random, year));
    }

    /** Columns A to P: 序号 to 联系电话. */
    private static void pupilCells(Writer out, SharedStringWriter sst, SplittableRandom random, int r, Pupil pupil)
            throws IOException {
        int n = r - 1;
        numberCell(out, 0, r, 0, Integer.toString(n));
        stringCell(out, 1, r, sst.repeated("平江县"));
        stringCell(out, 2, r, sst.repeated(pupil.town()));
        stringCell(out, 3, r, sst.repeated(pupil.town() + "中学"));
        numberCell(out, 4, r, 0, Integer.toString(1 + random.nextInt(9)));
        stringCell(out, 5, r, sst.repeated((1 + random.nextInt(12)) + "班"));
        stringCell(out, 6, r, sst.unique(pupil.name()));
        stringCell(out, 7, r, sst.repeated(random.nextBoolean() ? "男" : "女"));
        stringCell(out, 8, r, sst.repeated(NATIONS[random.nextInt(NATIONS.length)]));
        stringCell(out, 9, r, sst.unique(pupil.id()));
        numberCell(
                out,
                10,
                r,
                1,
                Long.toString(daysSince1900(pupil.year(), 1 + random.nextInt(12), 1 + random.nextInt(28))));
        stringCell(out, 11, r, sst.unique("G" + pupil.id()));
        String village = TOWNS[random.nextInt(TOWNS.length)].charAt(0) + "家村" + (1 + random.nextInt(20)) + "组";
        stringCell(out, 12, r, sst.unique("湖南省岳阳市平江县" + pupil.town() + village + n + "号"));
        stringCell(out, 13, r, sst.unique(pupil.guardian()));
        stringCell(out, 14, r, sst.unique(id(random, 1970 + random.nextInt(20))));
        stringCell(out, 15, r, sst.unique("13" + (100_000_000 + random.nextInt(900_000_000))));
    }

    /** Columns Q to X: 资助项目 to 备注. */
    private static void awardCells(Writer out, SharedStringWriter sst, SplittableRandom random, int r, Pupil pupil)
            throws IOException {
        String programme = PROGRAMMES[random.nextInt(PROGRAMMES.length)];
        stringCell(out, 16, r, sst.repeated(programme));
        stringCell(out, 17, r, sst.repeated(programme.length() > 6 ? "1250元/学期" : "1000元/学期"));
        numberCell(out, 18, r, 2, (625 + 125 * random.nextInt(8)) + (random.nextInt(4) == 0 ? ".5" : ""));
        stringCell(out, 19, r, sst.repeated(BANKS[random.nextInt(BANKS.length)]));
        stringCell(out, 20, r, sst.unique(card(random)));
        stringCell(out, 21, r, sst.unique(pupil.guardian()));
        stringCell(out, 22, r, sst.repeated(random.nextInt(5) == 0 ? "是" : "否"));
        if (random.nextInt(10) == 0) {
            stringCell(out, 23, r, sst.unique("家庭经济困难，" + (r - 1)));
        }
    }

    private static void stringCell(Writer out, int column, int row, int index) throws IOException {
        out.write("<c r=\"");
        out.write(ref(column, row));
        out.write("\" t=\"s\"><v>");
        out.write(Integer.toString(index));
        out.write("</v></c>");
    }

    private static void numberCell(Writer out, int column, int row, int style, String value) throws IOException {
        out.write("<c r=\"");
        out.write(ref(column, row));
        out.write(style == 0 ? "\"><v>" : "\" s=\"" + style + "\"><v>");
        out.write(value);
        out.write("</v></c>");
    }

    private static String ref(int column, int row) {
        return (char) ('A' + column) + Integer.toString(row);
    }

    private static String name(SplittableRandom random) {
        String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        return random.nextBoolean() ? name + GIVEN[random.nextInt(GIVEN.length)] : name;
    }

    private static String id(SplittableRandom random, int year) {
        String first17 = "430626" + year + String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))
                + String.format("%03d", random.nextInt(1000));
        return first17 + IdNumber.checkCharacter(first17);
    }

    private static String card(SplittableRandom random) {
        StringBuilder digits = new StringBuilder("621799");
        while (digits.length() < 18) {
            digits.append(random.nextInt(10));
        }
        for (int check = 0; check < 10; check++) {
            if (com.aidloop.shared.BankCardNumber.luhn(digits.toString() + check)) {
                return digits.append(check).toString();
            }
        }
        throw new IllegalStateException("no Luhn digit");
    }

    private static long daysSince1900(int year, int month, int day) {
        return java.time.LocalDate.of(year, month, day).toEpochDay()
                - java.time.LocalDate.of(1899, 12, 30).toEpochDay();
    }

    private static void staticParts(ZipOutputStream zip) throws IOException {
        part(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""");
        part(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        part(zip, "xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="花名册" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        part(zip, "xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>""");
        part(zip, "xl/styles.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy\\-mm\\-dd"/></numFmts><fonts count="1"><font><sz val="11"/><name val="宋体"/><charset val="134"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>""");
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The shared-strings part, written as strings come; repeated values share one entry, as Excel does. */
    private static final class SharedStringWriter {

        private final Writer out;
        private final Map<String, Integer> repeated = new HashMap<>();
        private int count;

        SharedStringWriter(Path file) throws IOException {
            out = new BufferedWriter(
                    new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
        }

        int repeated(String text) throws IOException {
            Integer index = repeated.get(text);
            if (index == null) {
                index = unique(text);
                repeated.put(text, index);
            }
            return index;
        }

        int unique(String text) throws IOException {
            out.write("<si><t>");
            out.write(text);
            out.write("</t></si>");
            return count++;
        }

        void close() throws IOException {
            out.close();
        }
    }
}
