package com.aidloop.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The notice rules are plain Java; sending and storing never reach the web; nobody but the web reaches it. */
class NotificationArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.aidloop.notification");

    @Test
    void theRulesAndMessagesDependOnNeitherSpringNorSqlNorTheWeb() {
        noClasses()
                .that()
                .resideInAPackage("com.aidloop.notification.domain..")
                .or()
                .haveSimpleName("SmsMessage")
                .or()
                .haveSimpleName("SmsRequest")
                .or()
                .haveSimpleName("SmsStudent")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "jakarta.servlet..",
                        "java.sql..",
                        "java.net.http..",
                        "com.aidloop.notification.persistence..",
                        "com.aidloop.notification.sending..",
                        "com.aidloop.notification.web..")
                .check(classes);
    }

    @Test
    void onlyTheWebReachesTheWeb() {
        noClasses()
                .that()
                .resideOutsideOfPackage("com.aidloop.notification.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.web..", "com.aidloop.notification.web..")
                .check(classes);
    }
}
