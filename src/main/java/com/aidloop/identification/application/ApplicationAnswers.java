package com.aidloop.identification.application;

import com.aidloop.comparison.RegisterEntry;
import com.aidloop.comparison.SpecialDifficultyRegister;
import com.aidloop.identification.application.domain.ApplicationForm;
import com.aidloop.identification.application.domain.FormAnswers;
import com.aidloop.identification.domain.Answers;
import com.aidloop.identification.domain.ModelRules;
import java.time.LocalDate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What an application answers a model: its form's answers and, when the special-difficulty
 * register (特殊困难学生数据库, the departments' support lists matched to the student's family)
 * recognises the family on the day (在册 or 过渡期), that recognition, so that the student is
 * recognised directly with the register's reason rather than scored.
 */
@Component
public class ApplicationAnswers {

    private final ObjectProvider<SpecialDifficultyRegister> register;

    /** The register comes through a provider: module tests of identification start without comparison. */
    ApplicationAnswers(ObjectProvider<SpecialDifficultyRegister> register) {
        this.register = register;
    }

    public Answers of(long studentId, ApplicationForm form, ModelRules rules, LocalDate day) {
        Answers answers = FormAnswers.of(form, rules, day);
        SpecialDifficultyRegister known = register.getIfAvailable();
        if (known == null) {
            return answers;
        }
        return known.of(studentId, day)
                .filter(entry -> entry.status().recognised())
                .map(entry -> answers.withRegister(recognition(entry)))
                .orElse(answers);
    }

    /** e.g. 城乡低保（民政，数据截止2026-11-30，在册） */
    static String recognition(RegisterEntry entry) {
        return entry.categoryName() + "（" + entry.source() + "，数据截止" + entry.asOf() + "，"
                + entry.status().label() + "）";
    }
}
