package org.hotline.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code supervision-slip.bpmn}: the head's four steps, the director's review, send-back, timers.
 */
@Deployment(resources = "supervision-slip.bpmn")
class SupervisionSlipProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  static final Instant ISSUED = Instant.parse("2026-11-23T02:00:00Z");
  static final Instant REMIND_AT = Instant.parse("2026-11-26T00:30:00Z");
  static final Instant DUE = Instant.parse("2026-11-27T15:59:59Z");

  private RecordingDeadlineTimers timers;

  @BeforeEach
  void recordTimers() {
    timers =
        (RecordingDeadlineTimers)
            ((ProcessEngineConfigurationImpl)
                    engine.getProcessEngine().getProcessEngineConfiguration())
                .getBeans()
                .get("deadlineTimers");
    timers.fired.clear();
    ClockUtil.setCurrentTime(Date.from(ISSUED));
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  private ProcessInstance issued() {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey(
            "supervision-slip",
            "7",
            Map.of(
                "headUsername",
                "chief",
                "remindAt",
                Date.from(REMIND_AT),
                "dueAt",
                Date.from(DUE)));
  }

  private void headDoesEverything(ProcessInstance pi, boolean acknowledge) {
    if (acknowledge) {
      BpmnAwareTests.assertThat(task(pi)).hasDefinitionKey("acknowledge").isAssignedTo("chief");
      complete(task(pi));
    }
    BpmnAwareTests.assertThat(task(pi)).hasDefinitionKey("handle").isAssignedTo("chief");
    complete(task(pi));
    BpmnAwareTests.assertThat(task(pi)).hasDefinitionKey("callBack").isAssignedTo("chief");
    complete(task(pi));
    BpmnAwareTests.assertThat(task(pi)).hasDefinitionKey("report").isAssignedTo("chief");
    complete(task(pi));
  }

  @Test
  void sentBackSlipIsHandledAgainThenResolved() {
    ProcessInstance pi = issued();
    headDoesEverything(pi, true);
    BpmnAwareTests.assertThat(task(pi)).hasDefinitionKey("review").hasCandidateGroup("director");
    complete(task(pi), withVariables("accepted", false));

    BpmnAwareTests.assertThat(pi).isWaitingAt("handle");
    headDoesEverything(pi, false);
    complete(task(pi), withVariables("accepted", true));

    BpmnAwareTests.assertThat(pi).isEnded();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).count())
        .isZero();
  }

  @Test
  void reminderAndOverdueFireAtTheirInstantsWhileTheUnitWorks() {
    ProcessInstance pi = issued();
    var jobs = engine.getManagementService().createJobQuery().processInstanceId(pi.getId());
    assertThat(jobs.activityId("slipReminderTimer").singleResult().getDuedate())
        .isEqualTo(Date.from(REMIND_AT));

    ClockUtil.setCurrentTime(Date.from(DUE.plusSeconds(1)));
    engine
        .getManagementService()
        .createJobQuery()
        .executable()
        .list()
        .forEach(j -> engine.getManagementService().executeJob(j.getId()));

    assertThat(timers.names()).containsExactlyInAnyOrder("slipReminder", "slipOverdue");
    assertThat(timers.fired).allMatch(f -> f.businessKey().equals("7"));
    BpmnAwareTests.assertThat(pi).isWaitingAt("acknowledge");
  }
}
