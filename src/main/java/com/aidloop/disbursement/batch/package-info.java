/**
 * The payout batch (发放批次): the aggregate as plain Java (its control totals, and the state machines
 * of the batch and its payments with maker–checker), and its storage: the batch table and the payment lines.
 */
package com.aidloop.disbursement.batch;
