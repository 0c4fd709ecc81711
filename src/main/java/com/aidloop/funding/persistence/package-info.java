/** The funding register and the payment shares in PostgreSQL (JdbcClient, SQL text). */
package com.aidloop.funding.persistence;
