package com.aidloop.registry;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain of the school and registry modules is plain Java: no web, no SQL, no Spring. */
class RegistryArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.aidloop.registry", "com.aidloop.school");

    @Test
    void domainCodeDependsOnNeitherWebNorPersistence() {
        noClasses()
                .that()
                .resideInAnyPackage("com.aidloop.registry.domain..")
                .or()
                .haveSimpleName("School")
                .or()
                .haveSimpleName("SchoolFacts")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "jakarta.servlet..",
                        "java.sql..",
                        "com.aidloop.registry.persistence..",
                        "com.aidloop.registry.web..",
                        "com.aidloop.school.web..")
                .check(classes);
    }

    @Test
    void persistenceNeverReachesTheWeb() {
        noClasses()
                .that()
                .resideInAnyPackage("com.aidloop.registry.persistence..", "com.aidloop.school.internal..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework.web..", "com.aidloop.registry.web..", "com.aidloop.school.web..")
                .check(classes);
    }
}
