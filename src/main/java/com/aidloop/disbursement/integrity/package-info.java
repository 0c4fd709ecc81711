/** The money-integrity check: from confirmed award to batch line, bank-file line and paid, failed or pending. */
package com.aidloop.disbursement.integrity;
