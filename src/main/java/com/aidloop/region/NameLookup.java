package com.aidloop.region;

import java.util.List;

/**
 * The answer to "which child of this division is called so?": exactly one division, several
 * that the name fits equally well, or none, with the closest names as suggestions.
 */
public sealed interface NameLookup {

    /** The name identifies exactly one division. */
    record Found(Region region) implements NameLookup {}

    /** Several divisions share the name's core (e.g. 开平街道 and 开平镇); the person must choose. */
    record Ambiguous(List<Region> candidates) implements NameLookup {

        public Ambiguous {
            candidates = List.copyOf(candidates);
        }
    }

    /** No division has the name; up to five suggestions, closest first. */
    record NotFound(List<Region> suggestions) implements NameLookup {

        public NotFound {
            suggestions = List.copyOf(suggestions);
        }
    }
}
