package org.hotline.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The deadline timers of {@code ticket-lifecycle.bpmn} under a controlled engine clock: they fire
 * at the instants the application computed (process variables), not before, once each, and die with
 * the handling they watch.
 */
@Deployment(resources = "ticket-lifecycle.bpmn")
class TicketTimersProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  static final Instant ASSIGNED = Instant.parse("2026-11-20T08:00:00Z"); // Friday 16:00 in Shanghai
  static final Instant SIGN_DUE =
      Instant.parse("2026-11-23T03:00:00Z"); // Monday 11:00: 4 working hours
  static final Instant REMIND_AT = Instant.parse("2026-11-26T00:30:00Z"); // Thursday 08:30
  static final Instant REPLY_DUE = Instant.parse("2026-11-27T15:59:59Z"); // Friday 23:59:59
  static final Instant ESCALATE_AT = Instant.parse("2026-11-30T15:59:59Z"); // Monday 23:59:59

  private RecordingDeadlineTimers timers;

  static Map<String, Object> routing(String unitCode, Date replyDue) {
    Map<String, Object> v = new HashMap<>();
    v.put("unitCode", unitCode);
    v.put("signDueAt", replyDue);
    v.put("remindAt", replyDue);
    v.put("replyDueAt", replyDue);
    v.put("escalateAt", replyDue);
    return v;
  }

  @BeforeEach
  void recordTimers() {
    ProcessEngineConfigurationImpl config =
        (ProcessEngineConfigurationImpl) engine.getProcessEngine().getProcessEngineConfiguration();
    timers = (RecordingDeadlineTimers) config.getBeans().get("deadlineTimers");
    timers.fired.clear();
    timers.levelsAbove = 0;
    ClockUtil.setCurrentTime(Date.from(ASSIGNED));
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  private ProcessInstance assignedTicket() {
    ProcessInstance pi =
        engine
            .getRuntimeService()
            .startProcessInstanceByKey(
                "ticket-lifecycle", "20261120-000001", Map.of("answeredDirectly", false));
    Map<String, Object> v = new HashMap<>();
    v.put("unitCode", "PS-CHENGGUAN");
    v.put("signDueAt", Date.from(SIGN_DUE));
    v.put("remindAt", Date.from(REMIND_AT));
    v.put("replyDueAt", Date.from(REPLY_DUE));
    v.put("escalateAt", Date.from(ESCALATE_AT));
    complete(BpmnAwareTests.task(pi), v);
    return pi;
  }

  private ManagementService management() {
    return engine.getManagementService();
  }

  /** Moves the clock and runs what is due then, as the job executor would. */
  private void at(Instant when) {
    ClockUtil.setCurrentTime(Date.from(when));
    for (int round = 0; round < 10; round++) {
      List<Job> due = management().createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management().executeJob(job.getId()));
    }
  }

  private Date dueOf(ProcessInstance pi, String activityId) {
    return management()
        .createJobQuery()
        .processInstanceId(pi.getId())
        .activityId(activityId)
        .singleResult()
        .getDuedate();
  }

  @Test
  void timersWaitForTheInstantsTheApplicationComputed() {
    ProcessInstance pi = assignedTicket();

    assertThat(dueOf(pi, "signOverdueTimer")).isEqualTo(Date.from(SIGN_DUE));
    assertThat(dueOf(pi, "replyReminderTimer")).isEqualTo(Date.from(REMIND_AT));
    assertThat(dueOf(pi, "replyOverdueTimer")).isEqualTo(Date.from(REPLY_DUE));
    assertThat(dueOf(pi, "escalationTimer")).isEqualTo(Date.from(ESCALATE_AT));

    at(SIGN_DUE.minusSeconds(1)); // the weekend passes without a sign-overdue mark
    assertThat(timers.names()).isEmpty();
    at(SIGN_DUE);
    assertThat(timers.names()).containsExactly("signOverdue");
    at(REMIND_AT);
    assertThat(timers.names()).containsExactly("signOverdue", "remind");
    at(REPLY_DUE.plusSeconds(1));
    assertThat(timers.names()).containsExactly("signOverdue", "remind", "overdue");
    assertThat(timers.fired).allMatch(f -> f.businessKey().equals("20261120-000001"));
  }

  @Test
  void escalationGoesUpLevelByLevelUntilThereIsNoHigherOne() {
    ProcessInstance pi = assignedTicket();
    timers.levelsAbove = 1;

    at(ESCALATE_AT); // every earlier timer is due too: the job executor may take them in any order
    assertThat(timers.names()).containsOnlyOnce("escalate");
    Date next = dueOf(pi, "nextEscalationTimer");
    assertThat(next).isEqualTo(Date.from(ESCALATE_AT.plus(Duration.ofDays(1))));

    at(next.toInstant());
    assertThat(timers.names().stream().filter("escalate"::equals)).hasSize(2);
    assertThat(
            management()
                .createJobQuery()
                .processInstanceId(pi.getId())
                .activityId("nextEscalationTimer")
                .count())
        .isZero();
  }

  @Test
  void handlingApprovedInTimeEndsEveryTimerOfTheUnit() {
    ProcessInstance pi = assignedTicket();
    complete(task(pi)); // sign
    assertThat(
            management()
                .createJobQuery()
                .processInstanceId(pi.getId())
                .activityId("signOverdueTimer")
                .count())
        .isZero();
    complete(task(pi)); // reply
    complete(task(pi), withVariables("approved", true));

    BpmnAwareTests.assertThat(pi).isWaitingAt("callback");
    assertThat(management().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    at(ESCALATE_AT.plus(Duration.ofDays(5)));
    assertThat(timers.names()).isEmpty();
  }

  @Test
  void replySentBackAfterTheDeadlineIsNotMarkedTwice() {
    ProcessInstance pi = assignedTicket();
    complete(task(pi)); // sign
    at(REPLY_DUE.plusSeconds(1));
    complete(task(pi)); // late reply
    complete(task(pi), withVariables("approved", false));

    BpmnAwareTests.assertThat(pi).isWaitingAt("reply");
    at(REPLY_DUE.plus(Duration.ofHours(2)));
    assertThat(timers.names().stream().filter("overdue"::equals)).hasSize(1);
  }

  @Test
  void returnByTheUnitCancelsItsTimers() {
    ProcessInstance pi = assignedTicket();
    engine
        .getRuntimeService()
        .createMessageCorrelation("ticketReturned")
        .processInstanceId(pi.getId())
        .correlate();

    BpmnAwareTests.assertThat(pi).isWaitingAt("triage");
    assertThat(management().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void dissatisfiedCallbackOpensRectificationWithItsDeadlineThenTheRevisit() {
    ProcessInstance pi = assignedTicket();
    complete(task(pi));
    complete(task(pi));
    complete(task(pi), withVariables("approved", true));
    Instant rectifyDue = REPLY_DUE.plus(Duration.ofDays(3));
    complete(task(pi), withVariables("rectify", true, "rectifyDueAt", Date.from(rectifyDue)));

    BpmnAwareTests.assertThat(pi).isWaitingAt("rectify");
    BpmnAwareTests.assertThat(task(pi)).hasCandidateGroup("chief:PS-CHENGGUAN");
    assertThat(dueOf(pi, "rectifyOverdueTimer")).isEqualTo(Date.from(rectifyDue));
    at(rectifyDue);
    assertThat(timers.names()).containsExactly("rectificationOverdue");

    complete(task(pi)); // the head reports
    BpmnAwareTests.assertThat(pi).isWaitingAt("revisit");
    BpmnAwareTests.assertThat(task(pi)).hasCandidateGroup("callback");
    complete(task(pi));
    BpmnAwareTests.assertThat(pi).isEnded().hasPassed("rectify", "revisit");
  }

  @Test
  void satisfiedCallbackEndsTheTicket() {
    ProcessInstance pi = assignedTicket();
    complete(task(pi));
    complete(task(pi));
    complete(task(pi), withVariables("approved", true));
    complete(task(pi), withVariables("rectify", false));
    BpmnAwareTests.assertThat(pi).isEnded().hasNotPassed("rectify");
  }
}
