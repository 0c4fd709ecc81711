/** Working-day arithmetic in plain Java. */
package com.aidloop.calendar.domain;
