/** Stores applications (the form sealed), their evidence and the class reviews with JdbcClient. */
package com.aidloop.identification.application.persistence;
