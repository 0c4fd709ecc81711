package com.aidloop.bench.province;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The real divisions of the generated province, read from the region tree the platform loaded
 * from its bundled division files (the same files as {@code ../shared/data/regions}): its cities,
 * its first 120 counties by code, and every township of those counties. Development zones and
 * 管理区 (codes {@code xxxx7x}, e.g. 430371 湖南湘潭高新技术产业园区) are not counties and are left out: in
 * Hunan that leaves 122 counties, so the 120 taken cover all 14 cities.
 */
record ProvinceRegions(String provinceCode, List<String> cities, List<County> counties) {

    /** A county with its townships; {@code index} is its place in code order (0 to 119). */
    record County(int index, String code, String name, List<Township> townships) {}

    /** A township (乡镇/街道); a 街道 is urban. */
    record Township(String code, String name) {
        boolean urban() {
            return name.endsWith("街道");
        }
    }

    static ProvinceRegions read(JdbcClient jdbc, String provinceCode, int countyCount) {
        List<String> cities = jdbc.sql(
                        "SELECT code FROM region_division WHERE level = 2 AND parent_code = :p ORDER BY code")
                .param("p", provinceCode)
                .query(String.class)
                .list();
        Map<String, List<Township>> townships = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT c.code AS county, t.code, t.name
                  FROM region_division c
                  JOIN region_division t ON t.parent_code = c.code AND t.level = 4
                 WHERE c.level = 3 AND c.code LIKE :prefix AND substr(c.code, 5, 1) <> '7'
                 ORDER BY c.code, t.code
                """)
                .param("prefix", provinceCode + "%")
                .query((rs, n) -> townships
                        .computeIfAbsent(rs.getString("county"), k -> new ArrayList<>())
                        .add(new Township(rs.getString("code"), rs.getString("name"))))
                .list();
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT code, name FROM region_division WHERE level = 3 AND code LIKE :prefix ORDER BY code")
                .param("prefix", provinceCode + "%")
                .query((rs, n) -> names.put(rs.getString("code"), rs.getString("name")))
                .list();
        List<County> counties = new ArrayList<>();
        for (var county : townships.entrySet()) {
            if (counties.size() == countyCount) {
                break;
            }
            counties.add(new County(counties.size(), county.getKey(), names.get(county.getKey()), county.getValue()));
        }
        if (counties.size() < countyCount) {
            throw new IllegalStateException("province " + provinceCode + " has only " + counties.size()
                    + " counties with townships, " + countyCount + " wanted");
        }
        return new ProvinceRegions(provinceCode, cities, List.copyOf(counties));
    }
}
