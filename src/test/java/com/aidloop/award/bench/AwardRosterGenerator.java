package com.aidloop.award.bench;

import com.aidloop.award.domain.RosterColumn;
import com.aidloop.shared.BankCardNumber;
import com.aidloop.shared.IdNumber;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a valid award roster in the import template's 25 columns as Excel saves it: a
 * shared-strings table (unique names, ID numbers and cards; repeated schools, townships,
 * programmes), a title row above the header, amounts as number cells. Students are new (ID
 * numbers of 湘阴县 430624, unique per row number), spread over the schools given, each with the
 * programme, tier and amount of its stage. Writes the OOXML parts directly, so a million rows
 * need no workbook in memory.
 */
public final class AwardRosterGenerator {

    /** A school of the roster with what its pupils get. */
    public record School(
            String code,
            String name,
            List<String> grades,
            String programme,
            List<String> tiers,
            List<String> amounts) {}

    /** A township and its villages, by name. */
    public record Township(String name, List<String> villages) {}

    private static final String[] SURNAMES =
            "李王张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
                    .split("");
    private static final String[] GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红娥玲建国梅鹏辉鑫宇浩然子轩欣怡梓涵一诺雨桐思源博文嘉豪佳琪".split("");
    private static final String[] BANKS = {"湖南平江农村商业银行", "中国邮政储蓄银行平江县支行", "中国农业银行平江县支行"};
    private static final String[] TYPES = {"脱贫家庭学生", "防止返贫监测对象家庭学生", "最低生活保障家庭学生", "特困供养学生", "残疾学生", "其他家庭经济困难学生"};
    private static final String[] LEVELS = {"特别困难", "比较困难", "一般困难"};
    private static final DateTimeFormatter BIRTH = DateTimeFormatter.BASIC_ISO_DATE;

    private AwardRosterGenerator() {}

    /**
     * @param offset added to every row number before it makes ID numbers, cards and phones, so that
     *     two rosters with different offsets name different students
     */
    public static void write(
            Path file, int rows, int offset, String termLabel, List<School> schools, List<Township> townships)
            throws IOException {
        Path strings = Files.createTempFile("award-sst-", ".xml");
        try {
            SharedStrings sst = new SharedStrings(strings);
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                staticParts(zip);
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
                Writer sheet = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
                sheetData(sheet, sst, rows, offset, termLabel, schools, townships);
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

    private static void sheetData(
            Writer out,
            SharedStrings sst,
            int rows,
            int offset,
            String termLabel,
            List<School> schools,
            List<Township> townships)
            throws IOException {
        RosterColumn[] columns = RosterColumn.values();
        out.write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                        + "<dimension ref=\"A1:Y" + (rows + 2) + "\"/><sheetData>");
        out.write("<row r=\"1\">");
        string(out, 0, 1, sst.repeated("平江县" + termLabel + "资助名单"));
        out.write("</row><row r=\"2\">");
        for (int c = 0; c < columns.length; c++) {
            string(out, c, 2, sst.repeated(columns[c].header()));
        }
        out.write("</row>");
        SplittableRandom random = new SplittableRandom(20261127);
        for (int r = 3; r <= rows + 2; r++) {
            School school = schools.get(random.nextInt(schools.size()));
            Township township = townships.get(random.nextInt(townships.size()));
            Row row = new Row(
                    r,
                    r - 2 + offset,
                    school,
                    township,
                    random.nextInt(school.tiers().size()));
            out.write("<row r=\"" + r + "\">");
            pupilCells(out, sst, random, row);
            awardCells(out, sst, random, row, termLabel);
            out.write("</row>");
        }
        out.write("</sheetData></worksheet>");
    }

    /** A data row: its number in the sheet, the number that makes its IDs, its school, township and tier (index), drawn in this order. */
    private record Row(int r, int n, School school, Township township, int tier) {}

    /** Columns A to L: 序号 to 村（社区）. */
    private static void pupilCells(Writer out, SharedStrings sst, SplittableRandom random, Row row) throws IOException {
        int r = row.r();
        number(out, 0, r, Integer.toString(r - 2), 0);
        string(out, 1, r, sst.repeated(row.school().code()));
        string(out, 2, r, sst.repeated(row.school().name()));
        string(
                out,
                3,
                r,
                sst.repeated(row.school()
                        .grades()
                        .get(random.nextInt(row.school().grades().size()))));
        string(out, 4, r, sst.repeated((1 + random.nextInt(6)) + "班"));
        string(out, 5, r, sst.unique(name(random)));
        string(out, 7, r, sst.repeated("居民身份证"));
        string(out, 8, r, sst.unique(idNumber(row.n())));
        string(out, 10, r, sst.repeated(row.township().name()));
        List<String> villages = row.township().villages();
        if (!villages.isEmpty()) {
            string(out, 11, r, sst.repeated(villages.get(random.nextInt(villages.size()))));
        }
    }

    /** Columns M to Y: 资助项目 to 备注. */
    private static void awardCells(Writer out, SharedStrings sst, SplittableRandom random, Row row, String termLabel)
            throws IOException {
        int r = row.r();
        int n = row.n();
        string(out, 12, r, sst.repeated(row.school().programme()));
        String tier = row.school().tiers().get(row.tier());
        if (!tier.isEmpty()) {
            string(out, 13, r, sst.repeated(tier));
        }
        number(out, 14, r, row.school().amounts().get(row.tier()), 1);
        string(out, 15, r, sst.repeated(termLabel));
        string(out, 16, r, sst.repeated(TYPES[random.nextInt(TYPES.length)]));
        string(out, 17, r, sst.repeated(LEVELS[random.nextInt(LEVELS.length)]));
        string(out, 19, r, sst.unique(name(random)));
        string(out, 20, r, sst.unique(guardianId(n)));
        string(out, 21, r, sst.unique(String.format("139%08d", n)));
        string(out, 22, r, sst.repeated(BANKS[random.nextInt(BANKS.length)]));
        string(out, 23, r, sst.unique(card(n)));
        if (random.nextInt(20) == 0) {
            string(out, 24, r, sst.repeated("已家访核实"));
        }
    }

    /** A valid ID number of a child born 2008–2020 in 湘阴县, different for every row number. */
    static String idNumber(int n) {
        LocalDate birth = LocalDate.of(2008, 1, 1).plusDays((n / 500) % 4700);
        int sequence = n % 500 * 2 + (n / 2_350_000) % 2;
        String first17 = "430624" + birth.format(BIRTH) + String.format("%03d", sequence);
        return first17 + IdNumber.checkCharacter(first17);
    }

    private static String guardianId(int n) {
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays((n / 500) % 7000);
        String first17 = "430624" + birth.format(BIRTH) + String.format("%03d", n % 500 * 2 + 1);
        return first17 + IdNumber.checkCharacter(first17);
    }

    private static String card(int n) {
        String body = String.format("621799%012d", n);
        for (int check = 0; check < 10; check++) {
            if (BankCardNumber.luhn(body + check)) {
                return body + check;
            }
        }
        throw new IllegalStateException();
    }

    private static String name(SplittableRandom random) {
        String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        return random.nextBoolean() ? name + GIVEN[random.nextInt(GIVEN.length)] : name;
    }

    private static void string(Writer out, int column, int row, int index) throws IOException {
        out.write("<c r=\"");
        out.write(ref(column, row));
        out.write("\" t=\"s\"><v>");
        out.write(Integer.toString(index));
        out.write("</v></c>");
    }

    private static void number(Writer out, int column, int row, String value, int style) throws IOException {
        out.write("<c r=\"");
        out.write(ref(column, row));
        out.write(style == 0 ? "\"><v>" : "\" s=\"" + style + "\"><v>");
        out.write(value);
        out.write("</v></c>");
    }

    private static String ref(int column, int row) {
        return (char) ('A' + column) + Integer.toString(row);
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
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="资助名单" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        part(zip, "xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>""");
        part(zip, "xl/styles.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="宋体"/><charset val="134"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>""");
    }

    private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The shared-strings part, written as strings come; repeated values share one entry, as Excel does. */
    private static final class SharedStrings {

        private final Writer out;
        private final Map<String, Integer> repeated = new HashMap<>();
        private int count;

        SharedStrings(Path file) throws IOException {
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
