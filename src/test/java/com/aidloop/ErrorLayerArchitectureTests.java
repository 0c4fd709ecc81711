package com.aidloop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.aidloop.shared.Refusal;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * One refusal type, one error layer, one reader of user text: a new module copies these instead of
 * writing its own error advice or message wrapper.
 */
class ErrorLayerArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.aidloop");

    @Test
    void everyBusinessRefusalIsARefusal() {
        classes()
                .that()
                .resideInAPackage("com.aidloop..")
                .and()
                .areAssignableTo(RuntimeException.class)
                .and()
                .haveSimpleNameEndingWith("NotFound")
                .or()
                .haveSimpleNameEndingWith("Refused")
                .or()
                .haveSimpleNameEndingWith("Meanwhile")
                .and()
                .areNotNestedClasses()
                .should()
                .beAssignableTo(Refusal.class)
                .check(classes);
    }

    @Test
    void onlyThePlatformAnswersApiErrors() {
        noClasses()
                .that()
                .resideOutsideOfPackage("com.aidloop.platform.web..")
                .should()
                .beAnnotatedWith(RestControllerAdvice.class)
                .orShould()
                .haveSimpleNameEndingWith("ApiErrors")
                .orShould()
                .haveSimpleNameEndingWith("PageErrors")
                .check(classes);
    }

    @Test
    void onlySharedMessagesReadsTheBundlesAndNothingWrapsMessageSource() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("com.aidloop.shared.Messages")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(ResourceBundle.class)
                .check(classes);
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("com.aidloop.platform.PlatformMessages")
                .and()
                .doNotHaveFullyQualifiedName("com.aidloop.platform.PlatformMessages$BundledMessages")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(MessageSource.class)
                .check(classes);
    }
}
