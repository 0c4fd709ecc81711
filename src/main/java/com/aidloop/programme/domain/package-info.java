/** The programme aggregate and the rules of names and tiers: plain Java, no web, no SQL. */
package com.aidloop.programme.domain;
