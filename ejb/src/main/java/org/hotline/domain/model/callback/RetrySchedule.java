package org.hotline.domain.model.callback;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * 未接通重拨计划: when an unreachable citizen is tried again. The schedule is the waits between tries,
 * written as ISO-8601 durations separated by commas: a wait in hours/minutes ({@code PT4H}) is
 * added to the time of the failed try; a wait in days ({@code P1D}) means that many working days
 * later at the same time of day. Every try falls inside the calling hours ({@link CallingHours}): a
 * try that would fall before 08:00 or after 21:00, or on a day off, moves to 08:00 of the next
 * working day. The number of tries is the number of waits plus one; after the last the result is
 * final.
 *
 * <p>Default {@code PT4H,P1D}: 3 tries over 2 working days (e.g. 10:00, 14:00, and 10:00 the next
 * working day). Configured with {@code -Dhotline.callback.retry=}.
 */
public final class RetrySchedule {

  public static final String PROPERTY = "hotline.callback.retry";
  public static final String DEFAULT = "PT4H,P1D";

  private final List<Wait> waits;

  private record Wait(Duration time, int workingDays) {}

  private RetrySchedule(List<Wait> waits) {
    this.waits = List.copyOf(waits);
  }

  /** The schedule configured by {@link #PROPERTY}, or the default when unset or unreadable. */
  public static RetrySchedule configured() {
    try {
      return parse(System.getProperty(PROPERTY, DEFAULT));
    } catch (IllegalArgumentException e) {
      return parse(DEFAULT);
    }
  }

  /**
   * Reads a schedule such as {@code PT4H,P1D}.
   *
   * @throws IllegalArgumentException an entry that is not a positive duration, or mixes days and
   *     hours
   */
  public static RetrySchedule parse(String text) {
    List<Wait> waits = new ArrayList<>();
    for (String part : text.split(",")) {
      String p = part.strip().toUpperCase(Locale.ROOT);
      if (p.isEmpty()) {
        continue;
      }
      try {
        if (p.contains("T")) {
          Duration d = Duration.parse(p);
          if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("not positive: " + part);
          }
          waits.add(new Wait(d, 0));
        } else {
          int days = java.time.Period.parse(p).getDays();
          if (days <= 0) {
            throw new IllegalArgumentException("not positive: " + part);
          }
          waits.add(new Wait(null, days));
        }
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("not a duration: " + part, e);
      }
    }
    return new RetrySchedule(waits);
  }

  /** How many tries there are in all (waits + 1). */
  public int tries() {
    return waits.size() + 1;
  }

  /**
   * When to try again after the {@code triesMade}th try failed at {@code failedAt}, or null when
   * that was the last try (the result is final).
   */
  public Instant nextTry(Instant failedAt, int triesMade, CallingHours hours) {
    if (triesMade >= tries()) {
      return null;
    }
    Wait wait = waits.get(Math.max(triesMade - 1, 0));
    if (wait.time() != null) {
      return hours.earliestFrom(failedAt.plus(wait.time()));
    }
    return hours.sameTimeWorkingDaysAfter(failedAt, wait.workingDays());
  }
}
