/**
 * Recognising students from families in economic difficulty (家庭经济困难学生认定): the quantified
 * indicator models (量化指标体系) that score a family's answers and explain each score.
 */
package com.aidloop.identification;
