package com.aidloop.iam;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one place where a {@link DataScope} becomes SQL: a WHERE fragment per kind of row, and its
 * parameters. A fragment reads {@code (school column = :scope_school OR region column LIKE
 * :scope_region …)}; the parameters carry the school, or else the region prefix with {@code %}
 * appended here. The empty scope binds both as NULL, and a comparison with NULL is never true, so
 * it sees nothing. The LIKE keeps the shape {@code column LIKE 'prefix%'} that the btree indexes on
 * the {@code COLLATE "C"} code columns answer. Which rule applies to which row, and why, is in
 * {@code docs/data-scope.md}.
 */
public final class ScopeFilter {

    /** The parameter holding the scope's school id, or NULL. */
    public static final String SCHOOL = "scope_school";
    /** The parameter holding the scope's region prefix as a LIKE pattern, or NULL. */
    public static final String REGION = "scope_region";
    /** The parameter of an optional search filter by region (the {@code within…} fragments), or NULL for any. */
    public static final String WITHIN = "within_region";
    /** The parameter of a search filter by several regions (the {@code withinAny…} fragments): their LIKE patterns. */
    public static final String WITHIN_ANY = "within_regions";

    private static final Pattern ALIAS = Pattern.compile("[a-z][a-z0-9_]{0,29}");

    private ScopeFilter() {}

    /** A student (registry_student): its school's staff; a region holding its school or its household (户籍). */
    public static String students(String s) {
        return rule(s, "school_id", "school_township_code", "household_township_code", "household_village_code");
    }

    /** A school (school_school): its own staff; a region holding its township. */
    public static String schools(String school) {
        return rule(school, "id", "township_code");
    }

    /** An identification application (identification_application): its school's staff; a region holding the school. */
    public static String applications(String a) {
        return rule(a, "school_id", "school_township_code");
    }

    /**
     * A three-party review of an identification application (identification_three_party_review):
     * its school's staff; a region holding the township or village that reviews it (the student's
     * household village, or the school's township when the student has no village).
     */
    public static String threePartyReviews(String r) {
        return rule(r, "school_id", "township_code", "village_code");
    }

    /** An award (award_award) read as its student's: the same rule as {@link #students}. */
    public static String awards(String a) {
        return students(a);
    }

    /** An award (award_award) read as its school's, for confirmation: the school's staff; a region holding the school. */
    public static String awardsOfSchools(String a) {
        return rule(a, "school_id", "school_township_code");
    }

    /**
     * An award (award_award) read for payout: its school's staff; a region holding its household
     * township, whose batch pays it.
     */
    public static String awardsToPay(String a) {
        return rule(a, "school_id", "household_township_code");
    }

    /** A payment (disbursement_payment {@code p} joined to its batch {@code b}): its school's staff; a region holding the batch. */
    public static String payments(String p, String b) {
        return "(" + column(p, "school_id") + " = :" + SCHOOL + " OR " + like(b, "township_code", REGION) + ")";
    }

    /**
     * An allocation entry of a county's funding register (funding_allocation): a region holding its
     * county; a township or school none (money is allocated to the county, not to their part).
     */
    public static String fundAllocations(String f) {
        return rule(f, null, "county_code");
    }

    /**
     * A department list (comparison_list, column {@code region_code}: the county, city or province
     * that imported it): a region holding it; school staff none (a list names families, not pupils).
     */
    public static String departmentLists(String l) {
        return rule(l, null, "region_code");
    }

    /**
     * A payout batch (disbursement_batch): a region holding its township, or a township inside the
     * county a round's county-wide batch covers (read-only, through its round); school staff none
     * (a batch pays many schools).
     */
    public static String batches(String b) {
        String township = column(b, "township_code");
        return "(" + rule(b, null, "township_code") + " OR (char_length(" + township + ") = 6 AND :" + REGION + " LIKE "
                + township + " || '_%'))";
    }

    /**
     * A payout round (disbursement_round): a region holding its county, or a township the round
     * pays (the whole county, or the township among the round's); school staff none.
     */
    public static String rounds(String r) {
        String county = column(r, "county_code");
        String townships = column(r, "township_codes");
        return "(" + rule(r, null, "county_code") + " OR (:" + REGION + " LIKE " + county + " || '_%' AND ("
                + townships + " IS NULL OR EXISTS (SELECT 1 FROM unnest(" + townships + ") t WHERE t LIKE :"
                + REGION + "))))";
    }

    /** Search filter: an award (award_award) to pay whose household lies in one of the regions of {@link #withinAnyParam}. */
    public static String awardsToPayWithinAny(String a) {
        return "(" + column(a, "household_township_code") + " LIKE ANY(CAST(:" + WITHIN_ANY + " AS text[])))";
    }

    /**
     * Search filter: an account (iam_account) bound to a region inside one of the regions of
     * {@link #withinAnyParam} (the security administrator's bulk disable, not a data scope).
     */
    public static String accountsBoundWithinAny(String a) {
        return "(" + column(a, "region_code") + " LIKE ANY(CAST(:" + WITHIN_ANY + " AS text[])))";
    }

    /** The value of {@link #WITHIN_ANY} for region codes a user chose. */
    public static String[] withinAnyParam(java.util.Collection<String> regionCodes) {
        return regionCodes.stream().map(ScopeFilter::prefixPattern).toArray(String[]::new);
    }

    /**
     * A transfer to a school or a school's meal provision (settlement_transfer,
     * settlement_meal_provision): the school's staff; a region holding the school's township.
     */
    public static String schoolSettlements(String t) {
        return rule(t, "school_id", "school_township_code");
    }

    /** A roster import (award_import): the uploading school's staff; a region holding the region it was uploaded for. */
    public static String imports(String i) {
        return rule(i, "scope_school_id", "scope_region");
    }

    /** A text message (notification_sms): its student's school's staff; a region holding that school or the household. */
    public static String textMessages(String m) {
        return rule(m, "school_id", "school_region_code", "household_region_code");
    }

    /**
     * A catalogue entry (a programme, an exclusion group, a proposed change; column
     * {@code owner_region}): a national entry (NULL) for every account; an entry of a province or
     * county for the accounts inside it (the county's staff and reviewers, the staff of its
     * schools, by the school's township) and above it (its province and city). Another county's
     * entries are invisible. The empty scope sees the national entries only.
     */
    public static String catalogueEntries(String x) {
        String owner = column(x, "owner_region");
        return "(" + owner + " IS NULL OR " + owner + " LIKE :" + REGION
                + " OR starts_with(CAST(:" + REGION + " AS text), " + owner + ")"
                + " OR starts_with((SELECT o.township_code FROM school_school o WHERE o.id = :" + SCHOOL + "), " + owner
                + "))";
    }

    /** Search filter: students whose school or household lies in the {@link #WITHIN} region; any when it is NULL. */
    public static String studentsWithin(String s) {
        return within(s, "school_township_code", "household_township_code", "household_village_code");
    }

    /** Search filter: identification applications whose school lies in the {@link #WITHIN} region; any when it is NULL. */
    public static String applicationsWithin(String a) {
        return within(a, "school_township_code");
    }

    /** Search filter: three-party reviews done in the {@link #WITHIN} region (their township); any when it is NULL. */
    public static String threePartyReviewsWithin(String r) {
        return within(r, "township_code");
    }

    /** Search filter: schools whose township lies in the {@link #WITHIN} region; any when it is NULL. */
    public static String schoolsWithin(String school) {
        return within(school, "township_code");
    }

    /** Search filter: batches whose township lies in the {@link #WITHIN} region; any when it is NULL. */
    public static String batchesWithin(String b) {
        return within(b, "township_code");
    }

    /**
     * The scope's parameters, to bind with {@code statement.params(…)}: the school for school
     * staff, else the region prefix as a pattern. A school scope binds no region, so it never
     * reaches rows by region (as {@link DataScope#coversStudent}). The map may be added to.
     */
    public static Map<String, Object> params(DataScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put(SCHOOL, scope.schoolId());
        params.put(REGION, scope.schoolId() == null ? prefixPattern(scope.regionPrefix()) : null);
        return params;
    }

    /** The value of {@link #WITHIN} for a region code a user chose; NULL (any region) when none was chosen. */
    public static String withinParam(String regionCode) {
        return regionCode == null || regionCode.isEmpty() ? null : prefixPattern(regionCode);
    }

    private static String rule(String alias, String schoolColumn, String... regionColumns) {
        StringBuilder sql = new StringBuilder("(");
        if (schoolColumn != null) {
            sql.append(column(alias, schoolColumn))
                    .append(" = :")
                    .append(SCHOOL)
                    .append(" OR ");
        }
        return sql.append(regions(alias, REGION, regionColumns)).append(")").toString();
    }

    private static String within(String alias, String... regionColumns) {
        return "(CAST(:" + WITHIN + " AS text) IS NULL OR " + regions(alias, WITHIN, regionColumns) + ")";
    }

    private static String regions(String alias, String parameter, String... columns) {
        StringBuilder sql = new StringBuilder();
        for (String c : columns) {
            sql.append(sql.isEmpty() ? "" : " OR ").append(like(alias, c, parameter));
        }
        return sql.toString();
    }

    private static String like(String alias, String column, String parameter) {
        return column(alias, column) + " LIKE :" + parameter;
    }

    private static String column(String alias, String column) {
        if (!ALIAS.matcher(alias).matches()) {
            throw new IllegalArgumentException("not a table alias: " + alias);
        }
        return alias + "." + column;
    }

    private static String prefixPattern(String prefix) {
        if (prefix == null) {
            return null;
        }
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
