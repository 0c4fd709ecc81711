/**
 * The holiday calendar (节假日安排): statutory holidays and adjusted working days (调休上班) as the
 * State Council publishes them, kept editable by county and system staff, and the working-day
 * arithmetic that deadlines and public-notice periods are counted with.
 */
@org.springframework.modulith.ApplicationModule(displayName = "节假日")
package com.aidloop.calendar;
