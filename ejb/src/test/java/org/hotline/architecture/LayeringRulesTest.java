package org.hotline.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering written in the {@code package-info.java} files of the ejb module, checked by the
 * build (docs/architecture.md): the domain depends on nothing above it, the application reaches
 * infrastructure only through the domain's interfaces, Camunda's API stays in {@code
 * infrastructure.bpm}, and no packages depend on each other in a cycle.
 */
@AnalyzeClasses(packages = "org.hotline", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringRulesTest {

  /** domain/package-info.java: never on application, infrastructure, interfaces or Camunda. */
  @ArchTest
  static final ArchRule domainDependsOnNothingAbove =
      noClasses()
          .that()
          .resideInAPackage("org.hotline.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.hotline.application..",
              "org.hotline.infrastructure..",
              "org.hotline.interfaces..",
              "org.camunda..",
              "org.operaton..");

  /**
   * domain/package-info.java: JPA (and Hibernate's annotations) and the JDK only — no CDI, EJB or
   * servlets.
   */
  @ArchTest
  static final ArchRule domainUsesNoContainerApi =
      noClasses()
          .that()
          .resideInAPackage("org.hotline.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.ejb..",
              "jakarta.ws.rs..",
              "jakarta.servlet..",
              "jakarta.transaction..",
              "jakarta.annotation.security..");

  /**
   * application/package-info.java: infrastructure only through the interfaces the domain declares.
   */
  @ArchTest
  static final ArchRule applicationDoesNotReachIntoInfrastructure =
      noClasses()
          .that()
          .resideInAPackage("org.hotline.application..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.hotline.infrastructure..", "org.hotline.interfaces..");

  /** infrastructure/package-info.java: all of Camunda's API stays in infrastructure.bpm. */
  @ArchTest
  static final ArchRule camundaOnlyInBpm =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.hotline.infrastructure.bpm..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.camunda..");

  /**
   * application/callback/package-info.java: the ticket services never depend on the callback
   * centre.
   */
  @ArchTest
  static final ArchRule ticketServicesIgnoreTheCallbackCentre =
      noClasses()
          .that()
          .resideInAPackage("org.hotline.application.ticket..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.hotline.application.callback..");

  /** No cycles between the feature packages of the application layer. */
  @ArchTest
  static final ArchRule noCyclesBetweenApplicationPackages =
      slices().matching("org.hotline.application.(*)..").should().beFreeOfCycles();

  /** No cycles between the infrastructure packages. */
  @ArchTest
  static final ArchRule noCyclesBetweenInfrastructurePackages =
      slices().matching("org.hotline.infrastructure.(*)..").should().beFreeOfCycles();

  /** No cycles between the layers. */
  @ArchTest
  static final ArchRule noCyclesBetweenLayers =
      slices().matching("org.hotline.(*)..").should().beFreeOfCycles();
}
