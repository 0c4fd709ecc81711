package com.aidloop.programme;

import java.util.List;

/** What a tier typed in a roster resolves to among a programme's tiers in force. */
public sealed interface TierResolution {

    record Found(Standard standard) implements TierResolution {}

    /** No tier in force matches; {@code offered} are the tiers that do exist this term. */
    record Unknown(String typed, List<Standard> offered) implements TierResolution {

        public Unknown {
            offered = List.copyOf(offered);
        }
    }
}
