package org.hotline.application.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hotline.domain.model.calendar.WorkingCalendar;
import org.hotline.domain.model.deadline.DeadlinePlan;
import org.hotline.domain.model.deadline.DeadlinePlanner;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.ticket.Actor;
import org.hotline.domain.model.ticket.EventDetail;
import org.hotline.domain.model.ticket.Rectification;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.TicketEvent;
import org.hotline.domain.model.ticket.TicketProcess;
import org.hotline.domain.model.ticket.TicketRepository;
import org.hotline.domain.model.ticket.TicketStatus;

/**
 * 时限重算: after an edit of the working-day calendar every open deadline is computed again under the
 * new calendar, in the edit's transaction; moved deadlines are recorded in the ticket's history and
 * their timers move with them.
 */
@ApplicationScoped
public class DeadlineRecomputation {

  @Inject private TicketRepository tickets;

  @Inject private TicketDeadlines deadlines;

  @Inject private TicketProcess process;

  /**
   * Recomputes when the calendar was edited ({@link
   * org.hotline.application.calendar.WorkingCalendarEdited}, in the edit's transaction).
   */
  void onCalendarEdited(
      @jakarta.enterprise.event.Observes
          org.hotline.application.calendar.WorkingCalendarEdited edit) {
    recompute(edit.calendar(), edit.actor());
  }

  /** Returns how many tickets had a deadline moved. */
  public int recompute(WorkingCalendar calendar, Actor actor) {
    Instant now = BusinessTime.now();
    int moved = 0;
    Map<Ticket, Map<String, Object>> timers = new HashMap<>();
    for (Ticket t : tickets.withRunningDeadlines()) {
      if (t.status() == TicketStatus.RECTIFYING) {
        moved += rectification(t, calendar, actor, now, timers) ? 1 : 0;
        continue;
      }
      DeadlinePlan plan = deadlines.replan(t, calendar);
      Instant sign = t.status() == TicketStatus.ASSIGNED ? plan.signDeadline() : null;
      Optional<TicketEvent> event =
          t.deadlineMarks().recompute(plan.replyDeadline(), sign, actor, now);
      if (event.isEmpty()) {
        continue;
      }
      tickets.append(event.get());
      moved++;
      if (t.routing().assignedAt() != null) {
        Map<String, Object> dates = TicketDeadlines.variables(plan);
        if (sign == null) {
          dates.remove("signDueAt");
        }
        timers.put(t, dates);
      }
    }
    process.reschedule(timers);
    return moved;
  }

  private boolean rectification(
      Ticket t,
      WorkingCalendar calendar,
      Actor actor,
      Instant now,
      Map<Ticket, Map<String, Object>> timers) {
    Rectification r = t.rectificationSteps().current();
    Instant due =
        new DeadlinePlanner(calendar)
            .replyDeadline(r.openedAt(), Rectification.REPORT_WORKING_DAYS);
    if (due.equals(r.dueAt())) {
      return false;
    }
    tickets.append(
        t.note(
            org.hotline.domain.model.ticket.TicketAction.DEADLINES_RECOMPUTED,
            null,
            EventDetail.of(
                    "rectification", BusinessTime.text(r.dueAt()) + "->" + BusinessTime.text(due))
                .and("cause", "CALENDAR_CHANGED"),
            actor,
            now));
    r.reschedule(due);
    timers.put(t, Map.of("rectifyDueAt", TicketDeadlines.date(due)));
    return true;
  }
}
