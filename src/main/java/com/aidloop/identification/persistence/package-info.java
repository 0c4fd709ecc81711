/** The stores of indicator models and of scores (JdbcClient, SQL text). */
package com.aidloop.identification.persistence;
