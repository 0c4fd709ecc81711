package com.aidloop.identification.domain;

/**
 * Whose an indicator model is, as {@code programme.CatalogueOwner} models the catalogue's owners:
 * a province (2 digits) sets a model, a county (6 digits) may adopt a variant of it. A model
 * without an owner is a reference model shipped with the platform from a published table (the
 * domain brief's examples): nobody changes it, any province or county may adopt it as its own.
 *
 * @param regionCode the province or county, or null for a reference model
 */
public record ModelOwner(String regionCode) {

    public static final ModelOwner REFERENCE = new ModelOwner(null);

    public ModelOwner {
        if (regionCode != null && !regionCode.matches("\\d{2}|\\d{6}")) {
            throw new IllegalArgumentException("a model belongs to a province or a county: " + regionCode);
        }
    }

    public boolean isReference() {
        return regionCode == null;
    }

    public boolean isCounty() {
        return regionCode != null && regionCode.length() == 6;
    }

    /** Whether staff bound to the region may change the model: only the owner's own staff; a reference model nobody. */
    public boolean changeableFrom(String accountRegion) {
        return regionCode != null && regionCode.equals(accountRegion);
    }

    /**
     * Whether staff bound to the region may adopt the model as their own variant: a reference
     * model by any province or county, a province's model by its counties.
     */
    public boolean adoptableFrom(String accountRegion) {
        if (accountRegion == null || !accountRegion.matches("\\d{2}|\\d{6}")) {
            return false;
        }
        if (regionCode == null) {
            return true;
        }
        return regionCode.length() == 2 && accountRegion.length() == 6 && accountRegion.startsWith(regionCode);
    }

    /**
     * Whether staff bound to the region see the model: a reference model everyone, otherwise
     * the owner's own staff, its counties' staff for a province's model, province staff for their
     * counties' models.
     */
    public boolean visibleFrom(String accountRegion) {
        if (regionCode == null) {
            return true;
        }
        return accountRegion != null
                && (accountRegion.startsWith(regionCode)
                        || accountRegion.length() == 2 && regionCode.startsWith(accountRegion));
    }

    /** Whether the model can be in force in a county: its own, its province's. Reference models never are. */
    public boolean appliesIn(String countyCode) {
        return regionCode != null && countyCode != null && countyCode.startsWith(regionCode);
    }
}
