/** The transfer's life and the month of a meal provision, in plain Java. */
package com.aidloop.settlement.domain;
