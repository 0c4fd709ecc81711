package com.aidloop.comparison.persistence;

import com.aidloop.comparison.domain.AttributeKind;
import com.aidloop.comparison.domain.CategoryChoice;
import com.aidloop.comparison.domain.ListAttribute;
import com.aidloop.comparison.domain.ListKind;
import com.aidloop.comparison.domain.ListRowReader;
import com.aidloop.comparison.domain.ListType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The configured list types with their attributes, and the department category names. */
@Repository
public class ListTypeStore {

    private final JdbcClient jdbc;

    ListTypeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every list type by code, in the order pages show them. */
    public Map<String, ListType> all() {
        Map<String, List<ListAttribute>> attributes = new HashMap<>();
        jdbc.sql("SELECT * FROM comparison_list_attribute ORDER BY type_code, position")
                .query(rs -> {
                    attributes
                            .computeIfAbsent(rs.getString("type_code"), k -> new ArrayList<>())
                            .add(new ListAttribute(
                                    rs.getString("key"),
                                    rs.getString("label"),
                                    AttributeKind.valueOf(rs.getString("kind")),
                                    rs.getBoolean("sensitive")));
                });
        Map<String, ListType> types = new LinkedHashMap<>();
        jdbc.sql("SELECT * FROM comparison_list_type ORDER BY position, code").query(rs -> {
            String code = rs.getString("code");
            types.put(
                    code,
                    new ListType(
                            code,
                            rs.getString("name"),
                            ListKind.valueOf(rs.getString("kind")),
                            rs.getString("department"),
                            rs.getInt("transition_months"),
                            attributes.getOrDefault(code, List.of())));
        });
        return types;
    }

    /** Category names as {@link ListRowReader#categoryKey} compares them → their meaning. */
    public Map<String, CategoryChoice> categories() {
        Map<String, CategoryChoice> names = new HashMap<>();
        jdbc.sql("SELECT * FROM comparison_category_name").query(rs -> {
            names.put(
                    ListRowReader.categoryKey(rs.getString("name")),
                    new CategoryChoice(
                            rs.getString("type_code"), rs.getString("attribute_key"), rs.getString("attribute_value")));
        });
        return names;
    }
}
