/** Indicator models, their versions and the scoring rule: plain Java, no web, no SQL. */
package com.aidloop.identification.domain;
