package com.aidloop.comparison.matching;

import com.aidloop.comparison.Matching;
import java.lang.management.ManagementFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * On the first day of each month (China time, 02:30) the lists are matched again: families
 * registered or students enrolled since the last import are found. Every server fires; the
 * month's claim row lets only one run it.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MonthlyMatching {

    private final Matching matching;

    MonthlyMatching(Matching matching) {
        this.matching = matching;
    }

    @Scheduled(cron = "${aidloop.comparison.monthly-cron:0 30 2 1 * *}", zone = "${aidloop.display-zone:Asia/Shanghai}")
    void runMonthly() {
        matching.runMonthOnce(ManagementFactory.getRuntimeMXBean().getName());
    }
}
