/** Class review groups (班级认定评议小组): their meetings, verdicts with votes, minutes and the representatives' view. */
package com.aidloop.identification.application.review;
