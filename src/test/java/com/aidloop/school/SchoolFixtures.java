package com.aidloop.school;

import com.aidloop.iam.DataScope;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Realistic schools for tests: 平江县 (430626) in Hunan and its neighbour 湘阴县 (430624). Codes
 * are unique per test run so that tests sharing one database do not collide.
 */
public final class SchoolFixtures {

    public static final String COUNTY = "430626";
    public static final String OTHER_COUNTY = "430624";
    public static final String TOWNSHIP_A = "430626107";
    public static final String TOWNSHIP_B = "430626101";
    public static final String OTHER_COUNTY_TOWNSHIP = "430624101";

    private static final AtomicLong CODES = new AtomicLong(2_000_000_000L + (System.nanoTime() % 900_000_000L));

    private SchoolFixtures() {}

    public static String nextCode() {
        return Long.toString(CODES.incrementAndGet());
    }

    public static SchoolInput primarySchool(String name, String township) {
        return new SchoolInput(nextCode(), name, List.of("小学"), "公办", township);
    }

    public static DataScope county() {
        return DataScope.region(COUNTY);
    }

    public static DataScope otherCounty() {
        return DataScope.region(OTHER_COUNTY);
    }
}
