/**
 * Runs roster imports: the background jobs, the reading thread and the writing side of one
 * import, the encrypted keeping of uploads, the template and the error workbook.
 */
package com.aidloop.award.running;
