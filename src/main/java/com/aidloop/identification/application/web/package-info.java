/**
 * Pages of identification applications for school officers and class teachers; the form template
 * ({@code identification/application-form}) works at 390 px in one column so that the family's
 * pages reuse it.
 */
package com.aidloop.identification.application.web;
