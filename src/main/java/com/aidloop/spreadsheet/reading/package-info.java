/** How each file format is parsed into rows, within the limits; internal to the module. */
package com.aidloop.spreadsheet.reading;
