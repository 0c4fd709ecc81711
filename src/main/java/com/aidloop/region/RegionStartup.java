package com.aidloop.region;

import com.aidloop.shared.Text;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Loads the division tree when the platform starts on an empty table, and the villages of the
 * counties named in {@code aidloop.regions.load-villages} (comma-separated county codes) unless
 * they are loaded already. Runs once every bean exists and before the web server takes requests,
 * so that no page sees a half-loaded tree. An unknown county code stops the start.
 */
@Component
class RegionStartup implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(RegionStartup.class);

    private final DivisionLoader loader;
    private final List<String> villageCounties;

    RegionStartup(DivisionLoader loader, @Value("${aidloop.regions.load-villages:}") String villageCounties) {
        this.loader = loader;
        this.villageCounties = Arrays.stream(villageCounties.split("[,，;\\s]+"))
                .map(Text::compact)
                .filter(code -> !code.isEmpty())
                .distinct()
                .toList();
    }

    @Override
    public void afterSingletonsInstantiated() {
        long start = System.nanoTime();
        int divisions = loader.loadTreeIfEmpty();
        if (divisions > 0) {
            log.info(
                    "Loaded {} divisions (edition {}) in {} ms",
                    divisions,
                    RegionManagement.EDITION,
                    millisSince(start));
        }
        for (String county : villageCounties) {
            if (!county.matches("\\d{6}")) {
                throw UnknownRegion.county(county);
            }
            long countyStart = System.nanoTime();
            int villages = loader.loadVillagesUnlessLoaded(county);
            if (villages > 0) {
                log.info("Loaded {} villages of county {} in {} ms", villages, county, millisSince(countyStart));
            }
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
