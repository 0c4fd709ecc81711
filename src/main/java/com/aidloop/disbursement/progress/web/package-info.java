/** Pages and API of payout progress and payment deadlines, and the refusals all payout pages share. */
package com.aidloop.disbursement.progress.web;
