package com.aidloop.comparison;

import com.aidloop.shared.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which header of a department's file holds what: chosen on upload, remembered per department and
 * list type. A field left blank is looked for under the headers departments commonly use; a
 * header given is required. A household-wide list (one row per household) names the columns of
 * the members' ID numbers (and, where the file has them, their names) in order.
 *
 * @param attributes attribute key → header
 */
public record ColumnMapping(
        String id,
        String name,
        String region,
        String category,
        List<String> memberIds,
        List<String> memberNames,
        Map<String, String> attributes) {

    static final List<String> ID_HEADERS = List.of("身份证号码", "身份证号", "公民身份号码", "证件号码", "身份证件号码", "学籍号");
    static final List<String> NAME_HEADERS = List.of("姓名", "户主姓名", "人员姓名", "成员姓名");
    static final List<String> REGION_HEADERS = List.of("所在地区", "所属乡镇", "乡镇", "户籍地址", "地址", "行政区划");
    static final List<String> CATEGORY_HEADERS = List.of("类别", "人员类别", "救助类别", "对象类别", "户类型");

    public ColumnMapping {
        id = clean(id);
        name = clean(name);
        region = clean(region);
        category = clean(category);
        memberIds = memberIds.stream()
                .map(ColumnMapping::clean)
                .filter(h -> h != null)
                .toList();
        memberNames = memberNames.stream()
                .map(ColumnMapping::clean)
                .filter(h -> h != null)
                .toList();
        Map<String, String> given = new LinkedHashMap<>();
        attributes.forEach((k, v) -> {
            if (clean(v) != null) {
                given.put(k, clean(v));
            }
        });
        attributes = Map.copyOf(given);
    }

    public static ColumnMapping none() {
        return new ColumnMapping(null, null, null, null, List.of(), List.of(), Map.of());
    }

    /** Splits "成员1身份证号, 成员2身份证号" (commas, 、 or line breaks) into headers. */
    public static List<String> headers(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(Text.normalize(text).split("\\s*[,，、;；\\n]\\s*")).stream()
                .filter(h -> !h.isBlank())
                .toList();
    }

    /** The headers a field may be under: the one chosen, or the common ones. */
    public List<String> idCandidates() {
        return id != null ? List.of(id) : ID_HEADERS;
    }

    public List<String> nameCandidates() {
        return name != null ? List.of(name) : NAME_HEADERS;
    }

    public List<String> regionCandidates() {
        return region != null ? List.of(region) : REGION_HEADERS;
    }

    public List<String> categoryCandidates() {
        return category != null ? List.of(category) : CATEGORY_HEADERS;
    }

    public List<String> attributeCandidates(com.aidloop.comparison.domain.ListAttribute attribute) {
        String chosen = attributes.get(attribute.key());
        return List.of(chosen != null ? chosen : attribute.label());
    }

    /** Every header this mapping may look for, to find the header row below the title rows. */
    public List<String> everyHeader(com.aidloop.comparison.domain.ListType type) {
        List<String> all = new ArrayList<>();
        all.addAll(idCandidates());
        all.addAll(nameCandidates());
        all.addAll(regionCandidates());
        all.addAll(categoryCandidates());
        all.addAll(memberIds);
        all.addAll(memberNames);
        type.attributes().forEach(a -> all.addAll(attributeCandidates(a)));
        return all.stream().distinct().toList();
    }

    /** Fills the fields left blank from a remembered mapping. */
    public ColumnMapping orElse(ColumnMapping remembered) {
        Map<String, String> merged = new LinkedHashMap<>(remembered.attributes);
        merged.putAll(attributes);
        return new ColumnMapping(
                id != null ? id : remembered.id,
                name != null ? name : remembered.name,
                region != null ? region : remembered.region,
                category != null ? category : remembered.category,
                memberIds.isEmpty() ? remembered.memberIds : memberIds,
                memberNames.isEmpty() ? remembered.memberNames : memberNames,
                merged);
    }

    /** As remembered: one "field=header" per line. */
    public String encode() {
        StringBuilder out = new StringBuilder();
        line(out, "id", id);
        line(out, "name", name);
        line(out, "region", region);
        line(out, "category", category);
        line(out, "memberIds", memberIds.isEmpty() ? null : String.join("、", memberIds));
        line(out, "memberNames", memberNames.isEmpty() ? null : String.join("、", memberNames));
        attributes.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> line(out, "attr." + e.getKey(), e.getValue()));
        return out.toString();
    }

    public static ColumnMapping decode(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String line : text == null ? new String[0] : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                String key = line.substring(0, eq);
                String value = line.substring(eq + 1);
                if (key.startsWith("attr.")) {
                    attributes.put(key.substring(5), value);
                } else {
                    fields.put(key, value);
                }
            }
        }
        return new ColumnMapping(
                fields.get("id"),
                fields.get("name"),
                fields.get("region"),
                fields.get("category"),
                headers(fields.get("memberIds")),
                headers(fields.get("memberNames")),
                attributes);
    }

    private static void line(StringBuilder out, String key, String value) {
        if (value != null) {
            out.append(key).append('=').append(value).append('\n');
        }
    }

    private static String clean(String header) {
        if (header == null) {
            return null;
        }
        String h = Text.normalize(header).replace('\n', ' ');
        return h.isEmpty() ? null : h;
    }
}
