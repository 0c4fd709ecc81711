/** Pages and API of return files, reconciliation, the exceptions queue and reissue. */
package com.aidloop.disbursement.reconciliation.web;
