package com.aidloop.disbursement.installment;

/** An award's installment as payments name it: the award and the installment's number (1 for an award paid at once). */
public record InstallmentKey(long awardId, int number) {}
