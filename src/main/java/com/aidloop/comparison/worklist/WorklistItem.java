package com.aidloop.comparison.worklist;

import java.time.LocalDate;

/**
 * One worklist item as pages, API and exports show it: masked ID numbers, sensitive list
 * attributes hidden, labels in Chinese.
 */
public record WorklistItem(
        long id,
        int version,
        WorklistKind kind,
        String route,
        long studentId,
        String studentName,
        String idNumberMasked,
        long schoolId,
        String schoolName,
        String householdTownshipCode,
        String subjectName,
        String subjectMasked,
        String via,
        String category,
        String department,
        LocalDate asOf,
        String attributes,
        String status,
        boolean open,
        LocalDate openedOn,
        LocalDate endedOn,
        Outcome outcome,
        String note,
        String closedBy,
        String visit) {}
