/** Styles and cell values for the streaming (SXSSF) writers; internal to the module. */
package com.aidloop.spreadsheet.writing;
