/** Payment deadlines and payout progress: which school and programme is paid, how much is outstanding, what is late. */
package com.aidloop.disbursement.progress;
