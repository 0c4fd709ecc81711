/**
 * One-card disbursement (一卡兑现): payout batches of confirmed awards per term, household
 * township and programme, bank files, return-file reconciliation, reissue, deadlines and progress,
 * and the money-integrity check from confirmed award to money on the card.
 */
@org.springframework.modulith.ApplicationModule(displayName = "资金发放")
package com.aidloop.disbursement;
