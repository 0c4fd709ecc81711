package com.aidloop.comparison;

import java.time.LocalDate;

/**
 * A line of the register page and export: a student, masked, with one support-list category.
 *
 * @param idNumberMasked the student's ID number as lists show it
 * @param via who was found on the list: 学生本人, 监护人 or 家庭成员
 * @param attributes the list's attributes as shown (sensitive ones masked)
 */
public record RegisterLine(
        long studentId,
        String studentName,
        String idNumberMasked,
        long schoolId,
        String schoolName,
        String householdTownshipCode,
        String categoryName,
        String source,
        LocalDate asOf,
        String via,
        String attributes,
        RegisterStatus status,
        String reason) {}
