package com.aidloop.region;

import java.time.Instant;

/**
 * A county whose villages (村级区划) are loaded.
 *
 * @param county the county-level division
 * @param villageCount how many villages and communities were loaded for it
 * @param edition the edition of the codes they come from
 * @param loadedAt when they were last loaded
 */
public record LoadedCounty(Region county, int villageCount, String edition, Instant loadedAt) {}
