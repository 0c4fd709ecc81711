package com.aidloop.roster.documents;

import com.aidloop.iam.DataScope;
import com.aidloop.region.Region;
import com.aidloop.region.RegionManagement;
import com.aidloop.school.SchoolManagement;
import com.aidloop.school.SchoolView;
import org.springframework.stereotype.Component;

/** Names the issuer of a reader's documents from their scope: an aid centre, a reviewer or a school. */
@Component
public class Issuers {

    private static final int COUNTY_CODE_LENGTH = 6;

    private final RegionManagement regions;
    private final SchoolManagement schools;

    Issuers(RegionManagement regions, SchoolManagement schools) {
        this.regions = regions;
        this.schools = schools;
    }

    public Issuer of(DataScope scope) {
        if (scope.schoolId() != null) {
            return Issuer.school(
                    schools.byId(scope.schoolId()).map(SchoolView::name).orElse(""));
        }
        String code = scope.regionPrefix();
        String name = regionName(code);
        return code.length() <= COUNTY_CODE_LENGTH ? Issuer.aidCentre(name) : Issuer.reviewer(name);
    }

    /** The issuer of a school's documents as seen from the scope: named after the school. */
    public Issuer of(DataScope scope, SchoolView school) {
        return of(scope).forSchool(school.name());
    }

    /** The name of a division, e.g. 平江县; the code itself when unknown. */
    public String regionName(String code) {
        return regions.find(code).map(Region::name).orElse(code);
    }

    /** The county a school belongs to, which confirms its forms. */
    public String countyOf(SchoolView school) {
        return regionName(school.countyCode());
    }
}
