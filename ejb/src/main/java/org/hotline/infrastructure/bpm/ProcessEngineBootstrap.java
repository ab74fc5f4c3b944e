package org.hotline.infrastructure.bpm;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.camunda.bpm.container.RuntimeContainerDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.JakartaTransactionProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.hotline.infrastructure.persistence.HotlineDataSource;

/**
 * Starts the embedded Camunda 7 engine on the application's datasource and the container's
 * transaction manager: one JTA transaction covers our JPA writes and the process state, so a
 * rollback undoes both. Deploys the models of the bpmn module (duplicates are filtered).
 */
/* internal: no caller role needed (the server denies unannotated EJBs) */
@PermitAll
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class ProcessEngineBootstrap {

  private static final Logger LOG = Logger.getLogger(ProcessEngineBootstrap.class.getName());
  static final String[] MODELS = {"ticket-lifecycle.bpmn", "supervision-slip.bpmn"};

  /** System property: Camunda history level (none, activity, audit, full). */
  static final String HISTORY_LEVEL = "hotline.bpm.history";

  @Resource(lookup = HotlineDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Resource(lookup = "java:jboss/TransactionManager")
  private TransactionManager transactionManager;

  /** The timers' service tasks call this bean (an application-scoped proxy, resolved per call). */
  @Inject private DeadlineTimerDelegates deadlineTimers;

  private ProcessEngine engine;

  /**
   * Returns once the engine is running: the first call on this singleton runs its
   * {@code @PostConstruct}. Called in order by {@link
   * org.hotline.infrastructure.startup.StartupSequence}.
   */
  public void ensureReady() {
    // the work is done in the @PostConstruct method, once
  }

  @PostConstruct
  void start() {
    JakartaTransactionProcessEngineConfiguration config =
        new JakartaTransactionProcessEngineConfiguration();
    config.setProcessEngineName("default");
    config.setDataSource(dataSource);
    config.setTransactionManager(transactionManager);
    config.setTransactionsExternallyManaged(true);
    config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    // Statements one by one, not as JDBC batches: a batch that a failed command left in a pooled
    // prepared statement was sent again with the next command's batch on MariaDB ("More batch
    // results than scheduled operations detected" → a 500 on a plain assign, docs/architecture.md)
    config.setJdbcBatchProcessing(false);
    // Our own append-only ticket_event table is the record of who did what and when. Camunda's
    // history would duplicate it and halves intake throughput (docs/performance.md), so it is off
    // unless -Dhotline.bpm.history=activity|audit|full asks for it (Cockpit then shows history).
    config.setHistory(System.getProperty(HISTORY_LEVEL, ProcessEngineConfiguration.HISTORY_NONE));
    config.setIdGenerator(new StrongUuidGenerator());
    config.setJobExecutorActivate(true);
    config.setFailedJobRetryTimeCycle("R3/PT5M");
    config.setHistoryCleanupBatchWindowStartTime("01:00");
    config.setHistoryCleanupBatchWindowEndTime("05:00");
    config.setDbMetricsReporterActivate(false);
    // no decision tables (DMN) or case models (CMMN) in the bpmn module: not building their engines
    // (the Scala FEEL engine among them) saves start-up time; turn back on with the first
    // .dmn/.cmmn
    config.setDmnEnabled(false);
    config.setCmmnEnabled(false);
    config.setEnforceHistoryTimeToLive(true);
    // Camunda accepts only [a-zA-Z0-9]+ as user ids by default; our usernames (账号管理) may hold
    // dots, hyphens and underscores (callback-city), and every admin is mirrored into Camunda's
    // identity tables (CamundaAdminUsers), so its user ids follow our username rule.
    config.setUserResourceWhitelistPattern(CamundaAdminUsers.USER_ID_PATTERN);
    config.setBeans(
        new java.util.HashMap<>(
            java.util.Map.of(DeadlineTimerDelegates.BEAN_NAME, deadlineTimers)));
    engine = config.buildProcessEngine();
    RuntimeContainerDelegate.INSTANCE.get().registerProcessEngine(engine);

    var deployment =
        engine
            .getRepositoryService()
            .createDeployment()
            .name("hotline")
            .enableDuplicateFiltering(true);
    for (String model : MODELS) {
      deployment.addClasspathResource(model);
    }
    deployment.deploy();
    LOG.info("Camunda engine started; models deployed: " + String.join(", ", MODELS));
  }

  @PreDestroy
  void stop() {
    RuntimeContainerDelegate.INSTANCE.get().unregisterProcessEngine(engine);
    engine.close();
  }

  @Produces
  public ProcessEngine engine() {
    return engine;
  }
}
