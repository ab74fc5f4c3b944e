package org.hotline.domain.model.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.hotline.domain.model.category.Category;
import org.hotline.domain.model.shared.BusinessTime;
import org.hotline.domain.model.ticket.Channel;
import org.hotline.domain.model.ticket.Urgency;
import org.junit.jupiter.api.Test;

/** Deadlines across weekends, the National Day holiday and the swapped working Saturday (调休). */
class DeadlinePlannerTest {

  private final DeadlinePlanner planner = new DeadlinePlanner(Calendar2026.autumn());

  static Instant shanghai(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BusinessTime.ZONE).toInstant();
  }

  @Test
  void replyDeadlineSkipsTheHolidayAndCountsTheSwappedSaturday() {
    // logged Wed 9/30: 10/1-7 off; 10/8 Thu, 10/9 Fri, 10/10 Sat (调休), 10/12 Mon, 10/13 Tue
    assertThat(planner.replyDeadline(shanghai("2026-09-30T10:00"), 5))
        .isEqualTo(shanghai("2026-10-13T23:59:59"));
    assertThat(planner.replyDeadline(shanghai("2026-10-09T10:00"), 1))
        .isEqualTo(shanghai("2026-10-10T23:59:59"));
  }

  @Test
  void emergencyIsDueTheSameCalendarDayEvenOnAHoliday() {
    assertThat(planner.replyDeadline(shanghai("2026-10-03T02:00"), 0))
        .isEqualTo(shanghai("2026-10-03T23:59:59"));
  }

  @Test
  void signDeadlineCountsWorkingHoursOnly() {
    // Friday 16:00 + 4 h: 1.5 h on Friday, 2.5 h on Monday
    assertThat(planner.signDeadline(shanghai("2026-11-20T16:00"), 4))
        .isEqualTo(shanghai("2026-11-23T11:00"));
    // Friday 10/9 17:00 + 4 h: 0.5 h on Friday, 3.5 h on the working Saturday 10/10
    assertThat(planner.signDeadline(shanghai("2026-10-09T17:00"), 4))
        .isEqualTo(shanghai("2026-10-10T12:00"));
    // assigned in the night before the holiday: the hours start after it
    assertThat(planner.signDeadline(shanghai("2026-09-30T22:00"), 1))
        .isEqualTo(shanghai("2026-10-08T09:30"));
  }

  @Test
  void reminderFallsOnTheWorkingDayBeforeOrHalfWayWhenThatHasPassed() {
    Instant deadline = shanghai("2026-10-13T23:59:59");
    assertThat(planner.remindAt(shanghai("2026-09-30T10:00"), deadline, 1))
        .isEqualTo(shanghai("2026-10-12T08:30"));
    // the day before the deadline 10/12 is a Monday; the working day before 10/8 is 9/30 (holiday
    // in between)
    assertThat(planner.remindAt(shanghai("2026-09-29T10:00"), shanghai("2026-10-08T23:59:59"), 1))
        .isEqualTo(shanghai("2026-09-30T08:30"));
    // assigned on the deadline's own day: the usual point has passed, so half-way
    assertThat(planner.remindAt(shanghai("2026-10-13T08:00"), deadline, 1))
        .isEqualTo(shanghai("2026-10-13T15:59:59"));
  }

  @Test
  void escalationAndTheLongestExtensionCountWorkingDaysAfterTheDeadline() {
    assertThat(planner.escalateAt(shanghai("2026-09-30T23:59:59"), 1))
        .isEqualTo(shanghai("2026-10-08T23:59:59"));
    assertThat(planner.latestExtension(shanghai("2026-09-29T23:59:59"), 10))
        .isEqualTo(shanghai("2026-10-19T23:59:59"));
  }

  @Test
  void theMostSpecificRuleWins() {
    Category parent = new Category("ZX", "政策咨询", null, false, 0, false);
    Category leaf = new Category("ZX-POLICY", "政策咨询", parent, false, 3, true);
    Instant now = Instant.now();
    TimeLimitRule any = rule(null, null, 4, null, now);
    TimeLimitRule emergency = rule(null, Urgency.EMERGENCY, 1, 0, now);
    TimeLimitRule consult = rule("ZX", null, 4, 3, now);
    TimeLimitRule consultEmergency = rule("ZX-POLICY", Urgency.EMERGENCY, 2, 0, now);
    List<TimeLimitRule> rules = List.of(any, emergency, consult, consultEmergency);
    Category other = new Category("JT-PARKING", "违法停车", null, true, 3, true);

    assertThat(TimeLimitRules.pick(rules, other, Urgency.NORMAL, Channel.PHONE_12345))
        .isSameAs(any);
    assertThat(TimeLimitRules.pick(rules, other, Urgency.EMERGENCY, Channel.WEB))
        .isSameAs(emergency);
    assertThat(TimeLimitRules.pick(rules, leaf, Urgency.NORMAL, Channel.WEB)).isSameAs(consult);
    assertThat(TimeLimitRules.pick(rules, leaf, Urgency.EMERGENCY, Channel.WEB))
        .isSameAs(consultEmergency);
    assertThat(any.replyDays(leaf, Urgency.URGENT)).isEqualTo(1);
    assertThat(consult.replyDays(leaf, Urgency.NORMAL)).isEqualTo(3);
  }

  private static TimeLimitRule rule(
      String category, Urgency urgency, int signHours, Integer replyDays, Instant now) {
    return new TimeLimitRule(
        category,
        urgency,
        null,
        new TimeLimitRule.Limits(signHours, replyDays, 1, 1, 1, 10, false, null),
        "test",
        now);
  }
}
