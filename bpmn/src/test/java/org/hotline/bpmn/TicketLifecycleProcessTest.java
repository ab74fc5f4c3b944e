package org.hotline.bpmn;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs {@code ticket-lifecycle.bpmn} on a real Camunda engine (in-memory H2). */
@Deployment(resources = "ticket-lifecycle.bpmn")
class TicketLifecycleProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().build();

  /** Deadlines far in the future: these tests are about the flow, not the timers. */
  static Map<String, Object> routedTo(String unitCode) {
    return TicketTimersProcessTest.routing(
        unitCode, new java.util.Date(System.currentTimeMillis() + 365L * 24 * 3600 * 1000));
  }

  private ProcessInstance logTicket(boolean answeredDirectly) {
    RuntimeService runtime = engine.getRuntimeService();
    return runtime.startProcessInstanceByKey(
        "ticket-lifecycle", "42", Map.of("ticketId", 42L, "answeredDirectly", answeredDirectly));
  }

  @Test
  void ticketAnsweredOnTheCallGoesStraightToCallback() {
    ProcessInstance pi = logTicket(true);
    assertThat(pi).isWaitingAt("callback");
    assertThat(task()).hasCandidateGroup("callback");
    complete(task());
    assertThat(pi)
        .isEnded()
        .hasPassed("callback")
        .hasNotPassed("triage", "sign", "reply", "review");
  }

  @Test
  void ticketIsTriagedSignedRepliedApprovedAndCalledBack() {
    ProcessInstance pi = logTicket(false);
    assertThat(pi).isWaitingAt("triage");
    assertThat(task()).hasCandidateGroup("dispatcher");

    complete(task(), routedTo("PS-CHENGGUAN"));
    assertThat(pi).isWaitingAt("sign");
    assertThat(task()).hasCandidateGroup("unit:PS-CHENGGUAN");

    complete(task());
    assertThat(pi).isWaitingAt("reply");
    assertThat(task()).hasCandidateGroup("unit:PS-CHENGGUAN");

    complete(task());
    assertThat(pi).isWaitingAt("review");
    complete(task(), withVariables("approved", true));

    assertThat(pi).isWaitingAt("callback");
    complete(task());
    assertThat(pi).isEnded().hasPassedInOrder("triage", "sign", "reply", "review", "callback");
  }

  @Test
  void replySentBackByTheDispatcherReturnsToTheSameUnit() {
    ProcessInstance pi = logTicket(false);
    complete(task(pi), routedTo("PS-NANJIAO"));
    complete(task(pi)); // sign
    complete(task(pi)); // reply
    complete(task(pi), withVariables("approved", false));

    assertThat(pi).isWaitingAt("reply");
    assertThat(task()).hasCandidateGroup("unit:PS-NANJIAO");
    complete(task(pi));
    complete(task(pi), withVariables("approved", true));
    assertThat(pi).isWaitingAt("callback");
    org.assertj.core.api.Assertions.assertThat(
            taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("reply").count())
        .isZero();
  }

  @Test
  void officersReplyGoesThroughTheChiefWhoMaySendItBack() {
    ProcessInstance pi = logTicket(false);
    complete(task(pi), routedTo("PS-CHENGGUAN"));
    complete(task(pi)); // sign
    complete(task(pi), withVariables("chiefReview", true));
    assertThat(pi).isWaitingAt("chiefReview");
    assertThat(task(pi)).hasCandidateGroup("chief:PS-CHENGGUAN");

    complete(task(pi), withVariables("chiefApproved", false));
    assertThat(pi).isWaitingAt("reply");
    complete(task(pi), withVariables("chiefReview", true));
    complete(task(pi), withVariables("chiefApproved", true));
    assertThat(pi).isWaitingAt("review").hasPassed("chiefReview");
  }

  private void returnByTheUnit(ProcessInstance pi) {
    engine
        .getRuntimeService()
        .createMessageCorrelation("ticketReturned")
        .processInstanceId(pi.getId())
        .correlate();
  }

  @Test
  void ticketReturnedBeforeSigningGoesBackToTriageAndOnToAnotherUnit() {
    ProcessInstance pi = logTicket(false);
    complete(task(pi), routedTo("PS-CHENGGUAN"));
    assertThat(pi).isWaitingAt("sign");

    returnByTheUnit(pi);
    assertThat(pi).isWaitingAt("triage");
    assertThat(task(pi)).hasCandidateGroup("dispatcher");

    complete(task(pi), routedTo("AG-HOUSING"));
    assertThat(pi).isWaitingAt("sign");
    assertThat(task(pi)).hasCandidateGroup("unit:AG-HOUSING");
  }

  @Test
  void ticketReturnedWhileBeingHandledLeavesNoTaskOfTheFirstUnit() {
    ProcessInstance pi = logTicket(false);
    complete(task(pi), routedTo("AG-URBAN"));
    complete(task(pi)); // signed
    assertThat(pi).isWaitingAt("reply");

    returnByTheUnit(pi);
    assertThat(pi).isWaitingAt("triage");
    org.assertj.core.api.Assertions.assertThat(taskQuery().processInstanceId(pi.getId()).count())
        .isEqualTo(1);
  }
}
