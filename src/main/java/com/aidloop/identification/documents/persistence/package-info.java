/** The reads the documents need beyond the applications' own store: verdicts and counts by class. */
package com.aidloop.identification.documents.persistence;
