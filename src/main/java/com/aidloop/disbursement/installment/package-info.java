/**
 * Installments (分期发放): how an award of a programme paid monthly is split into equal
 * installments with due dates, the last taking the rounding remainder, by the payout schedule in
 * force when the award was confirmed.
 */
package com.aidloop.disbursement.installment;
