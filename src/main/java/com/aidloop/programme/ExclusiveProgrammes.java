package com.aidloop.programme;

import java.time.Instant;
import java.util.List;

/**
 * Programmes of which a student may hold only one in a school year (autumn of year Y and spring
 * of Y+1), e.g. the national scholarship and the national encouragement scholarship.
 */
public record ExclusiveProgrammes(long id, String name, List<String> programmeCodes, String note, String source,
        Instant recordedAt, String recordedBy) {

    public ExclusiveProgrammes {
        programmeCodes = List.copyOf(programmeCodes);
    }

    public boolean includes(String programmeCode) {
        return programmeCodes.contains(programmeCode);
    }
}
