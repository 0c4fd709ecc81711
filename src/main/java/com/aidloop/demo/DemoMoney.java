package com.aidloop.demo;

import org.springframework.stereotype.Component;

/**
 * The money side of the demo term once its awards are confirmed: the funds the county received
 * (资金下达) and its settlements with schools (拨付学校、膳食).
 */
@Component
class DemoMoney {

    private final DemoFunds funds;
    private final DemoSettlement settlement;

    DemoMoney(DemoFunds funds, DemoSettlement settlement) {
        this.funds = funds;
        this.settlement = settlement;
    }

    void load(DemoRegistration.Registered loaded) {
        funds.load(loaded.county());
        settlement.load(loaded);
    }
}
