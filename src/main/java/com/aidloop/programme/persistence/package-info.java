/** Stores programmes and the append-only history of their standards in PostgreSQL. */
package com.aidloop.programme.persistence;
