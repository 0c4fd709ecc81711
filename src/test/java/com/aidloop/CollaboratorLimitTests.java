package com.aidloop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;

/**
 * The house limit on collaborators: a bean that needs more than seven others is usually two
 * things. Aggregates rebuilt from their stored row take state, not collaborators, and are not
 * beans, so they are not counted.
 */
class CollaboratorLimitTests {

    static final int MOST_COLLABORATORS = 7;

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.aidloop");

    @Test
    void beansTakeAtMostSevenCollaborators() {
        constructors()
                .that()
                .areDeclaredInClassesThat(areBeans())
                .should(takeAtMost(MOST_COLLABORATORS))
                .check(classes);
    }

    private static DescribedPredicate<JavaClass> areBeans() {
        return DescribedPredicate.describe(
                "are Spring beans",
                type -> type.isMetaAnnotatedWith(Component.class) || type.isAnnotatedWith(Component.class));
    }

    private static ArchCondition<JavaConstructor> takeAtMost(int most) {
        return new ArchCondition<>("take at most " + most + " collaborators") {
            @Override
            public void check(JavaConstructor constructor, ConditionEvents events) {
                int taken = constructor.getRawParameterTypes().size();
                if (taken > most) {
                    events.add(SimpleConditionEvent.violated(
                            constructor, constructor.getFullName() + " takes " + taken + " collaborators"));
                }
            }
        };
    }
}
