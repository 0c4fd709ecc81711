package com.aidloop.identification.application.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One household member as the form lists it. Income and health are sensitive: stored sealed,
 * masked in lists, never printed.
 *
 * @param annualIncome yuan a year, two decimals
 */
public record Member(
        String name, String relation, int age, String job, String employer, BigDecimal annualIncome, Health health) {

    public Member {
        name = name == null ? "" : name.strip();
        relation = relation == null ? "" : relation.strip();
        job = job == null ? "" : job.strip();
        employer = employer == null ? "" : employer.strip();
        annualIncome =
                annualIncome == null ? BigDecimal.ZERO.setScale(2) : annualIncome.setScale(2, RoundingMode.HALF_UP);
        health = health == null ? Health.HEALTHY : health;
    }

    @Override
    public String toString() {
        return "Member[" + relation + "]";
    }
}
