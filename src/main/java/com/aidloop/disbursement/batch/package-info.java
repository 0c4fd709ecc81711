/** The payout batch (发放批次) as plain Java: its control totals and its state machine with maker–checker. */
package com.aidloop.disbursement.batch;
