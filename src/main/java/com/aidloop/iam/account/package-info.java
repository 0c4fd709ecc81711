/** Accounts: the aggregate and its rules (三权分立, scope binding), storage and administration. */
package com.aidloop.iam.account;
