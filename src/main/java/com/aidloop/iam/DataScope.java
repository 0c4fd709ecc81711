package com.aidloop.iam;

/**
 * The part of the world an account may see: a region subtree (by code prefix), one school, or
 * nothing. Every query of scoped data filters by it on the server.
 *
 * @param regionPrefix the division code whose subtree is visible, or null
 * @param schoolId the one visible school, or null
 */
public record DataScope(String regionPrefix, Long schoolId) {

    public static DataScope nothing() {
        return new DataScope(null, null);
    }

    public static DataScope region(String code) {
        return new DataScope(code, null);
    }

    public static DataScope school(long schoolId) {
        return new DataScope(null, schoolId);
    }

    public boolean isNothing() {
        return regionPrefix == null && schoolId == null;
    }

    /** A school is visible to its own staff, and to region accounts above its township. */
    public boolean coversSchool(long id, String schoolRegionCode) {
        if (schoolId != null) {
            return schoolId == id;
        }
        return regionPrefix != null && schoolRegionCode != null && schoolRegionCode.startsWith(regionPrefix);
    }

    /**
     * A student is visible to the staff of the school, and to region accounts whose subtree
     * holds either the school or the student's household registration (户籍).
     */
    public boolean coversStudent(long studentSchoolId, String schoolRegionCode, String householdRegionCode) {
        if (schoolId != null) {
            return schoolId == studentSchoolId;
        }
        return regionPrefix != null
                && ((schoolRegionCode != null && schoolRegionCode.startsWith(regionPrefix))
                        || (householdRegionCode != null && householdRegionCode.startsWith(regionPrefix)));
    }

    /**
     * A catalogue entry owned by a province or county (null: national) is visible to the accounts
     * inside that region and above it; school staff stand in their school's township.
     */
    public boolean coversCatalogueEntry(String ownerRegion, String schoolTownshipCode) {
        if (ownerRegion == null) {
            return true;
        }
        if (schoolId != null) {
            return schoolTownshipCode != null && schoolTownshipCode.startsWith(ownerRegion);
        }
        return regionPrefix != null && (ownerRegion.startsWith(regionPrefix) || regionPrefix.startsWith(ownerRegion));
    }
}
