package org.hotline.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.hotline.application.demo.DemoData;
import org.hotline.infrastructure.bpm.CamundaAdminUsers;
import org.hotline.infrastructure.bpm.ProcessEngineBootstrap;
import org.hotline.infrastructure.persistence.SchemaMigration;
import org.hotline.infrastructure.search.SearchIndexBootstrap;

/**
 * The start-up order of the application (启动顺序), by types rather than bean-name strings: the one
 * start-up singleton. It brings up, in this order, the schema (Flyway), the process engine, the
 * demo data (when switched on) and the demo callback centre (sub-centres, officers: they need the
 * demo units), the demo rating targets (they need the demo officers), the Camunda admin users (they
 * need the demo users), the full-text index (it may rebuild from the loaded tickets) and the SMS
 * outbox (recovers what a crash left sending, then its timer works), then starts counting the
 * analysis figures of ended months in the background. Each step is a singleton whose
 * {@code @PostConstruct} does its work once; calling its {@code ensureReady()} here runs it at this
 * point of the sequence. A step that fails stops the deployment, as before.
 */
@PermitAll
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StartupSequence {

  private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());

  @Inject private SchemaMigration schema;

  @Inject private ProcessEngineBootstrap engine;

  @Inject private DemoData demoData;

  @Inject private CamundaAdminUsers camundaAdmins;

  @Inject private SearchIndexBootstrap searchIndex;

  @Inject private org.hotline.application.callback.DemoCallbackCentre demoCallbackCentre;

  @Inject private org.hotline.application.rating.DemoRatingTargets demoRatingTargets;

  @Inject private org.hotline.application.sms.SurveySender surveySender;

  @Inject private org.hotline.application.analysis.EndedMonthCounts analysisCounts;

  @PostConstruct
  void start() {
    schema.ensureReady();
    engine.ensureReady();
    demoData.ensureReady();
    demoCallbackCentre.ensureReady();
    demoRatingTargets.ensureReady();
    camundaAdmins.ensureReady();
    searchIndex.ensureReady();
    surveySender.ensureReady();
    analysisCounts.warmUp();
    LOG.info(
        "start-up sequence done: schema, engine, demo data, demo callback centre, demo rating"
            + " targets, Camunda admins,"
            + " search index, SMS outbox (the analysis counts of ended months follow in the"
            + " background)");
  }
}
