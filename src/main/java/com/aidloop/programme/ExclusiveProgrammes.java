package com.aidloop.programme;

import java.time.Instant;
import java.util.List;

/**
 * Programmes of which a student may hold only one in a school year (autumn of year Y and spring
 * of Y+1), e.g. the national scholarship and the national encouragement scholarship. A group
 * belongs to the country, a province or a county and binds only there.
 *
 * @param recordedBy who proposed the group
 * @param approvedBy who approved it; null for the seeded groups and those recorded before approvals were required
 */
public record ExclusiveProgrammes(
        long id,
        CatalogueOwner owner,
        String name,
        List<String> programmeCodes,
        String note,
        String source,
        Instant recordedAt,
        String recordedBy,
        String approvedBy) {

    public ExclusiveProgrammes {
        programmeCodes = List.copyOf(programmeCodes);
    }

    public boolean includes(String programmeCode) {
        return programmeCodes.contains(programmeCode);
    }
}
