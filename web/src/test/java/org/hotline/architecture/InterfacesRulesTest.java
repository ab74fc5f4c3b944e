package org.hotline.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules of {@code interfaces/package-info.java}, checked by the build (docs/architecture.md):
 * the entry points never touch JPA (no EntityManager, no queries, no persistence annotations),
 * never use Camunda's API, and their packages do not depend on each other in a cycle.
 */
@AnalyzeClasses(
    packages = "org.hotline.interfaces",
    importOptions = ImportOption.DoNotIncludeTests.class)
class InterfacesRulesTest {

  @ArchTest
  static final ArchRule interfacesNeverTouchJpa =
      noClasses()
          .that()
          .resideInAPackage("org.hotline.interfaces..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.persistence..", "org.hibernate..");

  @ArchTest
  static final ArchRule interfacesNeverUseCamunda =
      noClasses()
          .that()
          .resideInAPackage("org.hotline.interfaces..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.camunda..", "org.operaton..");

  @ArchTest
  static final ArchRule noCyclesBetweenInterfacePackages =
      slices().matching("org.hotline.interfaces.(*)..").should().beFreeOfCycles();
}
