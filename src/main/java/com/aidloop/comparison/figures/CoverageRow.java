package com.aidloop.comparison.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Coverage of the special groups at one school or township: students in the register
 * (在册/过渡期), of them identified, aided (a need-based programme this school year), covered
 * (either), and the 脱贫户 (建档立卡) students and how many of them are aided (target 100 %).
 */
public record CoverageRow(
        String code,
        String name,
        long listed,
        long identified,
        long aided,
        long covered,
        long poverty,
        long povertyAided) {

    /** covered / listed in per cent, one decimal; 100 when nobody is listed. */
    public BigDecimal coverage() {
        return share(covered, listed);
    }

    /** 脱贫户 aided / 脱贫户 listed in per cent: the seed's 建档立卡学生资助全覆盖 asks 100. */
    public BigDecimal povertyCoverage() {
        return share(povertyAided, poverty);
    }

    public boolean povertyFullyCovered() {
        return povertyAided == poverty;
    }

    CoverageRow plus(boolean isPoverty, boolean isIdentified, boolean isAided) {
        return new CoverageRow(
                code,
                name,
                listed + 1,
                identified + (isIdentified ? 1 : 0),
                aided + (isAided ? 1 : 0),
                covered + (isIdentified || isAided ? 1 : 0),
                poverty + (isPoverty ? 1 : 0),
                povertyAided + (isPoverty && isAided ? 1 : 0));
    }

    static BigDecimal share(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.valueOf(100).setScale(1, RoundingMode.UNNECESSARY);
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
