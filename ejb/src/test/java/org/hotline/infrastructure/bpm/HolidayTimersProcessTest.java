package org.hotline.infrastructure.bpm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.hotline.application.deadline.TicketDeadlines;
import org.hotline.domain.model.deadline.Calendar2026;
import org.hotline.domain.model.deadline.DeadlinePlan;
import org.hotline.domain.model.deadline.DeadlinePlanner;
import org.hotline.domain.model.deadline.TimeLimitRule;
import org.hotline.domain.model.shared.BusinessTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real {@code ticket-lifecycle.bpmn} on a real engine (in-memory H2) with the deadlines the
 * application computes from the 2026 calendar, under a controlled clock: nothing fires during the
 * National Day holiday, timers fire on the first working day after it and on the swapped working
 * Saturday (调休) 10/10.
 */
class HolidayTimersProcessTest {

  /** The bean {@code deadlineTimers}: records what fired when. */
  public static class Recorder {
    final List<String> fired = new ArrayList<>();

    private void record(String what) {
      fired.add(
          what
              + "@"
              + BusinessTime.display(ClockUtil.getCurrentTime().toInstant()).toLocalDateTime());
    }

    public void signOverdue(DelegateExecution e) {
      record("signOverdue");
    }

    public void remind(DelegateExecution e) {
      record("remind");
    }

    public void overdue(DelegateExecution e) {
      record("overdue");
    }

    public boolean escalate(DelegateExecution e) {
      record("escalate");
      return false;
    }
  }

  private static ProcessEngine engine;
  private static final Recorder RECORDER = new Recorder();
  private static final TimeLimitRule DEFAULT_RULE =
      new TimeLimitRule(
          null,
          null,
          null,
          new TimeLimitRule.Limits(4, null, 1, 1, 1, 10, false, null),
          "test",
          Instant.EPOCH);
  private final DeadlinePlanner planner = new DeadlinePlanner(Calendar2026.autumn());
  private String processInstanceId;

  @BeforeAll
  static void startEngine() {
    StandaloneInMemProcessEngineConfiguration config =
        new StandaloneInMemProcessEngineConfiguration();
    config.setJdbcUrl("jdbc:h2:mem:holiday-timers;DB_CLOSE_DELAY=-1");
    config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    config.setHistory(ProcessEngineConfiguration.HISTORY_NONE);
    config.setJobExecutorActivate(false);
    config.setBeans(new HashMap<>(Map.of("deadlineTimers", RECORDER)));
    engine = config.buildProcessEngine();
    engine
        .getRepositoryService()
        .createDeployment()
        .addClasspathResource("ticket-lifecycle.bpmn")
        .deploy();
  }

  @AfterAll
  static void stopEngine() {
    engine.close();
  }

  @BeforeEach
  void clear() {
    RECORDER.fired.clear();
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  static Instant shanghai(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BusinessTime.ZONE).toInstant();
  }

  private void assignedAt(Instant assigned, int replyDays, String number) {
    ClockUtil.setCurrentTime(Date.from(assigned));
    DeadlinePlan plan =
        planner.plan(DEFAULT_RULE, assigned, planner.replyDeadline(assigned, replyDays));
    var pi =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                "ticket-lifecycle", number, Map.of("answeredDirectly", false));
    processInstanceId = pi.getId();
    Map<String, Object> variables = TicketDeadlines.variables(plan);
    variables.put("unitCode", "PS-CHENGGUAN");
    String triage =
        engine
            .getTaskService()
            .createTaskQuery()
            .processInstanceId(pi.getId())
            .singleResult()
            .getId();
    engine.getTaskService().complete(triage, variables);
  }

  private List<String> at(String localDateTime) {
    ClockUtil.setCurrentTime(Date.from(shanghai(localDateTime)));
    for (Job job :
        engine
            .getManagementService()
            .createJobQuery()
            .processInstanceId(processInstanceId)
            .executable()
            .list()) {
      engine.getManagementService().executeJob(job.getId());
    }
    return RECORDER.fired;
  }

  @Test
  void theHolidayPassesQuietlyAndTheTimersFireOnTheWorkingDaysAfterIt() {
    // assigned on the evening before National Day: 4 working hours to sign, 5 working days to reply
    assignedAt(shanghai("2026-09-30T22:00"), 5, "20260930-000001");

    assertThat(at("2026-10-07T23:00")).isEmpty();
    assertThat(at("2026-10-08T12:29")).isEmpty();
    assertThat(at("2026-10-08T12:30")).containsExactly("signOverdue@2026-10-08T12:30");
    assertThat(at("2026-10-12T08:30"))
        .containsExactly("signOverdue@2026-10-08T12:30", "remind@2026-10-12T08:30");
    assertThat(at("2026-10-13T23:59:58")).hasSize(2);
    assertThat(at("2026-10-13T23:59:59")).endsWith("overdue@2026-10-13T23:59:59");
    assertThat(at("2026-10-14T23:59:59")).endsWith("escalate@2026-10-14T23:59:59");
  }

  @Test
  void theSwappedWorkingSaturdayCounts() {
    // Friday 10/9 17:00: half an hour on Friday, three and a half on Saturday 10/10 (调休上班)
    assignedAt(shanghai("2026-10-09T17:00"), 1, "20261009-000001");

    // the usual reminder point (the working day before) had passed: half-way, Saturday 08:29:59
    assertThat(at("2026-10-10T08:29:58")).isEmpty();
    assertThat(at("2026-10-10T08:29:59")).containsExactly("remind@2026-10-10T08:29:59");
    assertThat(at("2026-10-10T11:59")).hasSize(1);
    assertThat(at("2026-10-10T12:00")).endsWith("signOverdue@2026-10-10T12:00");
    // 1 working day to reply: Saturday 10/10 itself is that day
    assertThat(at("2026-10-10T23:59:59")).contains("overdue@2026-10-10T23:59:59");
  }
}
