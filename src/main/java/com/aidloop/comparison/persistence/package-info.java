/** The module's tables, written with JdbcClient and COPY. */
package com.aidloop.comparison.persistence;
