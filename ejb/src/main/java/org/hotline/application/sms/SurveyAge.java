package org.hotline.application.sms;

import java.time.Duration;
import java.time.Instant;

/**
 * 调查时效: a service record is surveyed only when it occurred recently, so that importing a historical
 * file does not text every citizen in it. The age is {@code -Dhotline.sms.survey.max-age-days}
 * (default {@value #DEFAULT_DAYS}; {@code 0} = no limit), read on every check like {@link
 * SurveyLimit}. An older record is kept, its survey stored as {@code SKIPPED} with the reason
 * {@link #OLD_MATTER} on its event and counted among the skipped surveys.
 */
public final class SurveyAge {

  /** The default age in days. */
  public static final int DEFAULT_DAYS = 3;

  /** The reason recorded on the event of a survey skipped for the matter's age. */
  public static final String OLD_MATTER = org.hotline.domain.model.sms.SurveyCounts.OLD_MATTER;

  private SurveyAge() {}

  /**
   * The configured age in days (0 = no limit; a value that is not a plain non-negative integer: the
   * default).
   */
  public static int days() {
    String raw = System.getProperty("hotline.sms.survey.max-age-days");
    if (raw == null || !raw.matches("[0-9]{1,5}")) {
      return DEFAULT_DAYS;
    }
    return Integer.parseInt(raw);
  }

  /**
   * Whether a matter that occurred at {@code occurredAt} is too old to survey at {@code now}.
   *
   * @param occurredAt when the service happened (null: not known, never too old)
   * @param now the time of the check
   * @return true when the age limit is on and {@code occurredAt} lies before {@code now} minus it
   */
  public static boolean tooOld(Instant occurredAt, Instant now) {
    int d = days();
    return d != 0 && occurredAt != null && occurredAt.isBefore(now.minus(Duration.ofDays(d)));
  }
}
