package com.aidloop.bench.province;

import com.aidloop.school.Stage;
import com.aidloop.shared.Term;
import java.util.List;

/**
 * What the province generator makes at a given scale: 1.0 is the province of issue 16 (120
 * counties, 20,000 schools, 10,000,000 students, two terms of awards). Counties are always the
 * 120 real ones; schools and students shrink with the scale (at least one school of each stage
 * per county).
 *
 * @param scale 1.0 for the whole province, 0.01 for 100,000 students
 * @param seed every random choice derives from it, so a run is repeatable
 * @param provinceCode the real province whose cities, counties and townships are used
 */
record ProvinceShape(double scale, long seed, String provinceCode) {

    static final int FULL_STUDENTS = 10_000_000;
    static final int FULL_SCHOOLS = 20_000;
    static final int COUNTIES = 120;
    static final int CITIES = 14;

    /** The two terms of awards: the spring term paid and reconciled, the autumn term in progress. */
    static final List<Term> TERMS = List.of(Term.parse("2026-SPRING"), Term.parse("2026-AUTUMN"));

    /** The school year whose grades the students are in (autumn 2026, so spring 2026 was the year before). */
    static final int AUTUMN_YEAR = 2026;

    /** Stages of the counties' schools with their share of the students (percent) and of the schools. */
    enum StageMix {
        PRESCHOOL(Stage.PRESCHOOL, 18, 45),
        PRIMARY(Stage.PRIMARY, 42, 35),
        JUNIOR(Stage.JUNIOR_SECONDARY, 20, 12),
        SENIOR(Stage.SENIOR_HIGH, 12, 5),
        VOCATIONAL(Stage.VOCATIONAL, 8, 3);

        final Stage stage;
        final int studentPercent;
        final int schoolPercent;

        StageMix(Stage stage, int studentPercent, int schoolPercent) {
            this.stage = stage;
            this.studentPercent = studentPercent;
            this.schoolPercent = schoolPercent;
        }
    }

    ProvinceShape {
        if (!(scale > 0 && scale <= 2)) {
            throw new IllegalArgumentException("scale must lie in (0, 2]: " + scale);
        }
    }

    int students() {
        return (int) Math.round(FULL_STUDENTS * scale);
    }

    int schools() {
        return Math.max((int) Math.round(FULL_SCHOOLS * scale), COUNTIES * StageMix.values().length);
    }
}
