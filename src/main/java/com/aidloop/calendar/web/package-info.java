/** The holiday calendar's page. */
package com.aidloop.calendar.web;
