package org.spasmcare;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The package rules of docs/architecture.md, held by the build. */
class ArchitectureTest {

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.spasmcare");

    @Test
    void featureModulesShouldHaveNoCyclesAndUseOnlyEachOthersApi() {
        ApplicationModules.of(SpasmCareApplication.class).verify();
    }

    @Test
    void featurePackagesShouldBeFreeOfCycles() {
        slices().matching("org.spasmcare.(*)..").should().beFreeOfCycles().check(APP);
    }

    @Test
    void theRulesShouldDependOnNothingElseInTheAppNorOnAFramework() {
        // triage is the pure clinical core; allowEmptyShould until the package exists
        noClasses().that().resideInAPackage("org.spasmcare.triage..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.spasmcare.catalog..", "org.spasmcare.assessment..", "org.spasmcare.recovery..",
                        "org.spasmcare.content..", "org.spasmcare.account..", "org.spasmcare.kiosk..",
                        "org.spasmcare.web..", "org.springframework..", "jakarta.persistence..")
                .allowEmptyShould(true)
                .check(APP);
    }

    @Test
    void nothingShouldDependOnControllers() {
        noClasses().that().haveSimpleNameNotEndingWith("Controller")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Controller")
                .check(APP);
    }

    @Test
    void entitiesShouldNotReachTheWebLayer() {
        noClasses().that().haveSimpleNameEndingWith("Controller")
                .should().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
                .check(APP);
    }
}
