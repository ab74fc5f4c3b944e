package org.hotline.domain.model.sms;

/**
 * What one survey adds to its month's statistics (短信调查统计), or a change of that: surveys, sent
 * (accepted by the SMSC), answered, satisfied (满意 + 基本满意), dissatisfied, unparseable, failed
 * (refused, undelivered or of uncertain fate), skipped (never sent: the number had a survey within
 * the interval of {@code SurveyLimit}; not among the surveys), skippedTooOld (never sent: the
 * matter was older than {@code SurveyAge} allows; not among the surveys, nor among the skipped for
 * a recent survey). The rule: {@link #of(SurveyStatus, SurveyAnswer, String)}.
 */
public record SurveyCounts(
    long surveys,
    long sent,
    long answered,
    long satisfied,
    long dissatisfied,
    long unparseable,
    long failed,
    long skipped,
    long skippedTooOld) {

  /** The skip reason of a matter too old to survey ({@code SurveyAge}, 调查时效). */
  public static final String OLD_MATTER = "OLD_MATTER";

  /** Nothing. */
  public static final SurveyCounts NONE = new SurveyCounts(0, 0, 0, 0, 0, 0, 0, 0, 0);

  /**
   * What a survey in {@code status} with {@code answer} (null: none yet) counts for; a SKIPPED one
   * counts by {@code skipReason}: {@link #OLD_MATTER} as skippedTooOld, any other as skipped (a
   * recent survey of the number).
   */
  public static SurveyCounts of(SurveyStatus status, SurveyAnswer answer, String skipReason) {
    if (status == SurveyStatus.SKIPPED) {
      // not a survey sent or to be sent: counted as skipped only, apart by its reason
      return OLD_MATTER.equals(skipReason)
          ? new SurveyCounts(0, 0, 0, 0, 0, 0, 0, 0, 1)
          : new SurveyCounts(0, 0, 0, 0, 0, 0, 0, 1, 0);
    }
    boolean failed =
        status == SurveyStatus.FAILED
            || status == SurveyStatus.UNDELIVERED
            || status == SurveyStatus.SEND_UNCERTAIN;
    return new SurveyCounts(
        1,
        status.sent() ? 1 : 0,
        answer != null ? 1 : 0,
        answer == SurveyAnswer.SATISFIED || answer == SurveyAnswer.BASICALLY_SATISFIED ? 1 : 0,
        answer == SurveyAnswer.DISSATISFIED ? 1 : 0,
        answer == SurveyAnswer.UNPARSEABLE ? 1 : 0,
        failed ? 1 : 0,
        0,
        0);
  }

  /** What {@code survey} counts for now. */
  public static SurveyCounts of(SmsSurvey survey) {
    return of(survey.status(), survey.answer(), survey.skipReason());
  }

  /** This minus {@code other}, field by field. */
  public SurveyCounts minus(SurveyCounts other) {
    return new SurveyCounts(
        surveys - other.surveys,
        sent - other.sent,
        answered - other.answered,
        satisfied - other.satisfied,
        dissatisfied - other.dissatisfied,
        unparseable - other.unparseable,
        failed - other.failed,
        skipped - other.skipped,
        skippedTooOld - other.skippedTooOld);
  }

  /** Whether every count is zero (nothing to write). */
  public boolean isNone() {
    return equals(NONE);
  }
}
