package com.aidloop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.aidloop.platform.ChinaTime;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One reading of time: "now", "today" and the display zone come from {@link ChinaTime} (the
 * application's clock in the configured zone), so a test with a fixed clock and another zone sees
 * every page, export and rule agree. A class that names a zone itself or reads the system clock for
 * a date fails the build. Reading a clock that was handed in ({@code LocalDate.now(clock)}, as
 * {@code Term.current(Clock)} does for ChinaTime) is allowed.
 */
class TimeArchitectureTests {

    /**
     * Frozen: the classes that still read the system clock or name a zone. Never add to this list;
     * remove a class once it takes ChinaTime.
     */
    private static final Set<String> STILL_OWN_TIME = Set.of(
            // to move to ChinaTime (the identification module, being edited elsewhere)
            "com.aidloop.identification.adjustment.AdjustingIdentification",
            "com.aidloop.identification.adjustment.SampleAdjustments",
            "com.aidloop.identification.adjustment.web.AdjustmentPages",
            "com.aidloop.identification.application.Applications",
            "com.aidloop.identification.application.FamilyApplications",
            "com.aidloop.identification.application.SampleApplications",
            "com.aidloop.identification.application.SubmittingApplication",
            "com.aidloop.identification.application.web.ReviewPages",
            "com.aidloop.identification.documents.ApplicationFormDocument",
            "com.aidloop.identification.documents.ApplicationFormPrinting",
            "com.aidloop.identification.documents.MinutesDocument",
            "com.aidloop.identification.documents.ReviewDocuments",
            "com.aidloop.identification.family.FamilySteps",
            "com.aidloop.identification.figures.web.IdentificationFiguresPages",
            "com.aidloop.identification.threeparty.SampleReviews",
            "com.aidloop.identification.threeparty.web.ThreePartyPages",
            // a value type checked in its constructor has no bean to ask: "born in the future" by China's date
            "com.aidloop.shared.IdNumber");

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.aidloop");

    @Test
    void onlyChinaTimeReadsTheClockForADateOrNamesTheZone() {
        rule().check(classes);
    }

    @Test
    void theFrozenListOnlyNamesClassesThatStillNeedIt() {
        JavaClasses listed = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.aidloop.identification", "com.aidloop.shared");
        for (String name : STILL_OWN_TIME) {
            assertThat(listed.contain(name))
                    .as(name + " is gone: take it off the list")
                    .isTrue();
        }
    }

    @Test
    void theRuleCatchesACopy() {
        JavaClasses copy = new ClassFileImporter().importClasses(TodayByHand.class, ZoneByHand.class);
        EvaluationResult result = rule().evaluate(copy);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(d -> d.contains("LocalDate.now()"))
                .anyMatch(d -> d.contains("ZoneId.of(java.lang.String)"));
    }

    private static ArchRule rule() {
        return noClasses()
                .that(DescribedPredicate.not(ownTheirTime()))
                .should()
                .callMethod(LocalDate.class, "now")
                .orShould()
                .callMethod(LocalDate.class, "now", ZoneId.class)
                .orShould()
                .callMethod(LocalDateTime.class, "now")
                .orShould()
                .callMethod(LocalDateTime.class, "now", ZoneId.class)
                .orShould()
                .callMethod(ZoneId.class, "of", String.class)
                .because(
                        "today and the display zone come from platform.ChinaTime (the injected clock, the configured zone)");
    }

    /** ChinaTime itself, and the frozen list (nested and anonymous classes with their outer class). */
    private static DescribedPredicate<JavaClass> ownTheirTime() {
        return DescribedPredicate.describe("own their time", type -> {
            String outer = type.getName().split("\\$")[0];
            return outer.equals(ChinaTime.class.getName()) || STILL_OWN_TIME.contains(outer);
        });
    }

    /** A copy the rule must refuse: today by the system clock. */
    static final class TodayByHand {
        LocalDate today() {
            return LocalDate.now();
        }
    }

    /** A copy the rule must refuse: the zone named by hand. */
    static final class ZoneByHand {
        ZoneId zone() {
            return ZoneId.of("Asia/Shanghai");
        }
    }
}
