package com.aidloop.bench.province;

import com.aidloop.bench.province.ProvinceRegions.County;
import com.aidloop.iam.AccountManagement;
import com.aidloop.iam.Role;
import java.util.Set;

/**
 * Staff accounts of the generated province for the benchmarks that follow: {@code sheng43}
 * (province staff), {@code shi4301}… (one per city) and {@code xian430102}… (county staff, one per
 * county), all with the benchmark's password and no forced change.
 */
final class ProvinceAccounts {

    private ProvinceAccounts() {}

    static String county(County county) {
        return "xian" + county.code();
    }

    static void open(AccountManagement accounts, ProvinceRegions regions, String password) {
        accounts.ensureDemoAccount(
                "sheng" + regions.provinceCode(),
                "省级资助中心",
                Set.of(Role.PROVINCE_STAFF),
                regions.provinceCode(),
                null,
                password);
        for (String city : regions.cities()) {
            accounts.ensureDemoAccount("shi" + city, "市级资助中心" + city, Set.of(Role.CITY_STAFF), city, null, password);
        }
        for (County county : regions.counties()) {
            accounts.ensureDemoAccount(
                    county(county), county.name() + "资助中心", Set.of(Role.COUNTY_STAFF), county.code(), null, password);
        }
    }
}
