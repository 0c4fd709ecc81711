package com.aidloop.programme;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The catalogue's model is plain Java: no web, no SQL, no Spring; the store never reaches the web. */
class ProgrammeArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.aidloop.programme");

    @Test
    void theModelDependsOnNeitherWebNorPersistenceNorSpring() {
        noClasses()
                .that()
                .resideInAPackage("com.aidloop.programme.domain..")
                .or()
                .haveSimpleName("Catalogue")
                .or()
                .haveSimpleName("Standard")
                .or()
                .haveSimpleName("StandardCheck")
                .or()
                .haveSimpleName("ProgrammeInForce")
                .or()
                .haveSimpleName("ProgrammeView")
                .or()
                .haveSimpleName("Tier")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "jakarta.servlet..",
                        "java.sql..",
                        "com.aidloop.programme.persistence..",
                        "com.aidloop.programme.web..")
                .check(classes);
    }

    @Test
    void persistenceNeverReachesTheWeb() {
        noClasses()
                .that()
                .resideInAPackage("com.aidloop.programme.persistence..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.web..", "com.aidloop.programme.web..")
                .check(classes);
    }
}
