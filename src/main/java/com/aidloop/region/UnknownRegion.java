package com.aidloop.region;

import com.aidloop.shared.InvalidValue;

/** A division code that the loaded edition does not hold, or not at the level asked for. */
public class UnknownRegion extends InvalidValue {

    private UnknownRegion(String code, Object... args) {
        super(Kind.NOT_FOUND, code, args);
    }

    /** No division of the loaded edition has this code. */
    public static UnknownRegion code(String regionCode) {
        return new UnknownRegion("region.unknown", regionCode, RegionManagement.EDITION);
    }

    /** The code is not that of a county-level division (县级行政区划). */
    public static UnknownRegion county(String countyCode) {
        return new UnknownRegion("region.county.unknown", countyCode, RegionManagement.EDITION);
    }
}
