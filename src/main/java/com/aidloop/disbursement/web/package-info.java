/** The pages and the API of payout batches and bank files, under the account's permissions and data scope. */
package com.aidloop.disbursement.web;
