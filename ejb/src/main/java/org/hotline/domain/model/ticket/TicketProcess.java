package org.hotline.domain.model.ticket;

import java.util.Map;

/**
 * The workflow that drives a ticket (ticket-lifecycle.bpmn). Implemented by the Camunda engine in
 * {@code infrastructure.bpm}; runs in the caller's transaction.
 */
public interface TicketProcess {

  /** Which step of the workflow an action completes. */
  enum Step {
    TRIAGE("triage"),
    SIGN("sign"),
    REPLY("reply"),
    CHIEF_REVIEW("chiefReview"),
    REVIEW("review"),
    CALLBACK("callback"),
    RECTIFY("rectify"),
    REVISIT("revisit");

    private final String taskKey;

    Step(String taskKey) {
      this.taskKey = taskKey;
    }

    public String taskKey() {
      return taskKey;
    }
  }

  /**
   * Starts the lifecycle of a ticket being logged, keyed by its number; returns the process
   * instance id (to be attached to the ticket before it is stored).
   */
  String start(String ticketNumber, boolean answeredDirectly);

  /**
   * The unit returned the ticket: the handling is interrupted and the ticket goes back to triage.
   */
  void returned(Ticket ticket);

  /** The ticket was merged into another: its own workflow ends. */
  void merged(Ticket ticket, String reason);

  /** The ticket's workflow ends early (a withdrawn rectification): its tasks and timers go. */
  void withdrawn(Ticket ticket, String reason);

  /** Completes the waiting step with the given routing facts. */
  void complete(Ticket ticket, Step step, Map<String, Object> variables);

  /**
   * Deadlines moved (an extension, a calendar edit): the timers of these tickets that have not
   * fired yet move to the new instants (timer variable name → date, as the model names them).
   */
  void reschedule(Map<Ticket, Map<String, Object>> timerDates);
}
