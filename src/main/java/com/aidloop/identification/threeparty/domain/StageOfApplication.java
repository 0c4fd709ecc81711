package com.aidloop.identification.threeparty.domain;

import com.aidloop.school.Stage;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The stage (学段) of an application's student, from the stages the school teaches and the grade:
 * a school of one stage decides by itself; a school of several by the grade's words (一至六年级
 * 小学, 七至九年级 or 初一 初中, 高一 or 十年级 普通高中, 中职/职一 中职). Null when unclear.
 */
public final class StageOfApplication {

    private static final Pattern JUNIOR = Pattern.compile(".*([七八九789]年级|初[一二三1-3]|初中).*");
    private static final Pattern SENIOR = Pattern.compile(".*(高[一二三1-3]|高中|十年级|十一年级|十二年级|1[0-2]年级).*");
    private static final Pattern VOCATIONAL = Pattern.compile(".*(中职|职[一二三1-3]).*");
    private static final Pattern PRIMARY = Pattern.compile(".*([一二三四五六1-6]年级|小学).*");
    private static final Pattern PRESCHOOL = Pattern.compile(".*(小班|中班|大班|学前|幼儿园).*");

    private StageOfApplication() {}

    public static Stage of(Set<Stage> schoolStages, String grade) {
        if (schoolStages.size() == 1) {
            return schoolStages.iterator().next();
        }
        String g = grade == null ? "" : grade.replace(" ", "");
        Set<Stage> taught = schoolStages.isEmpty() ? EnumSet.noneOf(Stage.class) : EnumSet.copyOf(schoolStages);
        for (Stage candidate :
                new Stage[] {Stage.VOCATIONAL, Stage.JUNIOR_SECONDARY, Stage.SENIOR_HIGH, Stage.PRESCHOOL, Stage.PRIMARY
                }) {
            if (taught.contains(candidate) && pattern(candidate).matcher(g).matches()) {
                return candidate;
            }
        }
        return null;
    }

    private static Pattern pattern(Stage stage) {
        return switch (stage) {
            case JUNIOR_SECONDARY -> JUNIOR;
            case SENIOR_HIGH -> SENIOR;
            case VOCATIONAL -> VOCATIONAL;
            case PRESCHOOL -> PRESCHOOL;
            default -> PRIMARY;
        };
    }
}
