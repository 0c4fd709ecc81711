package com.aidloop.programme;

import com.aidloop.shared.Text;

/**
 * How a programme's money reaches the student (发放渠道). A programme without a recorded channel
 * pays by card.
 */
public enum PaymentChannel {
    /** 一卡通 / 资助卡: cash onto the student's or guardian's card through the bank (payout batches). */
    CARD("资助卡发放", "一卡通"),
    /** 资金拨付学校: the money goes to the school, which does not charge the fee (免学费、免保教费). */
    SCHOOL("拨付学校", "拨付学校（学校免收费用）"),
    /** 实物/膳食: the school provides meals (营养改善计划), the county settles with the school; never cash. */
    IN_KIND("实物（膳食）", "实物/膳食，县与学校结算");

    private final String label;
    private final String description;

    PaymentChannel(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** SCHOOL and IN_KIND: settled with the school by a transfer (资金拨付单), not paid onto cards. */
    public boolean settledWithSchool() {
        return this != CARD;
    }

    /** The channel named by its code or Chinese label (full- or half-width brackets), or null. */
    public static PaymentChannel named(String text) {
        String typed = Text.compact(text);
        for (PaymentChannel channel : values()) {
            if (channel.name().equalsIgnoreCase(typed)
                    || Text.compact(channel.label).equals(typed)) {
                return channel;
            }
        }
        return null;
    }
}
