package com.aidloop.identification.application.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Stream;

/** The household's income by component, yuan a year (工资、农业、经营、转移性收入、其他). */
public record Incomes(
        BigDecimal wages, BigDecimal farming, BigDecimal business, BigDecimal transfers, BigDecimal other) {

    public static final Incomes NONE = new Incomes(null, null, null, null, null);

    public Incomes {
        wages = yuan(wages);
        farming = yuan(farming);
        business = yuan(business);
        transfers = yuan(transfers);
        other = yuan(other);
    }

    public BigDecimal total() {
        return Stream.of(wages, farming, business, transfers, other).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal yuan(BigDecimal amount) {
        BigDecimal value = amount == null ? BigDecimal.ZERO : amount;
        if (value.signum() < 0) {
            throw new IllegalArgumentException("an income is not negative");
        }
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    @Override
    public String toString() {
        return "Incomes[***]";
    }
}
