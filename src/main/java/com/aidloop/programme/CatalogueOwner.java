package com.aidloop.programme;

import com.aidloop.iam.CurrentAccount;
import com.aidloop.iam.Permission;
import com.aidloop.shared.InvalidInput;

/**
 * Whose a catalogue entry is (归属): the whole country, a province or a county. A programme, its
 * standards and paying rules, and an exclusion group apply in their owner's region only, and
 * only staff standing at the owner's level change them: province staff the national entries and
 * their province's, county staff their county's. The national entries are the domain brief's
 * programmes (seeded); they are changed by province staff, because a deployment serves one
 * province and the province's aid centre enters the national notices, each change with a second
 * person's approval.
 *
 * @param regionCode the province (2 digits) or county (6 digits), or null for the whole country
 */
public record CatalogueOwner(String regionCode) {

    public static final CatalogueOwner NATIONAL = new CatalogueOwner(null);

    public CatalogueOwner {
        if (regionCode != null && !regionCode.matches("\\d{2}|\\d{6}")) {
            throw new IllegalArgumentException(
                    "a catalogue entry belongs to the country, a province or a county: " + regionCode);
        }
    }

    /** The entries that staff bound to this region add: their province's or their county's; none for other levels. */
    public static CatalogueOwner ofStaffIn(String accountRegion) {
        if (accountRegion == null || !accountRegion.matches("\\d{2}|\\d{6}")) {
            throw new CatalogueChangeForbidden("programme.owner.noLevel");
        }
        return new CatalogueOwner(accountRegion);
    }

    /**
     * The owner chosen on a form or in a request: blank for the account's own province or county,
     * {@code NATIONAL} (全国) for the whole country, or a province or county code.
     */
    public static CatalogueOwner chosen(String choice, String accountRegion) {
        String wanted = choice == null ? "" : choice.strip();
        if (wanted.isEmpty()) {
            return ofStaffIn(accountRegion);
        }
        if (wanted.equalsIgnoreCase("NATIONAL") || wanted.equals("全国")) {
            return NATIONAL;
        }
        if (!wanted.matches("\\d{2}|\\d{6}")) {
            throw InvalidInput.of("owner", "programme.owner.unknown", wanted);
        }
        return new CatalogueOwner(wanted);
    }

    public boolean isNational() {
        return regionCode == null;
    }

    public boolean isProvince() {
        return regionCode != null && regionCode.length() == 2;
    }

    public boolean isCounty() {
        return regionCode != null && regionCode.length() == 6;
    }

    /** Whether the entry is in force in a region (a county, township or village code): national, or that region lies inside the owner. */
    public boolean appliesIn(String region) {
        return regionCode == null || region != null && region.startsWith(regionCode);
    }

    /**
     * Whether two entries can meet in one place: one of them is national, or one owner lies
     * inside the other. Two counties' entries never meet, so they may share a programme name.
     */
    public boolean meets(CatalogueOwner other) {
        return regionCode == null
                || other.regionCode == null
                || regionCode.startsWith(other.regionCode)
                || other.regionCode.startsWith(regionCode);
    }

    /** Whether staff bound to the region may change the entry: the owner's own staff; for national entries, province staff. */
    public boolean changeableFrom(String accountRegion) {
        if (accountRegion == null) {
            return false;
        }
        return regionCode == null ? accountRegion.length() == 2 : regionCode.equals(accountRegion);
    }

    /**
     * Refuses, saying who keeps the entry, unless the account may change the catalogue
     * (PROGRAMME_EDIT) and stands at the owner's level: the owner's own staff, province staff for
     * national entries.
     */
    public void requireChangeableBy(CurrentAccount account) {
        if (!account.may(Permission.PROGRAMME_EDIT)) {
            throw new CatalogueChangeForbidden("programme.owner.noRight");
        }
        if (!changeableFrom(account.regionCode())) {
            throw new CatalogueChangeForbidden(
                    isCounty() ? "programme.owner.countyOnly" : "programme.owner.provinceOnly");
        }
    }
}
