/** The worklists of the comparison: 应助未助 and 四项比对, produced by every matching run and closed by people. */
package com.aidloop.comparison.worklist;
