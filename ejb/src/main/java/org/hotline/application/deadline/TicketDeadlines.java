package org.hotline.application.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hotline.application.calendar.WorkingCalendars;
import org.hotline.domain.model.calendar.WorkingCalendar;
import org.hotline.domain.model.category.Category;
import org.hotline.domain.model.deadline.DeadlinePlan;
import org.hotline.domain.model.deadline.DeadlinePlanner;
import org.hotline.domain.model.deadline.TimeLimitRule;
import org.hotline.domain.model.deadline.TimeLimitRuleRepository;
import org.hotline.domain.model.deadline.TimeLimitRules;
import org.hotline.domain.model.ticket.Channel;
import org.hotline.domain.model.ticket.Rectification;
import org.hotline.domain.model.ticket.Ticket;
import org.hotline.domain.model.ticket.Urgency;

/**
 * The deadlines of tickets under the rules in force and the working-day calendar: the reply
 * deadline at intake, the plan (sign, reminder, reply, escalation) at each assignment, the
 * rectification deadline. Rules are kept in memory like the calendar and reloaded after an edit.
 */
@ApplicationScoped
public class TicketDeadlines {

  static final Duration MAX_AGE = Duration.ofMinutes(5);

  @Inject private TimeLimitRuleRepository ruleRepository;

  @Inject private WorkingCalendars calendars;

  private volatile List<TimeLimitRule> rules;
  private volatile Instant loadedAt = Instant.EPOCH;

  public TimeLimitRule ruleFor(Category category, Urgency urgency, Channel channel) {
    List<TimeLimitRule> r = rules;
    if (r == null || loadedAt.plus(MAX_AGE).isBefore(Instant.now())) {
      r = List.copyOf(ruleRepository.all());
      rules = r;
      loadedAt = Instant.now();
    }
    return TimeLimitRules.pick(r, category, urgency, channel);
  }

  public TimeLimitRule ruleFor(Ticket t) {
    return ruleFor(t.category(), t.urgency(), t.channel());
  }

  public void invalidate() {
    rules = null;
  }

  public DeadlinePlanner planner() {
    return new DeadlinePlanner(calendars.current());
  }

  /** 回复时限 of a ticket of this kind counted from {@code start}. */
  public Instant replyDeadline(Category category, Urgency urgency, Channel channel, Instant start) {
    return replyDeadline(planner(), ruleFor(category, urgency, channel), category, urgency, start);
  }

  private static Instant replyDeadline(
      DeadlinePlanner planner,
      TimeLimitRule rule,
      Category category,
      Urgency urgency,
      Instant start) {
    return planner.replyDeadline(start, rule.replyDays(category, urgency));
  }

  /**
   * Sets the deadlines of the unit a ticket was just routed to; {@code restart} counts the reply
   * deadline from now (after a return or re-route). Returns the plan for the workflow's timers.
   */
  public DeadlinePlan scheduleHandling(Ticket t, boolean restart, Instant now) {
    DeadlinePlanner planner = planner();
    TimeLimitRule rule = ruleFor(t);
    Instant reply =
        restart
            ? replyDeadline(planner, rule, t.category(), t.urgency(), now)
            : t.deadlines().replyDeadline();
    DeadlinePlan plan = planner.plan(rule, now, reply);
    t.deadlines().schedule(plan.replyDeadline(), plan.signDeadline(), restart ? now : null);
    return plan;
  }

  /**
   * The plan of an open ticket under the given calendar: reply deadline from its start (kept when
   * extended: an approved extension is a date), sign deadline from its assignment.
   */
  public DeadlinePlan replan(Ticket t, WorkingCalendar calendar) {
    DeadlinePlanner planner = new DeadlinePlanner(calendar);
    TimeLimitRule rule = ruleFor(t);
    Instant reply =
        t.deadlines().extensionCount() > 0
            ? t.deadlines().replyDeadline()
            : replyDeadline(planner, rule, t.category(), t.urgency(), t.deadlines().start());
    if (t.routing().assignedAt() == null) {
      return new DeadlinePlan(null, null, reply, null);
    }
    return planner.plan(rule, t.routing().assignedAt(), reply);
  }

  /** 整改时限: 3 working days from the dissatisfied callback. */
  public Instant rectificationDeadline(Instant from) {
    return planner().replyDeadline(from, Rectification.REPORT_WORKING_DAYS);
  }

  /** The workflow variables of a plan (timer dates). */
  public static Map<String, Object> variables(DeadlinePlan plan) {
    Map<String, Object> v = new HashMap<>();
    v.put("signDueAt", date(plan.signDeadline()));
    v.put("remindAt", date(plan.remindAt()));
    v.put("replyDueAt", date(plan.replyDeadline()));
    v.put("escalateAt", date(plan.escalateAt()));
    return v;
  }

  public static java.util.Date date(Instant instant) {
    return instant == null ? null : java.util.Date.from(instant);
  }
}
