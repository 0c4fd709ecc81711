/** Payout rounds (发放轮次): a term's card awards of chosen programmes and region, one batch per issuing bank. */
package com.aidloop.disbursement.round;
