package com.aidloop.award.domain;

import static com.aidloop.award.domain.RosterColumn.REMARK;
import static com.aidloop.award.domain.RosterColumn.SPECIAL_CHANNEL;

/**
 * A row through the special channel (特别通道 是, or a remark naming the special or green channel)
 * needs the county's approval of that channel for its student in the roster's school year: an
 * unapproved one is an error under the column that said so, naming the fix.
 */
public final class SpecialChannelPolicy {

    private SpecialChannelPolicy() {}

    /** @param approved whether the row's registered student has an approved special channel for the school year */
    public static void apply(CheckedRow row, boolean approved) {
        if (!row.specialChannel || approved) {
            return;
        }
        if (row.specialChannelByRemark) {
            row.error(REMARK, "award.specialChannel.notApprovedRemark");
        } else {
            row.error(SPECIAL_CHANNEL, "award.specialChannel.notApproved");
        }
    }
}
