package org.hotline.application.sms;

import java.time.Duration;
import java.time.Instant;

/**
 * 同号码限发: at most one survey SMS per number within an interval, so that a frequent caller is not
 * surveyed after every call (one caller got 126). The interval is {@code
 * -Dhotline.sms.survey.interval-days} (default {@value #DEFAULT_DAYS}; {@code 0} = no limit), read
 * on every check like the callback centre's other settings ({@code -Dhotline.callback.retry}). The
 * number counted is the normalized one (E.164), so {@code 139-1234-5678} and {@code +86 139 1234
 * 5678} are one number. A survey within the interval is not sent but kept as {@code SKIPPED} and
 * counted ({@code skippedRecentSurvey} of {@code GET /api/sms/statistics}).
 */
public final class SurveyLimit {

  /** The default interval in days. */
  public static final int DEFAULT_DAYS = 7;

  /** The reason recorded on a skipped survey's event. */
  public static final String RECENT_SURVEY = "RECENT_SURVEY";

  private SurveyLimit() {}

  /** The configured interval in days (0 = no limit; a malformed or negative value: the default). */
  public static int days() {
    String raw = System.getProperty("hotline.sms.survey.interval-days");
    if (raw == null || raw.isBlank()) {
      return DEFAULT_DAYS;
    }
    try {
      int d = Integer.parseInt(raw.strip());
      return d < 0 ? DEFAULT_DAYS : d;
    } catch (NumberFormatException e) {
      return DEFAULT_DAYS;
    }
  }

  /** The start of the interval that ends at {@code now}, or null when there is no limit. */
  public static Instant since(Instant now) {
    int d = days();
    return d == 0 ? null : now.minus(Duration.ofDays(d));
  }
}
