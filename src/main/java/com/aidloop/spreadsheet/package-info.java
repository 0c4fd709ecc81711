/**
 * Reads uploaded rosters from .xlsx, .xls and .csv files as a stream of rows, safely and within
 * limits, and writes official rosters, templates, error workbooks and CSV files that no
 * spreadsheet can run as formulas.
 */
@org.springframework.modulith.ApplicationModule(displayName = "电子表格")
package com.aidloop.spreadsheet;
