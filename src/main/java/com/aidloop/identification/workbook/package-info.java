/** An indicator model as an .xlsx workbook: one table of indicators and settings, written and read back. */
package com.aidloop.identification.workbook;
