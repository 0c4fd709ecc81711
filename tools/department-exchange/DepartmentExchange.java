/*
 * 部门比对工具（离线）: hashes a department's own list with the key of one Aidloop exchange and
 * writes the answer file: only the rows whose ID number is in the county's request, each with its
 * match code (匹配码) instead of the ID number. Needs only a Java 17+ runtime, no network:
 *
 *   java DepartmentExchange.java --key 密钥 --request 比对请求.csv --list 本部门名单.csv [--id-column 身份证号码] [--out 比对回复.csv]
 *
 * The match code is HMAC-SHA256 under the key (64 hex characters, dashes ignored) of the 18-character
 * ID number (upper-case X), in lower-case hex: the same as com.aidloop.comparison.domain.ExchangeKey.
 * The guide for the department's staff is docs/comparison-exchange-guide.md.
 */
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class DepartmentExchange {

    static final String CHECK_TEXT = "aidloop-exchange-key-check";
    static final List<String> ID_HEADERS = List.of("身份证号码", "身份证号", "公民身份号码", "证件号码", "身份证件号码", "学籍号");
    static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static final String CHECKS = "10X98765432";

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        if (!options.containsKey("key") || !options.containsKey("request") || !options.containsKey("list")) {
            fail("用法：java DepartmentExchange.java --key 密钥 --request 比对请求.csv --list 本部门名单.csv "
                    + "[--id-column 身份证号码] [--out 比对回复.csv]");
        }
        String keyHex = options.get("key").replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        if (!keyHex.matches("[0-9a-f]{64}")) {
            fail("密钥应为64位十六进制字符（可带“-”），请按县资助中心给出的密钥填写");
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(HexFormat.of().parseHex(keyHex), "HmacSHA256"));

        List<List<String>> request = csv(Path.of(options.get("request")));
        String check = code(mac, CHECK_TEXT).substring(0, 8);
        String title = request.isEmpty() ? "" : String.join(",", request.get(0));
        if (!title.contains("密钥校验码=" + check)) {
            fail("密钥与请求文件不符（本密钥的校验码为 " + check + "，请求文件第一行为“" + title
                    + "”）：请核对密钥，或确认请求文件与密钥属于同一次比对");
        }
        Set<String> wanted = new HashSet<>();
        for (List<String> row : request.subList(Math.min(2, request.size()), request.size())) {
            if (!row.isEmpty() && !row.get(0).isBlank()) {
                wanted.add(row.get(0).strip().toLowerCase(Locale.ROOT));
            }
        }

        List<List<String>> list = csv(Path.of(options.get("list")));
        int headerRow = -1;
        int idColumn = -1;
        for (int r = 0; r < Math.min(10, list.size()) && headerRow < 0; r++) {
            for (int c = 0; c < list.get(r).size(); c++) {
                String h = compact(list.get(r).get(c));
                if (options.containsKey("id-column") ? h.equals(compact(options.get("id-column"))) : ID_HEADERS.contains(h)) {
                    headerRow = r;
                    idColumn = c;
                    break;
                }
            }
        }
        if (headerRow < 0) {
            fail("名单前10行中找不到身份证号码列（" + options.getOrDefault("id-column", String.join("、", ID_HEADERS))
                    + "）：请用 --id-column 指定列名");
        }
        List<String> header = list.get(headerRow);
        List<Integer> keep = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            String h = compact(header.get(c));
            boolean otherId = c != idColumn && (h.contains("身份证") || h.contains("证件号") || h.contains("学籍号"));
            if (c != idColumn && !otherId && !h.isEmpty()) {
                keep.add(c);
            }
        }

        Path out = Path.of(options.getOrDefault("out", "比对回复.csv"));
        int read = 0;
        int matched = 0;
        List<String> bad = new ArrayList<>();
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            List<String> outHeader = new ArrayList<>(List.of("匹配码"));
            keep.forEach(c -> outHeader.add(header.get(c)));
            line(w, outHeader);
            for (int r = headerRow + 1; r < list.size(); r++) {
                List<String> row = list.get(r);
                if (row.stream().allMatch(String::isBlank)) {
                    continue;
                }
                read++;
                String id = idNumber(idColumn < row.size() ? row.get(idColumn) : "");
                if (id == null) {
                    bad.add(String.valueOf(r + 1));
                    continue;
                }
                String code = code(mac, id);
                if (wanted.contains(code)) {
                    matched++;
                    List<String> cells = new ArrayList<>(List.of(code));
                    keep.forEach(c -> cells.add(c < row.size() ? row.get(c) : ""));
                    line(w, cells);
                }
            }
        }
        System.out.println("读取名单 " + read + " 行，其中 " + matched + " 行在比对请求中，已写入 " + out.toAbsolutePath());
        System.out.println("密钥校验码 " + check + "（与请求文件一致）；请求共 " + wanted.size() + " 个匹配码");
        if (!bad.isEmpty()) {
            System.out.println("身份证号码无法识别（不足18位、15位旧号码、科学计数法或校验位错误）的行："
                    + String.join("、", bad.subList(0, Math.min(20, bad.size()))) + (bad.size() > 20 ? " 等共 " + bad.size() + " 行" : "")
                    + "；这些行未比对，请更正后重新运行");
        }
        System.out.println("回复文件不含身份证号码；请把它交回县学生资助管理中心，本工具和密钥不要外传。");
    }

    /** The 18-character ID number of a cell ("G" + ID read as the ID), or null when it is not one. */
    static String idNumber(String cell) {
        String id = compact(cell).toUpperCase(Locale.ROOT);
        if (id.length() == 19 && id.charAt(0) == 'G') {
            id = id.substring(1);
        }
        if (!id.matches("[0-9]{17}[0-9X]")) {
            return null;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECKS.charAt(sum % 11) == id.charAt(17) ? id : null;
    }

    static String code(Mac mac, String text) {
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    static String compact(String s) {
        return s.replace("\uFEFF", "").replaceAll("[\\s\u3000]", "");
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                fail("参数“" + args[i] + "”无法识别，参数应为 --名称 值");
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    /** A CSV file as saved by Excel or WPS: UTF-8 (with or without BOM) or GBK/GB18030, quoted fields. */
    static List<List<String>> csv(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            text = new String(bytes, Charset.forName("GB18030"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(ch);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    static void line(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            if (c.matches("^[=+\\-@].*")) {
                c = "'" + c;
            }
            w.write((i == 0 ? "" : ",") + (c.matches(".*[\",\r\n].*") ? "\"" + c.replace("\"", "\"\"") + "\"" : c));
        }
        w.write("\r\n");
    }

    static void fail(String message) {
        System.err.println("错误：" + message);
        System.exit(2);
    }
}
