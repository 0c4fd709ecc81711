package com.aidloop.comparison.persistence;

import com.aidloop.comparison.ColumnMapping;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Column mappings remembered per region, department and list type. */
@Repository
public class MappingStore {

    private final JdbcClient jdbc;

    MappingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ColumnMapping remembered(String regionCode, String department, String typeCode) {
        return jdbc.sql("""
                SELECT mapping FROM comparison_column_mapping
                 WHERE region_code = :region AND department = :department AND type_code = :type
                """)
                .param("region", regionCode)
                .param("department", department)
                .param("type", typeCode)
                .query(String.class)
                .optional()
                .map(ColumnMapping::decode)
                .orElse(ColumnMapping.none());
    }

    public void remember(String regionCode, String department, String typeCode, ColumnMapping mapping) {
        jdbc.sql("""
                INSERT INTO comparison_column_mapping (region_code, department, type_code, mapping)
                VALUES (:region, :department, :type, :mapping)
                ON CONFLICT (region_code, department, type_code)
                DO UPDATE SET mapping = EXCLUDED.mapping, updated_at = now()
                """)
                .param("region", regionCode)
                .param("department", department)
                .param("type", typeCode)
                .param("mapping", mapping.encode())
                .update();
    }
}
