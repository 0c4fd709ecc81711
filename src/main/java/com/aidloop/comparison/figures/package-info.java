/** Figures of the comparison: coverage of the special groups by school and township, worklist items open and closed. */
package com.aidloop.comparison.figures;
