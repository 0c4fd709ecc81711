package com.aidloop.programme.web;

import com.aidloop.programme.CatalogueOwner;
import com.aidloop.region.Region;
import com.aidloop.region.RegionManagement;
import org.springframework.stereotype.Component;

/** Whose a catalogue entry is, in words for pages ({@code @ownerNames.of(owner)}): 全国, 湖南省, 平江县. */
@Component("ownerNames")
public class OwnerNames {

    private final RegionManagement regions;

    OwnerNames(RegionManagement regions) {
        this.regions = regions;
    }

    public String of(CatalogueOwner owner) {
        if (owner == null || owner.isNational()) {
            return "全国";
        }
        return ofRegion(owner.regionCode());
    }

    /** The name of a province or county, or its code when it is not in the division tree. */
    public String ofRegion(String code) {
        return code == null ? "全国" : regions.find(code).map(Region::name).orElse(code);
    }
}
