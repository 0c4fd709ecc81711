/**
 * The printed documents of identification in the official style of the rosters (A4, merged
 * title, stamp and signature lines, page numbers): the application form (家庭经济困难学生认定申请表),
 * the class review minutes (班级评议记录) and the result summary by school and class (认定结果汇总表).
 */
package com.aidloop.identification.documents;
