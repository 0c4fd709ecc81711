/**
 * The identification figures of a school year (认定统计): applications and finally decided results
 * by township, school, stage and level, and three-party review's progress by township, on a page
 * with charts and as an official-layout workbook.
 */
package com.aidloop.identification.figures;
