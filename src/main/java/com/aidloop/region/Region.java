package com.aidloop.region;

import com.aidloop.shared.RegionLevel;
import java.util.Objects;

/**
 * One administrative division (行政区划) of the loaded edition.
 *
 * @param code the statistical division code without trailing zeros (2, 4, 6, 9 or 12 digits)
 * @param name its official name, e.g. "三市镇"
 * @param level its level in the tree
 * @param parentCode the code one level up, or null for a province
 */
public record Region(String code, String name, RegionLevel level, String parentCode) {

    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
    }

    /** Whether divisions lie below this one in the national tree (villages have none). */
    public boolean mayHaveChildren() {
        return level != RegionLevel.VILLAGE;
    }
}
