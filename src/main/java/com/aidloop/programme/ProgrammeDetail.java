package com.aidloop.programme;

import java.util.List;

/**
 * A programme with every standard ever recorded for it, corrections included: ordered by tier,
 * then by the term they take effect, then by when they were recorded.
 */
public record ProgrammeDetail(ProgrammeView programme, List<Standard> history) {

    public ProgrammeDetail {
        history = List.copyOf(history);
    }
}
