package com.aidloop.disbursement;

import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.shared.Term;
import org.junit.jupiter.api.Test;

class PayoutReferenceTests {

    @Test
    void batchAndPaymentReferencesNameYearAndSemester() {
        assertThat(PayoutReference.batch(Term.parse("2026-AUTUMN"), 123)).isEqualTo("PB2026A000123");
        assertThat(PayoutReference.payment(Term.parse("2027-SPRING"), 12345)).isEqualTo("PY2027S0000012345");
    }

    @Test
    void recognisesOnlyPaymentReferences() {
        assertThat(PayoutReference.isPayment("PY2026A0000012345")).isTrue();
        assertThat(PayoutReference.isPayment("PB2026A000123")).isFalse();
        assertThat(PayoutReference.isPayment("6217001234567890123")).isFalse();
        assertThat(PayoutReference.isPayment(null)).isFalse();
    }
}
