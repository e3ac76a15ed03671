package org.spasmcare;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;

/**
 * The package rules of docs/architecture.md, held by the build. Each module declares what it may use in its
 * package-info.java; Modulith's verify() holds those declarations, and the probe classes in the test sources
 * (each a dependency the rules forbid) show that it would fail the build if one crept in.
 */
class ArchitectureTest {

    private static final ImportOption MAIN_CLASSES = new ImportOption.DoNotIncludeTests();

    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(MAIN_CLASSES)
            .importPackages("org.spasmcare");

    /** The rules are plain Java: they may use themselves and the JDK, nothing else (so no new package slips past). */
    private static final ArchRule RULES_ARE_PURE = classes().that().resideInAPackage("org.spasmcare.triage..")
            .and().doNotHaveSimpleName("package-info") // its annotations declare the module; no code
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.spasmcare.triage..", "java..");

    @Test
    void featureModulesShouldUseOnlyTheModulesTheyDeclareAndOnlyTheirApi() {
        ApplicationModules.of(SpasmCareApplication.class).verify();
    }

    @Test
    void verifyShouldFailWhenAModuleUsesOneItDoesNotDeclare() {
        assertThatThrownBy(() -> modulesWith("catalog/ForbiddenDependencyProbe").verify())
                .isInstanceOf(Violations.class)
                .hasMessageContaining("ForbiddenDependencyProbe")
                .hasMessageContaining("org.spasmcare.audit.AuditTrail");
    }

    @Test
    void verifyShouldFailWhenAModuleReachesIntoAnotherModulesInternals() {
        assertThatThrownBy(() -> modulesWith("kiosk/InternalTypeProbe").verify())
                .isInstanceOf(Violations.class)
                .hasMessageContaining("InternalTypeProbe")
                .hasMessageContaining("org.spasmcare.account.internal.Account");
    }

    @Test
    void featurePackagesShouldBeFreeOfCycles() {
        slices().matching("org.spasmcare.(*)..").should().beFreeOfCycles().check(APP);
    }

    @Test
    void theRulesShouldDependOnlyOnThemselvesAndTheJdk() {
        RULES_ARE_PURE.check(APP);
    }

    @Test
    void theRulesPurityCheckShouldFailOnAFrameworkCall() {
        JavaClasses withProbe = new ClassFileImporter()
                .withImportOption(location -> MAIN_CLASSES.includes(location)
                        || location.contains("org/spasmcare/triage/FrameworkDependencyProbe"))
                .importPackages("org.spasmcare.triage");
        assertThat(withProbe.contain("org.spasmcare.triage.FrameworkDependencyProbe")).isTrue();
        assertThatThrownBy(() -> RULES_ARE_PURE.check(withProbe))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.springframework.util.StringUtils");
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

    /** The app's classes and one probe class from the test sources (path below org/spasmcare/, no .class). */
    private static ApplicationModules modulesWith(String probe) {
        return ApplicationModules.of(SpasmCareApplication.class,
                location -> MAIN_CLASSES.includes(location) || location.contains("org/spasmcare/" + probe + ".class"));
    }
}
