/** Payout batches and their payment lines in PostgreSQL (JdbcClient, COPY for the lines of a new batch). */
package com.aidloop.disbursement.persistence;
