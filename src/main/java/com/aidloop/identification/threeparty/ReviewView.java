package com.aidloop.identification.threeparty;

import com.aidloop.identification.application.domain.Application;
import com.aidloop.identification.threeparty.domain.ThreePartyReview;
import com.aidloop.registry.RevealedStudent;
import java.time.LocalDate;

/**
 * One application as its reviewer sees it. The family facts (the form with incomes and health,
 * and the full ID numbers) only for the village's step, whose check needs them; the township and
 * the county see the school's decision and the village's finding.
 *
 * @param revealed the student's and household's full values, or null when the step does not need them
 * @param dueOn the last day of the step in working days, or null when nobody must act
 */
public record ReviewView(
        ThreePartyReview review,
        Application application,
        String schoolName,
        String villageName,
        boolean familyFacts,
        RevealedStudent revealed,
        boolean mayAct,
        boolean overdue,
        LocalDate dueOn) {}
