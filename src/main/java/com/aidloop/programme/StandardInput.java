package com.aidloop.programme;

/**
 * A new standard as typed into the form or sent to the API, not yet checked.
 *
 * @param tier a tier code or label: TIER_2 or 二档, STANDARD or 标准, BOARDER or 寄宿生, an existing
 *     tier's label, or a new code such as {@code TOP_UP} together with {@code tierLabel}
 * @param tierLabel the label of a new tier, or a new label for an existing one; may be blank
 * @param validFrom the first term it applies to, e.g. "2026年秋季学期" or "2026-AUTUMN"
 * @param amount a fixed amount per term in yuan; blank for a band or a withdrawal
 * @param minimum the lower limit of a band per term; blank for a fixed amount
 * @param maximum the upper limit of a band per term; blank for a fixed amount
 * @param withdraw the tier is no longer paid from {@code validFrom}
 * @param note why the standard changes, e.g. the document number of the notice
 * @param source where the amount comes from
 */
public record StandardInput(
        String tier,
        String tierLabel,
        String validFrom,
        String amount,
        String minimum,
        String maximum,
        boolean withdraw,
        String note,
        String source) {}
