package com.aidloop.award.domain;

/**
 * An award already confirmed for the same student, programme and term, possibly at another
 * school: what the import must know to update it, leave it, or refuse the row.
 *
 * @param digest the facts it was confirmed with (see {@link AwardDigest}); null for awards written before digests
 * @param confirmed whether the county confirmed it for payout (资助确认): then no import may change it
 */
public record ExistingAward(
        long awardId, long schoolId, String schoolTownshipCode, String schoolName, String digest, boolean confirmed) {

    public ExistingAward(long awardId, long schoolId, String schoolTownshipCode, String schoolName, String digest) {
        this(awardId, schoolId, schoolTownshipCode, schoolName, digest, false);
    }
}
