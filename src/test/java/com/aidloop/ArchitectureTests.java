package com.aidloop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * House rules for every module: the shared value types and each module's domain package are
 * plain Java, so business rules stay readable and testable without a framework or a database.
 */
class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.aidloop");

    @Test
    void sharedValueTypesArePlainJava() {
        noClasses()
                .that()
                .resideInAPackage("com.aidloop.shared..")
                .and()
                .doNotHaveSimpleName("package-info")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta..", "java.sql..")
                .check(classes);
    }

    @Test
    void domainPackagesDependOnNeitherWebNorPersistenceNorSpring() {
        noClasses()
                .that()
                .resideInAPackage("com.aidloop..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "jakarta.servlet..", "java.sql..", "..persistence..", "..web..")
                .check(classes);
    }

    @Test
    void onlyWebPackagesAndControllersTouchTheServletApi() {
        noClasses()
                .that()
                .resideInAnyPackage("com.aidloop..domain..", "com.aidloop..persistence..", "com.aidloop.shared..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.servlet..", "org.springframework.web..")
                .check(classes);
    }
}
