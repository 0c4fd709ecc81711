/**
 * Return files (回盘文件) and reconciliation (对账): reading the bank's result files, matching each
 * line to a payment by reference with named outcomes, the exceptions queue (异常处理), the move to
 * RECONCILED, the payment notice by SMS, and reissue (重新发放) of failed payments.
 */
package com.aidloop.disbursement.reconciliation;
