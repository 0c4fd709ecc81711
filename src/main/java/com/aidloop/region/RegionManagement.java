package com.aidloop.region;

import com.aidloop.audit.AuditRecord;
import com.aidloop.audit.AuditTrail;
import com.aidloop.shared.Messages;
import com.aidloop.shared.RegionCode;
import com.aidloop.shared.RegionLevel;
import com.aidloop.shared.Text;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrative-division tree (行政区划) of the 2023 national statistical codes: provinces
 * down to townships are always loaded; villages only for the counties a deployment serves (see
 * {@link #loadVillages}). Methods taking a code accept what people type (full-width digits,
 * spaces) and throw {@link com.aidloop.shared.InvalidValue} for a code that is not 2, 4, 6, 9 or
 * 12 digits.
 */
@Service
public class RegionManagement {

    /** The edition of the bundled statistical division codes. */
    public static final String EDITION = "2023";

    /** Names of grouping levels that a full name leaves out, e.g. 北京市市辖区东城区. */
    private static final Set<String> PLACEHOLDER_NAMES = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    private final JdbcClient jdbc;
    private final DivisionLoader loader;
    private final ObjectProvider<AuditTrail> audit;

    RegionManagement(JdbcClient jdbc, DivisionLoader loader, ObjectProvider<AuditTrail> audit) {
        this.jdbc = jdbc;
        this.loader = loader;
        this.audit = audit;
    }

    /**
     * The division with this code. A padded code (430600, 430626000000) finds the division it
     * pads, unless a division has exactly that code: 441900 is the county-level 东莞市, not the
     * city 4419, and 350527000 the township 金门县.
     */
    public Optional<Region> find(String code) {
        TypedCode typed = TypedCode.of(code);
        return jdbc.sql("""
                SELECT code, name, level, parent_code
                  FROM region_division
                 WHERE code IN (:exact, :unpadded)
                 ORDER BY length(code) DESC
                 LIMIT 1
                """)
                .param("exact", typed.exact())
                .param("unpadded", typed.unpadded())
                .query(RegionManagement::region)
                .optional();
    }

    /**
     * The children of a division in code order; the provinces when {@code parentCode} is null or
     * blank; empty when the division is unknown. Codes are read as {@link #find} reads them.
     */
    public List<Region> children(String parentCode) {
        if (Text.compact(parentCode).isEmpty()) {
            return jdbc.sql("""
                    SELECT code, name, level, parent_code
                      FROM region_division
                     WHERE level = 1
                     ORDER BY code
                    """).query(RegionManagement::region).list();
        }
        TypedCode typed = TypedCode.of(parentCode);
        return jdbc.sql("""
                SELECT code, name, level, parent_code
                  FROM region_division
                 WHERE parent_code = (SELECT code
                                        FROM region_division
                                       WHERE code IN (:exact, :unpadded)
                                       ORDER BY length(code) DESC
                                       LIMIT 1)
                 ORDER BY code
                """)
                .param("exact", typed.exact())
                .param("unpadded", typed.unpadded())
                .query(RegionManagement::region)
                .list();
    }

    /** The divisions from the province down to the one asked for; empty when that one is unknown. */
    public List<Region> path(String code) {
        Optional<Region> region = find(code);
        if (region.isEmpty()) {
            return List.of();
        }
        String wanted = region.get().code();
        List<String> codes = new ArrayList<>();
        for (RegionLevel level : RegionLevel.values()) {
            if (level.codeLength() <= wanted.length()) {
                codes.add(wanted.substring(0, level.codeLength()));
            }
        }
        List<Region> path = jdbc.sql("""
                SELECT code, name, level, parent_code
                  FROM region_division
                 WHERE code = ANY(:codes)
                 ORDER BY level
                """)
                .param("codes", codes.toArray(String[]::new))
                .query(RegionManagement::region)
                .list();
        return path.size() == codes.size() ? path : List.of();
    }

    /**
     * The name people write on forms, e.g. "湖南省岳阳市平江县三市镇": the names along the path,
     * without grouping levels (市辖区, 省直辖县级行政区划) and without a name repeated (东莞市).
     *
     * @throws UnknownRegion when the loaded edition has no such division
     */
    public String fullName(String code) {
        List<Region> path = path(code);
        if (path.isEmpty()) {
            throw UnknownRegion.code(TypedCode.of(code).exact());
        }
        StringBuilder name = new StringBuilder();
        String previous = null;
        for (Region region : path) {
            if (!PLACEHOLDER_NAMES.contains(region.name()) && !region.name().equals(previous)) {
                name.append(region.name());
            }
            previous = region.name();
        }
        return name.toString();
    }

    /**
     * The names of the known codes among these, in one query, keyed by code as stored (no
     * padding); unknown or malformed codes are left out.
     */
    public Map<String, String> namesOf(Collection<String> codes) {
        String[] wanted = codes.stream()
                .filter(Objects::nonNull)
                .map(Text::compact)
                .distinct()
                .toArray(String[]::new);
        if (wanted.length == 0) {
            return Map.of();
        }
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT code, name
                  FROM region_division
                 WHERE code = ANY(:codes)
                 ORDER BY code
                """).param("codes", wanted).query(rs -> {
            names.put(rs.getString("code"), rs.getString("name"));
        });
        return names;
    }

    /**
     * Which child of {@code parentCode} (the provinces when null or blank) is called {@code name},
     * tolerating suffix variants such as 镇/镇人民政府 or 村/村委会/村民委员会.
     *
     * @throws UnknownRegion when the parent is not a known division
     */
    public NameLookup lookup(String parentCode, String name) {
        if (Text.compact(parentCode).isEmpty()) {
            return NameMatching.match(name, children(null));
        }
        Region parent = find(parentCode)
                .orElseThrow(() -> UnknownRegion.code(TypedCode.of(parentCode).exact()));
        return NameMatching.match(name, children(parent.code()));
    }

    /**
     * Loads the villages and communities (村级区划) of one county from the bundled national file,
     * replacing any loaded before; returns how many. Safe to repeat.
     *
     * @throws UnknownRegion when the code is not that of a county of the loaded edition
     */
    @Transactional
    public int loadVillages(String countyCode) {
        String county = Text.compact(countyCode);
        if (!county.matches("\\d{6}")) {
            throw UnknownRegion.county(county);
        }
        int villages = loader.loadVillages(county);
        audit.ifAvailable(trail -> trail.record(AuditRecord.of(
                "LOAD",
                "region_villages",
                county,
                Messages.format("region.audit.villagesLoaded", fullName(county), county, villages))));
        return villages;
    }

    /** The counties whose villages are loaded, in code order. */
    public List<LoadedCounty> loadedCounties() {
        return jdbc.sql("""
                SELECT d.code, d.name, d.level, d.parent_code, l.village_count, l.edition, l.loaded_at
                  FROM region_village_load l
                  JOIN region_division d ON d.code = l.county_code
                 ORDER BY d.code
                """)
                .query((rs, row) -> new LoadedCounty(
                        region(rs, row),
                        rs.getInt("village_count"),
                        rs.getString("edition"),
                        rs.getObject("loaded_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * A code as typed (full-width digits and spaces removed) and without the trailing zeros of a
     * padded code (430600 → 4306); a malformed code is an {@code InvalidValue}. The exact code
     * wins where a real division ends in zeros (441900 县级东莞市).
     */
    private record TypedCode(String exact, String unpadded) {

        private static final int[] SHORTER = {9, 6, 4, 2};

        static TypedCode of(String code) {
            String exact = new RegionCode(code).value();
            String unpadded = exact;
            for (int length : SHORTER) {
                if (unpadded.length() > length
                        && unpadded.substring(length).chars().allMatch(c -> c == '0')) {
                    unpadded = unpadded.substring(0, length);
                }
            }
            return new TypedCode(exact, unpadded);
        }
    }

    private static Region region(ResultSet rs, int row) throws SQLException {
        return new Region(
                rs.getString("code"),
                rs.getString("name"),
                RegionLevel.values()[rs.getInt("level") - 1],
                rs.getString("parent_code"));
    }
}
